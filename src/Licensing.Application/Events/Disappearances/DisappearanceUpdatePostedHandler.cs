using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;

namespace Licensing.Application.Events.Disappearances;

/// <summary>
/// Every recipient body hears of an update (or of the agency's answer to the report, or of what the reporting family added);
/// the agency too, unless it wrote it or the migrant has none.
/// </summary>
public sealed class DisappearanceUpdatePostedHandler(ILicensingDb db, IUserDirectory directory, RuleSettingsCache rules, ReferenceNames names, NotificationWriter notifications)
    : DomainEventHandler<DisappearanceUpdatePosted>
{
    public override async Task HandleAsync(DisappearanceUpdatePosted posted, CancellationToken cancellationToken)
    {
        var (report, update) = (posted.Case, posted.Update);
        var (party, kind) = (names.Term(update.Party), names.Term(update.Kind));
        var title = Catalogue.Both(Keys.CaseUpdateTitle, report.Number, party);
        var body = Catalogue.Both(Keys.CaseUpdateBody, update.AuthorName, party, kind, update.Text).WithCasePage(report.Id);
        var alert = update.Kind == UpdateKind.Note ? AlertKind.Updated : AlertKind.AgencyResponded;
        await db.NotifyBodiesAsync(directory, rules, report, new CaseNotice(alert, $"update:{update.Id}", title, body, ByEmail: false), update.PostedAt, cancellationToken);
        if (update.Party != CaseParty.Agency && report.AgencyId is { } agencyId)
        {
            await notifications.ToAgencyAsync(agencyId, new NoticeText(title, body), update.PostedAt, cancellationToken, CaseNotices.Key(report.Id, $"update:{update.Id}:agency"));
        }
    }
}
