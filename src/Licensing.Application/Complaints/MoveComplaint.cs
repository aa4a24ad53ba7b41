using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Users;
using Licensing.Domain.Calendar;

namespace Licensing.Application.Complaints;

/// <summary>The handling officer moves a complaint on: acknowledge, investigate (the agency is asked to answer), conciliate, close.</summary>
public static class MoveComplaint
{
    public enum Step
    {
        Acknowledge,
        Investigate,
        Conciliate,
        Close,
    }

    public sealed record Command(Step? Step);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Step).NotNull().IsInEnum().WithName(_ => Text.Pick("Step", "ជំហាន"));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IUserDirectory directory, TimeProvider clock, RuleSettingsCache rules)
    {
        public async Task HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var complaint = await db.LoadForHandlingAsync(user, id, cancellationToken);
            var by = user.AsActor(clock);
            switch (command.Step)
            {
                case Step.Acknowledge:
                    complaint.Acknowledge(by);
                    db.TellComplainant(complaint, by.At, "complaint-acknowledged");
                    break;
                case Step.Investigate:
                    var answerDays = (await rules.GetAsync(db, cancellationToken)).ComplaintAgencyAnswerDays;
                    complaint.Investigate(by.At.AddDays(answerDays), by);
                    await db.TellAgencyAsync(directory, complaint,
                        $"A complaint about your agency ({complaint.Account.Category}) is under investigation. Answer by {(complaint.AgencyAnswerBy is { } answerBy ? PhnomPenh.DateOf(answerBy) : null):yyyy-MM-dd}.",
                        by.At, "complaint-investigation", cancellationToken);
                    break;
                case Step.Conciliate:
                    complaint.StartConciliation(by);
                    db.TellComplainant(complaint, by.At, "complaint-conciliation");
                    break;
                default:
                    complaint.Close(by);
                    break;
            }
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
