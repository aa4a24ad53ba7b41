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
        var (km, en) = agencyLicence.Status == LicenceStatus.Suspended ? ("ដែលកំពុងផ្អាក", "suspended") : ("ដែលកំពុងសកម្ម", "active");
        throw new DomainException(ErrorCodes.LicenceAlreadyHeld, new LocalizedText(
            Km: $"ក្រុមហ៊ុននេះកាន់អាជ្ញាប័ណ្ណ {agencyLicence.Number} {km} រួចហើយ។ ក្រុមហ៊ុនមួយកាន់អាជ្ញាប័ណ្ណតែមួយក្នុងពេលតែមួយ៖ "
                + "អាចដាក់ពាក្យសុំអាជ្ញាប័ណ្ណថ្មីបាន លុះត្រាតែអាជ្ញាប័ណ្ណនេះត្រូវបានដកហូត ផុតសុពលភាព ឬប្រគល់ត្រឡប់វិញ។ ដើម្បីពន្យារសុពលភាព សូមដាក់ពាក្យសុំបន្តអាជ្ញាប័ណ្ណ។",
            En: $"The company already holds licence {agencyLicence.Number} ({en}). A company holds one licence at a time: "
                + "a new licence can be applied for only once this one is revoked, expired or surrendered. To extend it, apply for a renewal."));
    }
}
