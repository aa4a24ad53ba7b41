using Licensing.Application.Abstractions;
using Licensing.Application.Settings;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;

namespace Licensing.Application.Events.Disappearances;

/// <summary>The recipient bodies learn that MLVT verified a family's report (live and in the inbox).</summary>
public sealed class FamilyReportVerifiedHandler(ILicensingDb db, IUserDirectory directory, RuleSettingsCache rules) : DomainEventHandler<FamilyReportVerified>
{
    public override Task HandleAsync(FamilyReportVerified verified, CancellationToken cancellationToken)
    {
        var report = verified.Case;
        var title = new LocalizedText($"ករណី {report.Number} ត្រូវបានផ្ទៀងផ្ទាត់ដោយក្រសួង", $"Case {report.Number} verified by MLVT");
        var body = new LocalizedText(
            $"{verified.By.Name} បានផ្ទៀងផ្ទាត់របាយការណ៍របស់ក្រុមគ្រួសារ។\n\nទំព័រករណី៖ /disappearances/{report.Id}",
            $"{verified.By.Name} verified the family's report.\n\nCase page: /disappearances/{report.Id}");
        return db.NotifyBodiesAsync(directory, rules, report, new CaseNotice(AlertKind.Verified, "verified", title, body, ByEmail: false), verified.By.At, cancellationToken);
    }
}
