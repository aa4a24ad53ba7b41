using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Licences;
using Licensing.Application.Settings;
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
        public Validator() => RuleFor(c => c.Note).MaximumLength(4000).WithName(_ => Text.Pick("Note", "កំណត់ចំណាំ"));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock, BusinessCalendar calendar, RuleSettingsCache rules)
    {
        public async Task<Approved> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var application = await db.LoadVisibleAsync(user, id, cancellationToken);
            var term = (await rules.GetAsync(db, cancellationToken)).LicenceTermMonths;
            var licence = application.Kind == ApplicationKind.Renewal
                ? await RenewAsync(application, term, cancellationToken)
                : await IssueAsync(application, term, cancellationToken);
            application.Approve(licence.Id, command.Note?.Trim(), user.AsActor(clock));
            await SaveAsync(application, cancellationToken);
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
            var prefix = Licence.FormatNumber(today.Year, 0)[..^4];
            // Longest first: PRA-2026-10000 follows PRA-2026-9999 although it sorts before it as text.
            var lastNumber = await db.Licences.Where(l => l.Number.StartsWith(prefix))
                .OrderByDescending(l => l.Number.Length).ThenByDescending(l => l.Number).Select(l => l.Number).FirstOrDefaultAsync(cancellationToken);
            var sequence = lastNumber is null ? 1 : int.Parse(lastNumber[prefix.Length..]) + 1;
            var licence = Licence.Issue(application.AgencyId, registration, today, term, sequence);
            db.Licences.Add(licence);
            return licence;
        }

        /// <summary>
        /// The unique indexes decide a race the checks above cannot see: a licence issued to the same company, or the
        /// same number taken, by an approval that committed meanwhile. The loser is told, and nothing of it is saved.
        /// </summary>
        private async Task SaveAsync(LicenceApplication application, CancellationToken cancellationToken)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation() && application.Kind == ApplicationKind.New)
            {
                db.ForgetTracked();
                await db.EnsureMayApplyForNewAsync(application.AgencyId, cancellationToken);
                throw new DomainException("licence_number_taken", new LocalizedText(
                    "អាជ្ញាប័ណ្ណមួយទៀតត្រូវបានចេញក្នុងពេលតែមួយ ហើយបានយកលេខនេះ។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ៖ សូមអនុម័តម្តងទៀត។",
                    "Another licence was issued at the same moment and took this number. Nothing was saved: approve again."));
            }
        }
    }
}
