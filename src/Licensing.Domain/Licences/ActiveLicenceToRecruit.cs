using Licensing.Domain.Common;

namespace Licensing.Domain.Licences;

/// <summary>
/// An agency registers job orders, has them approved and assigns workers to them only while its licence (R31: the one
/// it holds, else its latest) is active: a suspended, revoked, expired or surrendered licence, or none, stops recruitment.
/// </summary>
public static class ActiveLicenceToRecruit
{
    public static void Ensure(Licence? agencyLicence)
    {
        if (agencyLicence?.Status == LicenceStatus.Active) return;
        throw agencyLicence is null
            ? new DomainException(ErrorCodes.LicenceNotActive) { MessageKey = MessageKeys.AgencyHoldsNoLicence }
            : new DomainException(ErrorCodes.LicenceNotActive, DomainErrorKind.Conflict, agencyLicence.Number,
                new CatalogueWord(StatusKey(agencyLicence.Status)))
            {
                MessageKey = MessageKeys.AgencyLicenceNotActive,
            };
    }

    private static string StatusKey(LicenceStatus status) => status switch
    {
        LicenceStatus.Suspended => MessageKeys.LicenceStatusSuspended,
        LicenceStatus.Revoked => MessageKeys.LicenceStatusRevoked,
        LicenceStatus.Expired => MessageKeys.LicenceStatusExpired,
        LicenceStatus.Surrendered => MessageKeys.LicenceStatusSurrendered,
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
