using Licensing.Application.Abstractions;
using Licensing.Application.Common;
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
public sealed class DisappearanceReportedHandler(ILicensingDb db, IUserDirectory directory, RuleSettingsCache rules, ReferenceNames names, NotificationWriter notifications)
    : DomainEventHandler<DisappearanceReported>
{
    public override async Task HandleAsync(DisappearanceReported reported, CancellationToken cancellationToken)
    {
        var report = reported.Case;
        var text = await ReportTextAsync(report, cancellationToken);
        var title = new LocalizedText($"ពលករត្រូវបានរាយការណ៍ថាបាត់ខ្លួន៖ {text.WorkerName} ({report.Number})", $"Worker reported missing: {text.WorkerName} ({report.Number})");
        await db.NotifyBodiesAsync(directory, rules, report, new CaseNotice(AlertKind.Reported, "reported", title, text.Body, ByEmail: true), report.ReportedAt, cancellationToken);
        if (report.Source != ReportSource.Agency && report.AgencyId is { } agencyId)
        {
            await notifications.ToAgencyAsync(agencyId, new NoticeText(
                    new LocalizedText($"សូមបញ្ជាក់ ឬឆ្លើយតប៖ {title.Km}", $"Confirm or answer: {title.En}"),
                    new LocalizedText(
                        text.Body.Km + "\n\nភ្នាក់ងាររបស់អ្នកត្រូវបញ្ជាក់របាយការណ៍នេះ (ដោយប្រាប់ថាអ្នកបានដឹងនៅពេលណា) ឬឆ្លើយតប ហើយផ្ដល់ព័ត៌មានថ្មីខណៈដែលករណីនៅបើក។",
                        text.Body.En + "\n\nYour agency must confirm this report (saying when you learned of it) or answer it, and post updates while the case is open.")),
                report.ReportedAt, cancellationToken, CaseNotices.Key(report.Id, "agency-told"));
        }
    }

    private sealed record ReportText(string WorkerName, LocalizedText Body);

    private async Task<ReportText> ReportTextAsync(DisappearanceCase c, CancellationToken cancellationToken)
    {
        var (person, agency) = await WhoAsync(c, cancellationToken);
        var country = await names.CountryAsync(c.CountryCode, cancellationToken);
        var source = names.Term(c.Source);
        var f = c.Facts;
        var place = f.LastKnownLocation + (f.Latitude is { } lat ? $" ({lat:0.#####}, {f.Longitude:0.#####})" : "");
        var learned = f.AgencyLearnedAt is { } at ? CaseNotices.Local(at) : null;
        var km = new[]
        {
            $"ករណី {c.Number}{(c.IsLate ? " — រាយការណ៍យឺត" : "")}{(c.Verified ? "" : " — របាយការណ៍ពីក្រុមគ្រួសារ មិនទាន់ផ្ទៀងផ្ទាត់")}",
            person.Km,
            $"ប្រទេសទទួល៖ {country.Km}",
            agency.Km,
            $"ទីកន្លែងចុងក្រោយដែលគេដឹង៖ {place}",
            $"ទំនាក់ទំនងចុងក្រោយ៖ {CaseNotices.Local(f.LastContactAt)}",
            $"ភ្នាក់ងារបានដឹង៖ {learned ?? "មិនទាន់បញ្ជាក់"}",
            $"បានរាយការណ៍៖ {CaseNotices.Local(c.ReportedAt)} ដោយ {c.ReportedByName} ({source.Km})",
            $"កាលៈទេសៈ៖ {f.Circumstances}",
            $"អ្នកផ្សេងទៀតដែលបានជូនដំណឹង៖ {f.OthersInformed ?? "-"}",
            $"ទំព័រករណី៖ /disappearances/{c.Id}",
        };
        var en = new[]
        {
            $"Case {c.Number}{(c.IsLate ? " — REPORTED LATE" : "")}{(c.Verified ? "" : " — family report, not yet verified")}",
            person.En,
            $"Receiving country: {country.En}",
            agency.En,
            $"Last known location: {place}",
            $"Last contact: {CaseNotices.Local(f.LastContactAt)}",
            $"Agency learned of it: {learned ?? "not yet stated"}",
            $"Reported: {CaseNotices.Local(c.ReportedAt)} by {c.ReportedByName} ({source.En})",
            $"Circumstances: {f.Circumstances}",
            $"Others informed: {f.OthersInformed ?? "-"}",
            $"Case page: /disappearances/{c.Id}",
        };
        return new ReportText(c.Person?.Name ?? person.En, new LocalizedText(string.Join('\n', km), string.Join('\n', en)));
    }

    /// <summary>The lines naming the worker and the agency: from their records, or as the family described an unregistered migrant.</summary>
    private async Task<(LocalizedText Person, LocalizedText Agency)> WhoAsync(DisappearanceCase c, CancellationToken cancellationToken)
    {
        if (c.Person is { } p)
        {
            var (born, document, agencyName) = (p.DateOfBirth?.ToString("yyyy-MM-dd") ?? "-", p.DocumentNumber ?? "-", p.AgencyName ?? "-");
            return (new LocalizedText(
                    $"ពលករចំណាកស្រុកមិនបានចុះបញ្ជី (តាមការពិពណ៌នារបស់ក្រុមគ្រួសារ)៖ {p.Name}, កើតថ្ងៃ {born}, លិខិតឆ្លងដែន {document}",
                    $"Unregistered migrant (as the family describes them): {p.Name}, born {born}, passport {document}"),
                new LocalizedText($"ភ្នាក់ងារ (តាមក្រុមគ្រួសារ)៖ {agencyName}", $"Agency (as the family says): {agencyName}"));
        }
        var worker = await db.Workers.AsNoTracking().Where(w => w.Id == c.WorkerId)
            .Select(w => new { w.NameLatin, w.NameKm, w.PassportNumber, w.Sex, w.DateOfBirth }).SingleAsync(cancellationToken);
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == c.AgencyId).Select(a => new { a.Name, a.Phone }).SingleAsync(cancellationToken);
        var sex = names.Term(worker.Sex);
        return (new LocalizedText(
                $"ពលករ៖ {worker.NameKm} / {worker.NameLatin}, {sex.Km}, កើតថ្ងៃ {worker.DateOfBirth:yyyy-MM-dd}, លិខិតឆ្លងដែន {worker.PassportNumber ?? "-"}",
                $"Worker: {worker.NameLatin} / {worker.NameKm}, {sex.En}, born {worker.DateOfBirth:yyyy-MM-dd}, passport {worker.PassportNumber ?? "-"}"),
            new LocalizedText($"ភ្នាក់ងារ៖ {agency.Name.Km}, ទូរស័ព្ទ {agency.Phone}", $"Agency: {agency.Name.En}, telephone {agency.Phone}"));
    }
}
