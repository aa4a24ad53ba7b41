using Licensing.Domain.Common;

namespace Licensing.Domain.Licences;

/// <summary>
/// R31 (Prakas 047/13 Art 1): a company holds one licence at a time. It holds a licence while that licence is active
/// or suspended; once it is revoked, expired or surrendered the company may apply for a new one. The database keeps
/// the rule too (a unique index on the agency over the holding statuses).
/// </summary>
public static class OneLicencePerCompany
{
    public static readonly IReadOnlyList<LicenceStatus> HoldingStatuses = [LicenceStatus.Active, LicenceStatus.Suspended];

    public static bool Holds(LicenceStatus status) => HoldingStatuses.Contains(status);

    /// <summary>Refuses a new licence (application or approval) while the company's licence is still held.</summary>
    public static void EnsureMayApplyForNew(Licence? agencyLicence)
    {
        if (agencyLicence is null || !Holds(agencyLicence.Status)) return;
        var standing = new CatalogueWord(agencyLicence.Status == LicenceStatus.Suspended ? MessageKeys.LicenceHeldSuspended : MessageKeys.LicenceHeldActive);
        throw new DomainException(ErrorCodes.LicenceAlreadyHeld, DomainErrorKind.Conflict, agencyLicence.Number, standing);
    }
}
