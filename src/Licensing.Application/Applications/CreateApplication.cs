using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Licences;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
using Licensing.Domain.Applications;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Applications;

/// <summary>
/// An agency's staff open a draft application, new or renewal; only one open application per agency and kind. A new
/// licence is refused while the company holds one (R31); a renewal renews the agency's licence, and cannot be begun
/// before its window opens (R7), so that nobody fills it in only to be refused at the submit.
/// </summary>
public static class CreateApplication
{
    public sealed record Command(ApplicationKind Kind);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Kind).IsInEnum().WithName(_ => Catalogue.Say(Keys.Kind));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock, BusinessCalendar calendar, RuleSettingsCache rules)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var agencyId = user.AgencyId ?? throw new DomainException(ErrorCodes.NotAgencyStaff);
            var slot = LicenceApplication.SlotOf(agencyId, command.Kind);
            if (await db.LicenceApplications.AnyAsync(a => a.OpenSlot == slot, cancellationToken))
            {
                throw new DomainException(ErrorCodes.ApplicationAlreadyOpen);
            }

            LicenceApplication application;
            if (command.Kind == ApplicationKind.Renewal)
            {
                var licence = await db.AgencyLicenceAsync(agencyId, cancellationToken);
                if (licence is not { CanBeRenewed: true })
                {
                    throw new DomainException(ErrorCodes.NoRenewableLicence);
                }
                licence.EnsureRenewalWindowOpen(calendar.Today, (await rules.GetAsync(db, cancellationToken)).RenewalWindowDays);
                application = LicenceApplication.StartRenewal(agencyId, licence.Id, user.AsActor(clock));
            }
            else
            {
                await db.EnsureMayApplyForNewAsync(agencyId, cancellationToken);
                application = LicenceApplication.StartNew(agencyId, user.AsActor(clock));
            }
            db.LicenceApplications.Add(application);
            await db.SaveChangesAsync(cancellationToken);
            return application.Id;
        }
    }
}
