using Licensing.Application.Abstractions;
using Licensing.Application.Agencies;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Application.Workers;
using Licensing.Domain.Common;
using Licensing.Domain.Licences;

namespace Licensing.Application.Licences;

/// <summary>
/// What suspending, reinstating, revoking and surrendering share: who may, the open departure
/// clearances voided when the licence stops being active, one save. The licence raises
/// LicenceStatusChanged, whose handler tells the agency.
/// </summary>
internal static class LicenceStatusChanges
{
    public static async Task<LicenceStatus> ChangeAsync(
        ILicensingDb db, ICurrentUser user, Guid id, bool officerOnly, Action<Licence> change, CancellationToken cancellationToken)
    {
        var licence = await db.LoadVisibleAsync(user, id, cancellationToken);
        var allowed = user.IsLicensingOfficer() || (!officerOnly && user.AgencyId == licence.AgencyId);
        if (!allowed) throw DomainException.NotFound();

        change(licence);
        if (licence.Status != LicenceStatus.Active) await db.VoidOpenClearancesAsync(licence.AgencyId, $"Licence {licence.Number}: {licence.Status}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return licence.Status;
    }

    public static string ReasonName() => Catalogue.Say(Keys.Reason);
}
