using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Texts;

namespace Licensing.Application.Complaints;

/// <summary>The handling officer moves a complaint on: acknowledge, investigate (the agency is asked to answer), conciliate, close (ComplaintStepTaken tells whom it concerns).</summary>
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
        public Validator() => RuleFor(c => c.Step).NotNull().IsInEnum().WithName(_ => Catalogue.Say(Keys.Step));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock, RuleSettingsCache rules)
    {
        public async Task HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var complaint = await db.LoadForHandlingAsync(user, id, cancellationToken);
            var by = user.AsActor(clock);
            switch (command.Step)
            {
                case Step.Acknowledge:
                    complaint.Acknowledge(by);
                    break;
                case Step.Investigate:
                    var answerDays = (await rules.GetAsync(db, cancellationToken)).ComplaintAgencyAnswerDays;
                    complaint.Investigate(by.At.AddDays(answerDays), by);
                    break;
                case Step.Conciliate:
                    complaint.StartConciliation(by);
                    break;
                default:
                    complaint.Close(by);
                    break;
            }
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
