using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
using Licensing.Domain.Common;

namespace Licensing.Application.Complaints;

/// <summary>With the code and PIN, the complainant adds information, answers questions, withdraws, or reopens a decided complaint (files: <see cref="AddComplainantEvidence"/>).</summary>
public static class RespondAsComplainant
{
    public enum Action
    {
        AddInformation,
        Withdraw,
        Reopen,
    }

    public sealed record Command(string Code, string Pin, Action? Action, string? Text);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Code).NotEmpty().MaximumLength(20).WithName(_ => Catalogue.Say(Keys.TrackingCode));
            RuleFor(c => c.Pin).NotEmpty().MaximumLength(10).WithName(_ => Catalogue.Say(Keys.PIN));
            RuleFor(c => c.Action).NotNull().IsInEnum().WithName(_ => Catalogue.Say(Keys.Action));
            RuleFor(c => c.Text).NotEmpty().When(c => c.Action is not Action.Withdraw).MaximumLength(4000).WithName(_ => Catalogue.Say(Keys.YourMessage));
        }
    }

    public sealed class Handler(ILicensingDb db, TimeProvider clock, RuleSettingsCache rules)
    {
        public async Task<TrackComplaint.View> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var complaint = await db.LoadForComplainantAsync(command.Code, command.Pin, clock, cancellationToken);
            var by = Actor.Complainant(clock.GetUtcNow());
            var reopenDays = (await rules.GetAsync(db, cancellationToken)).ComplaintReopenDays;
            switch (command.Action)
            {
                case Action.AddInformation:
                    complaint.AddInformation(command.Text!.Trim(), by);
                    break;
                case Action.Withdraw:
                    complaint.Withdraw(command.Text?.Trim(), by);
                    break;
                default:
                    var resolutionDays = (await rules.GetAsync(db, cancellationToken)).ComplaintResolutionDays;
                    complaint.Reopen(command.Text!.Trim(), reopenDays, by.At.AddDays(resolutionDays), by);
                    break;
            }
            await db.SaveChangesAsync(cancellationToken);
            return TrackComplaint.ViewOf(complaint, reopenDays);
        }
    }
}
