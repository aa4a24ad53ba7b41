using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Licences;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
using Licensing.Domain.Applications;
using Licensing.Domain.Common;
using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Applications;

/// <summary>
/// A licensing officer approves an application under review: a new application issues licence
/// PRA-{year}-{sequence} for the agency's registration number, unless the company meanwhile holds a
/// licence (R31); a renewal extends the licence from its current expiry. The agency is told (ApplicationApproved).
/// </summary>
public static class ApproveApplication
{
    public sealed record Command(string? Note);

    public sealed record Approved(Guid LicenceId, string LicenceNumber, DateOnly ExpiresOn);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Note).MaximumLength(4000).WithName(_ => Catalogue.Say(Keys.Note));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock, BusinessCalendar calendar, RuleSettingsCache rules)
    {
        /// <summary>
        /// The unique indexes decide a race the checks cannot see: a licence issued to the same company, or the same number
        /// taken, by an approval that committed meanwhile. The loser's approval runs again: it then finds the company's
        /// licence (R31) or takes the next number.
        /// </summary>
        public Task<Approved> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            return db.SaveWithNextNumberAsync(() => ApproveAsync(id, command, cancellationToken), () => new DomainException(ErrorCodes.LicenceNumberTaken), cancellationToken);
        }

        private async Task<Approved> ApproveAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var application = await db.LoadVisibleAsync(user, id, cancellationToken);
            var term = (await rules.GetAsync(db, cancellationToken)).LicenceTermMonths;
            var licence = application.Kind == ApplicationKind.Renewal
                ? await RenewAsync(application, term, cancellationToken)
                : await IssueAsync(application, term, cancellationToken);
            application.Approve(licence.Id, command.Note?.Trim(), user.AsActor(clock));
            return new Approved(licence.Id, licence.Number, licence.ExpiresOn);
        }

        private async Task<Licence> RenewAsync(LicenceApplication application, int term, CancellationToken cancellationToken)
        {
            var licence = await db.Licences.SingleAsync(l => l.Id == application.LicenceId, cancellationToken);
            licence.Renew(term);
            return licence;
        }

        private async Task<Licence> IssueAsync(LicenceApplication application, int term, CancellationToken cancellationToken)
        {
            await db.EnsureMayApplyForNewAsync(application.AgencyId, cancellationToken);
            var today = calendar.Today;
            var registration = await db.Agencies.Where(a => a.Id == application.AgencyId).Select(a => a.RegistrationNumber).SingleAsync(cancellationToken);
            var number = await db.Licences.Select(l => l.Number).NextAsync(NumberSeries.Licence, today.Year, cancellationToken);
            var licence = Licence.Issue(application.AgencyId, registration, today, term, number.Sequence);
            db.Licences.Add(licence);
            return licence;
        }
    }
}
