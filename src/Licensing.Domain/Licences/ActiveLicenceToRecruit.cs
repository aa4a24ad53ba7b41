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
                new LocalizedText(StatusKm(agencyLicence.Status), agencyLicence.Status.ToString().ToLowerInvariant()))
            {
                MessageKey = MessageKeys.AgencyLicenceNotActive,
            };
    }

    private static string StatusKm(LicenceStatus status) => status switch
    {
        LicenceStatus.Suspended => "ត្រូវបានផ្អាក",
        LicenceStatus.Revoked => "ត្រូវបានដកហូត",
        LicenceStatus.Expired => "បានផុតសុពលភាព",
        LicenceStatus.Surrendered => "ត្រូវបានប្រគល់ត្រឡប់វិញ",
        _ => "សកម្ម",
    };
}
