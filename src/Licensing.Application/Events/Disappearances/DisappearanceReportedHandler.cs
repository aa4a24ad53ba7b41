using Licensing.Application.Abstractions;
using Licensing.Application.Settings;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Events.Disappearances;

/// <summary>
/// Every recipient body is alerted of a new case (live, inbox, duty e-mail, webhook); when somebody
/// other than the agency reported it, the agency is asked to confirm or answer.
/// </summary>
public sealed class DisappearanceReportedHandler(ILicensingDb db, IUserDirectory directory, RuleSettingsCache rules, NotificationWriter notifications)
    : DomainEventHandler<DisappearanceReported>
{
    public override async Task HandleAsync(DisappearanceReported reported, CancellationToken cancellationToken)
    {
        var report = reported.Case;
        var text = await ReportTextAsync(report, cancellationToken);
        var title = new LocalizedText($"ពលករត្រូវបានរាយការណ៍ថាបាត់ខ្លួន៖ {text.WorkerName} ({report.Number})", $"Worker reported missing: {text.WorkerName} ({report.Number})");
        await db.NotifyBodiesAsync(directory, rules, report, new CaseNotice(AlertKind.Reported, "reported", title, text.Body, ByEmail: true), report.ReportedAt, cancellationToken);
        if (report.Source != ReportSource.Agency)
        {
            await notifications.ToAgencyAsync(report.AgencyId,
                $"Confirm or answer: {title.En} / សូមបញ្ជាក់ ឬឆ្លើយតប៖ {title.Km}",
                text.Body + "\n\nYour agency must confirm this report (saying when you learned of it) or answer it, and post updates while the case is open.",
                report.ReportedAt, cancellationToken, CaseNotices.Key(report.Id, "agency-told"));
        }
    }

    private sealed record ReportText(string WorkerName, string Body);

    private async Task<ReportText> ReportTextAsync(DisappearanceCase c, CancellationToken cancellationToken)
    {
        var worker = await db.Workers.AsNoTracking().Where(w => w.Id == c.WorkerId)
            .Select(w => new { w.NameLatin, w.NameKm, w.PassportNumber, w.Sex, w.DateOfBirth }).SingleAsync(cancellationToken);
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == c.AgencyId).Select(a => new { a.Name, a.Phone }).SingleAsync(cancellationToken);
        var country = await db.Countries.AsNoTracking().Where(k => k.Code == c.CountryCode).Select(k => k.Name).SingleAsync(cancellationToken);
        var f = c.Facts;
        var lines = new List<string>
        {
            $"Case {c.Number}{(c.IsLate ? " — REPORTED LATE" : "")}{(c.Verified ? "" : " — family report, not yet verified")}",
            $"Worker: {worker.NameLatin} / {worker.NameKm}, {worker.Sex}, born {worker.DateOfBirth:yyyy-MM-dd}, passport {worker.PassportNumber ?? "-"}",
            $"Receiving country: {country.En} / {country.Km}",
            $"Agency: {agency.Name.En} / {agency.Name.Km}, telephone {agency.Phone}",
            $"Last known location: {f.LastKnownLocation}" + (f.Latitude is { } lat ? $" ({lat:0.#####}, {f.Longitude:0.#####})" : ""),
            $"Last contact: {CaseNotices.Local(f.LastContactAt)}",
            f.AgencyLearnedAt is { } learned ? $"Agency learned of it: {CaseNotices.Local(learned)}" : "Agency learned of it: not yet stated",
            $"Reported: {CaseNotices.Local(c.ReportedAt)} by {c.ReportedByName} ({c.Source})",
            $"Circumstances: {f.Circumstances}",
            $"Others informed: {f.OthersInformed ?? "-"}",
            $"Case page: /disappearances/{c.Id}",
        };
        return new ReportText(worker.NameLatin, string.Join('\n', lines));
    }
}
