using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Texts;
using Licensing.Domain.Common;

namespace Licensing.Application.Disappearances;

/// <summary>With the case number and PIN, the reporting family adds what it has learned; every party is told (DisappearanceUpdatePosted).</summary>
public static class AddFamilyInformation
{
    public sealed record Command(string Code, string Pin, string Text);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Code).NotEmpty().MaximumLength(24).WithName(_ => Catalogue.Say(Keys.CaseNumber));
            RuleFor(c => c.Pin).NotEmpty().MaximumLength(10).WithName(_ => Catalogue.Say(Keys.PIN));
            RuleFor(c => c.Text).NotEmpty().MaximumLength(4000).WithName(_ => Catalogue.Say(Keys.WhatHaveYouLearned));
        }
    }

    public sealed class Handler(ILicensingDb db, TimeProvider clock)
    {
        public async Task<TrackMissingRelative.View> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var report = await db.LoadForFamilyAsync(command.Code, command.Pin, clock, cancellationToken);
            var family = report.Family!;
            report.AddFamilyInformation(command.Text.Trim(), new Actor(null, $"{family.Name} ({family.Relationship})", clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
            return TrackMissingRelative.ViewOf(report);
        }
    }
}
