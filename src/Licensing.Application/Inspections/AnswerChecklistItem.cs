using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Inspections;

namespace Licensing.Application.Inspections;

/// <summary>An inspector of the team saves the answer to one checklist item as the visit goes; a retried save changes nothing.</summary>
public static class AnswerChecklistItem
{
    public sealed record Command(ChecklistAnswer Answer, string? Note);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Answer).IsInEnum().WithName(_ => Catalogue.Say(Keys.Answer));
            RuleFor(c => c.Note).MaximumLength(2000).WithName(_ => Catalogue.Say(Keys.Note));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task HandleAsync(Guid inspectionId, string itemCode, Command command, CancellationToken cancellationToken)
        {
            var inspection = await db.LoadVisibleAsync(user, inspectionId, cancellationToken);
            await db.EnsureChecklistItemAsync(inspection, itemCode, cancellationToken);
            inspection.Answer(itemCode, command.Answer, command.Note?.Trim() ?? "", user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
