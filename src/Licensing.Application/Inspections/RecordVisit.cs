using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Domain.Common;
using Licensing.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

/// <summary>
/// An inspector of the team starts the visit, saves answers as they go (a retried save changes
/// nothing), and completes it with one finding per non-compliant item. Completing a follow-up
/// verifies the original inspection's corrected findings.
/// </summary>
public static class RecordVisit
{
    public sealed record AnswerCommand(ChecklistAnswer Answer, string? Note);

    public sealed record FindingInput(string ItemCode, FindingSeverity Severity, string Description, string CorrectiveAction, DateOnly? DueOn);

    public sealed record CompleteCommand(IReadOnlyList<FindingInput> Findings);

    public sealed class AnswerValidator : AbstractValidator<AnswerCommand>
    {
        public AnswerValidator()
        {
            RuleFor(c => c.Answer).IsInEnum().WithName(_ => Text.Pick("Answer", "ចម្លើយ"));
            RuleFor(c => c.Note).MaximumLength(2000).WithName(_ => Text.Pick("Note", "កំណត់ចំណាំ"));
        }
    }

    public sealed class CompleteValidator : AbstractValidator<CompleteCommand>
    {
        public CompleteValidator()
        {
            RuleFor(c => c.Findings).NotNull();
            RuleForEach(c => c.Findings).ChildRules(f =>
            {
                f.RuleFor(x => x.ItemCode).NotEmpty().MaximumLength(64);
                f.RuleFor(x => x.Severity).IsInEnum();
                f.RuleFor(x => x.Description).NotEmpty().MaximumLength(2000).WithName(_ => Text.Pick("Description", "ការពិពណ៌នា"));
                f.RuleFor(x => x.CorrectiveAction).NotEmpty().MaximumLength(2000).WithName(_ => Text.Pick("Corrective action", "វិធានការកែតម្រូវ"));
            });
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IFileStore files, TimeProvider clock, BusinessCalendar calendar, RuleSettingsCache rules)
    {
        public async Task<Guid> AttachPhotoAsync(Guid id, string itemCode, Stream content, string fileName, CancellationToken cancellationToken)
        {
            var inspection = await db.LoadVisibleAsync(user, id, cancellationToken);
            if (!await db.ChecklistItems.AnyAsync(i => i.TemplateVersion == inspection.ChecklistVersion && i.Code == itemCode, cancellationToken))
            {
                throw DomainException.NotFound("Checklist item");
            }
            var stored = await files.SaveAsync(content, fileName, (await rules.GetAsync(db, cancellationToken)).DocumentMaxBytes, cancellationToken);
            var photo = inspection.AttachPhoto(itemCode, stored, user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
            return photo.Id;
        }

        public async Task<(Domain.Documents.StoredDocument Document, Stream Content)> OpenPhotoAsync(Guid id, Guid photoId, CancellationToken cancellationToken)
        {
            var inspection = await db.LoadVisibleAsync(user, id, cancellationToken);
            var photo = inspection.Photos.SingleOrDefault(p => p.Id == photoId) ?? throw DomainException.NotFound("Photo");
            return (photo.File, files.OpenRead(photo.File.StorageKey));
        }

        public async Task StartAsync(Guid id, CancellationToken cancellationToken)
        {
            var inspection = await db.LoadVisibleAsync(user, id, cancellationToken);
            inspection.Start(user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }

        public async Task AnswerAsync(Guid id, string itemCode, AnswerCommand command, CancellationToken cancellationToken)
        {
            var inspection = await db.LoadVisibleAsync(user, id, cancellationToken);
            if (!await db.ChecklistItems.AnyAsync(i => i.TemplateVersion == inspection.ChecklistVersion && i.Code == itemCode, cancellationToken))
            {
                throw DomainException.NotFound("Checklist item");
            }
            inspection.Answer(itemCode, command.Answer, command.Note?.Trim() ?? "", user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }

        public async Task CompleteAsync(Guid id, CompleteCommand command, CancellationToken cancellationToken)
        {
            var inspection = await db.LoadVisibleAsync(user, id, cancellationToken);
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
