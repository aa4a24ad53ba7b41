using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Events;
using Licensing.Application.Common;
using Licensing.Application.Users;

namespace Licensing.Application.Applications;

/// <summary>A licensing officer takes up, questions, rejects, or (for the agency) withdraws an application.</summary>
public static class ReviewApplication
{
    public sealed record Reason(string Message);

    public sealed class Validator : AbstractValidator<Reason>
    {
        public Validator() => RuleFor(c => c.Message).NotEmpty().MaximumLength(4000).WithName(_ => Text.Pick("Reason", "មូលហេតុ"));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IUserDirectory directory, TimeProvider clock)
    {
        public async Task StartReviewAsync(Guid id, CancellationToken cancellationToken)
        {
            user.EnsureLicensingOfficer();
            var application = await db.LoadVisibleAsync(user, id, cancellationToken);
            application.StartReview(user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }

        public async Task RequestInformationAsync(Guid id, Reason reason, CancellationToken cancellationToken)
        {
            user.EnsureLicensingOfficer();
            var application = await db.LoadVisibleAsync(user, id, cancellationToken);
            application.RequestInformation(reason.Message.Trim(), user.AsActor(clock));
            await db.NotifyAgencyAsync(directory, application.AgencyId,
                "Information requested on your licence application / ស្នើសុំព័ត៌មានបន្ថែម",
                reason.Message.Trim(), clock.GetUtcNow(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        public async Task RejectAsync(Guid id, Reason reason, CancellationToken cancellationToken)
        {
            user.EnsureLicensingOfficer();
            var application = await db.LoadVisibleAsync(user, id, cancellationToken);
            application.Reject(reason.Message.Trim(), user.AsActor(clock));
            await db.NotifyAgencyAsync(directory, application.AgencyId,
                "Your licence application was rejected / ពាក្យស្នើសុំអាជ្ញាប័ណ្ណត្រូវបានបដិសេធ",
                reason.Message.Trim(), clock.GetUtcNow(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        public async Task WithdrawAsync(Guid id, Reason reason, CancellationToken cancellationToken)
        {
            var application = await db.LoadVisibleAsync(user, id, cancellationToken);
            user.EnsureApplicant(application);
            application.Withdraw(reason.Message.Trim(), user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
