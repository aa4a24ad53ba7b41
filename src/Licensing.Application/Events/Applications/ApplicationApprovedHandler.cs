using Licensing.Application.Abstractions;
using Licensing.Domain.Applications;

namespace Licensing.Application.Events.Applications;

/// <summary>The agency is told that its application was approved, with the licence's number and expiry.</summary>
public sealed class ApplicationApprovedHandler(ILicensingDb db, NotificationWriter notifications) : DomainEventHandler<ApplicationApproved>
{
    public override async Task HandleAsync(ApplicationApproved approved, CancellationToken cancellationToken)
    {
        var application = approved.Application;
        var licence = (await db.Licences.FindAsync([application.LicenceId!.Value], cancellationToken))!;
        await notifications.ToAgencyAsync(application.AgencyId,
            $"Licence {licence.Number} approved / អាជ្ញាប័ណ្ណ {licence.Number} ត្រូវបានអនុម័ត",
            $"Your {application.Kind.ToString().ToLowerInvariant()} application was approved. Licence {licence.Number} is valid until {licence.ExpiresOn:yyyy-MM-dd}.",
            approved.At, cancellationToken);
    }
}
