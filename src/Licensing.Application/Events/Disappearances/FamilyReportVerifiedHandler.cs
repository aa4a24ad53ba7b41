using Licensing.Application.Abstractions;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
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
        var title = Catalogue.Both(Keys.CaseVerifiedTitle, report.Number);
        var body = Catalogue.Both(Keys.CaseVerifiedBody, verified.By.Name).WithCasePage(report.Id);
        return db.NotifyBodiesAsync(directory, rules, report, new CaseNotice(AlertKind.Verified, "verified", title, body, ByEmail: false), verified.By.At, cancellationToken);
    }
}
