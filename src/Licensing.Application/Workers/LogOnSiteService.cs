using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Workers;

namespace Licensing.Application.Workers;

/// <summary>The agency logs a contact with its worker abroad, any problem raised and how it was solved (Prakas 252).</summary>
public static class LogOnSiteService
{
    public sealed record Command(DateOnly? ContactedOn, ContactChannel? Channel, string Notes, string? Problem, string? Resolution);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ContactedOn).NotNull().WithName(_ => Catalogue.Say(Keys.DateOfContact));
            RuleFor(c => c.Channel).NotNull().IsInEnum().WithName(_ => Catalogue.Say(Keys.How));
            RuleFor(c => c.Notes).NotEmpty().MaximumLength(2000).WithName(_ => Catalogue.Say(Keys.WhatWasFound));
            RuleFor(c => c.Problem).MaximumLength(2000).WithName(_ => Catalogue.Say(Keys.ProblemRaised));
            RuleFor(c => c.Resolution).MaximumLength(2000).WithName(_ => Catalogue.Say(Keys.HowItWasSolved));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Guid workerId, Command command, CancellationToken cancellationToken)
        {
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            var service = deployment.LogOnSiteService(command.ContactedOn!.Value, command.Channel!.Value, command.Notes.Trim(),
                Blank(command.Problem), Blank(command.Resolution), user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
            return service.Id;
        }

        private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
