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
        var (km, en) = agencyLicence is null
            ? ("ភ្នាក់ងារនេះគ្មានអាជ្ញាប័ណ្ណទេ", "The agency holds no licence")
            : ($"អាជ្ញាប័ណ្ណ {agencyLicence.Number} របស់ភ្នាក់ងារ{StatusKm(agencyLicence.Status)}",
                $"The agency's licence {agencyLicence.Number} is {agencyLicence.Status.ToString().ToLowerInvariant()}");
        throw new DomainException(ErrorCodes.LicenceNotActive, new LocalizedText(
            $"{km}៖ មិនអាចចុះបញ្ជី ឬទទួលការអនុម័តសំណើជ្រើសរើសពលករ ឬចាត់ពលករទៅសំណើជ្រើសរើសពលករបានទេ រហូតដល់អាជ្ញាប័ណ្ណសកម្មឡើងវិញ។",
            $"{en}: it may not register or have approved job orders, or assign workers to them, until its licence is active."));
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
