using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
using Licensing.Application.Users;
using Licensing.Application.Webhooks;
using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Events.Disappearances;

/// <summary>
/// Every recipient body is alerted of a new case (live, inbox, duty e-mail, webhook); when somebody
/// other than the agency reported it, the agency is asked to confirm or answer.
/// </summary>
public sealed class DisappearanceReportedHandler(ILicensingDb db, IUserDirectory directory, RuleSettingsCache rules, ReferenceNames names, NotificationWriter notifications, WebhookPublisher webhooks)
    : DomainEventHandler<DisappearanceReported>
{
    public override async Task HandleAsync(DisappearanceReported reported, CancellationToken cancellationToken)
    {
        var report = reported.Case;
        var text = await ReportTextAsync(report, cancellationToken);
        var title = Catalogue.Both(Keys.CaseReportedTitle, text.WorkerName, report.Number);
        await db.NotifyBodiesAsync(directory, rules, report, new CaseNotice(AlertKind.Reported, "reported", title, text.Body, ByEmail: true), report.ReportedAt, cancellationToken);
        if (report.Source != ReportSource.Agency && report.AgencyId is { } agencyId)
        {
            await notifications.ToAgencyAsync(agencyId, new NoticeText(
                    Catalogue.Both(Keys.CaseReportedAgencyTitle, title),
                    LocalizedText.Join("\n\n", [text.Body, Catalogue.Both(Keys.CaseReportedAgencyMustAnswer)])),
                report.ReportedAt, cancellationToken, CaseNotices.Key(report.Id, "agency-told"));
        }
        await webhooks.PublishAsync(WebhookEventKind.DisappearanceReported, report, report.ReportedAt, cancellationToken);
    }

    private sealed record ReportText(string WorkerName, LocalizedText Body);

    private async Task<ReportText> ReportTextAsync(DisappearanceCase c, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(c, cancellationToken);
        var country = await names.CountryAsync(c.CountryCode, cancellationToken);
        var source = names.Term(c.Source);
        var f = c.Facts;
        var place = f.LastKnownLocation + (f.Latitude is { } lat ? $" ({lat:0.#####}, {f.Longitude:0.#####})" : "");
        var learned = f.AgencyLearnedAt is { } at ? CaseNotices.Local(at) : null;
        var lines = new[]
        {
            Catalogue.Both(Keys.CaseReportedCase, c.Number, c.IsLate ? Catalogue.Both(Keys.CaseReportedLate) : (object)"", c.Verified ? "" : (object)Catalogue.Both(Keys.CaseReportedUnverified)),
            who.Person,
            Catalogue.Both(Keys.CaseReportedCountry, country),
            who.Agency,
            Catalogue.Both(Keys.CaseReportedLocation, place),
            Catalogue.Both(Keys.CaseReportedLastContact, CaseNotices.Local(f.LastContactAt)),
            Catalogue.Both(Keys.CaseReportedLearned, learned ?? (object)Catalogue.Both(Keys.CaseReportedNotYetStated)),
            Catalogue.Both(Keys.CaseReportedReported, CaseNotices.Local(c.ReportedAt), c.ReportedByName, source),
            Catalogue.Both(Keys.CaseReportedCircumstances, f.Circumstances),
            Catalogue.Both(Keys.CaseReportedOthersInformed, f.OthersInformed ?? "-"),
            Catalogue.Both(Keys.CasePage, c.Id),
        };
        return new ReportText(who.Name, LocalizedText.Join("\n", lines));
    }

    private sealed record Who(string Name, LocalizedText Person, LocalizedText Agency);

    /// <summary>The lines naming the worker and the agency: from their records, or as the family described an unregistered migrant.</summary>
    private async Task<Who> WhoAsync(DisappearanceCase c, CancellationToken cancellationToken)
    {
        if (c.Person is { } p)
        {
            return new Who(p.Name,
                Catalogue.Both(Keys.CaseReportedUnregisteredPerson, p.Name, p.DateOfBirth?.ToString("yyyy-MM-dd") ?? "-", p.DocumentNumber ?? "-"),
                Catalogue.Both(Keys.CaseReportedAgencyByFamily, p.AgencyName ?? "-"));
        }
        var worker = await db.Workers.AsNoTracking().Where(w => w.Id == c.WorkerId)
            .Select(w => new { w.NameLatin, w.NameKm, w.PassportNumber, w.Sex, w.DateOfBirth }).SingleAsync(cancellationToken);
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == c.AgencyId).Select(a => new { a.Name, a.Phone }).SingleAsync(cancellationToken);
        return new Who(worker.NameLatin,
            Catalogue.Both(Keys.CaseReportedWorker, worker.NameLatin, worker.NameKm, names.Term(worker.Sex), worker.DateOfBirth, worker.PassportNumber ?? "-"),
            Catalogue.Both(Keys.CaseReportedAgency, agency.Name, agency.Phone));
    }
}
