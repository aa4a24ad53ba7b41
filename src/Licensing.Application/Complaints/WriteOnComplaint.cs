using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Complaints;

namespace Licensing.Application.Complaints;

/// <summary>The handling officer asks the complainant or the agency a question (who is told: ComplaintQuestionAsked), or writes a note only officers read.</summary>
public static class WriteOnComplaint
{
    public sealed record Command(ComplaintEntryKind? Kind, string Text);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Kind).NotNull().IsInEnum().WithName(_ => Catalogue.Say(Keys.ToWhom));
            RuleFor(c => c.Text).NotEmpty().MaximumLength(4000).WithName(_ => Catalogue.Say(Keys.Text));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var complaint = await db.LoadForHandlingAsync(user, id, cancellationToken);
            var by = user.AsActor(clock);
            complaint.Write(command.Kind!.Value, command.Text.Trim(), by);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
