using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
using Licensing.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

/// <summary>
/// An inspector of the team completes the visit with one finding per non-compliant item. Completing a follow-up
/// verifies the original inspection's corrected findings.
/// </summary>
public static class CompleteVisit
{
    public sealed record FindingInput(string ItemCode, FindingSeverity Severity, string Description, string CorrectiveAction, DateOnly? DueOn);

    public sealed record Command(IReadOnlyList<FindingInput> Findings);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Findings).NotNull();
            RuleForEach(c => c.Findings).ChildRules(f =>
            {
                f.RuleFor(x => x.ItemCode).NotEmpty().MaximumLength(64);
                f.RuleFor(x => x.Severity).IsInEnum();
                f.RuleFor(x => x.Description).NotEmpty().MaximumLength(2000).WithName(_ => Catalogue.Say(Keys.Description));
                f.RuleFor(x => x.CorrectiveAction).NotEmpty().MaximumLength(2000).WithName(_ => Catalogue.Say(Keys.CorrectiveAction));
            });
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock, BusinessCalendar calendar, RuleSettingsCache rules)
    {
        public async Task HandleAsync(Guid inspectionId, Command command, CancellationToken cancellationToken)
        {
            var inspection = await db.LoadVisibleAsync(user, inspectionId, cancellationToken);
            var dueDays = (await rules.GetAsync(db, cancellationToken)).CorrectiveActionDays;
            var defaultDue = calendar.Today.AddDays(dueDays);
            var findings = command.Findings.Select(f => new FindingDraft(f.ItemCode, f.Severity, f.Description.Trim(), f.CorrectiveAction.Trim(), f.DueOn ?? defaultDue)).ToList();
            inspection.Complete(await db.ChecklistCodesAsync(inspection.ChecklistVersion, cancellationToken), findings, user.AsActor(clock));

            if (inspection.FollowUpOf is { } originalId)
            {
                var original = await db.Inspections.Include(i => i.Findings).Include(i => i.Events).SingleAsync(i => i.Id == originalId, cancellationToken);
                original.ApplyFollowUp(inspection, user.AsActor(clock));
            }
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
