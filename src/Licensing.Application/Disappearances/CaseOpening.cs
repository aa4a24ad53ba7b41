using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Users;
using Licensing.Domain.Calendar;
using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Disappearances;

/// <summary>The answer to a report: the case, and whether this request created it or found it by its Idempotency-Key.</summary>
public sealed record ReportedCase(Guid Id, string Number, bool Created);

/// <summary>
/// Opens a case, whoever reports it: the worker is marked missing, the reporter's own body counts
/// as having acknowledged, and the alerts to every recipient body are committed with the case.
/// </summary>
internal static class CaseOpening
{
    public static async Task<ReportedCase?> FindByKeyAsync(ILicensingDb db, string? key, CancellationToken cancellationToken) =>
        key is null ? null : await db.DisappearanceCases.AsNoTracking().Where(c => c.IdempotencyKey == key)
            .Select(c => new ReportedCase(c.Id, c.Number, false)).SingleOrDefaultAsync(cancellationToken);

    public static async Task<ReportedCase> OpenAsync(
        ILicensingDb db, IUserDirectory directory, RuleSettingsCache rules, Deployment deployment, ReportSource source, DisappearanceFacts facts, Actor by,
        string? idempotencyKey, FamilyReporter? family, RecipientBody? reporterBody, CancellationToken cancellationToken)
    {
        if (await EarlierReportAsync(db, deployment.WorkerId, idempotencyKey, cancellationToken) is { } earlier) return earlier;
        var lateAfter = TimeSpan.FromHours((await rules.GetAsync(db, cancellationToken)).DisappearanceLateReportHours);
        var report = DisappearanceCase.Report(deployment.WorkerId, deployment.Id, deployment.AgencyId, deployment.CountryCode, source, facts, by, lateAfter, idempotencyKey, family);
        if (reporterBody is not null) report.Acknowledge(reporterBody, by);
        deployment.ReportMissing();
        db.DisappearanceCases.Add(report);

        var text = await ReportTextAsync(db, report, cancellationToken);
        var title = new LocalizedText($"ពលករត្រូវបានរាយការណ៍ថាបាត់ខ្លួន៖ {text.WorkerName} ({report.Number})", $"Worker reported missing: {text.WorkerName} ({report.Number})");
        await db.NotifyBodiesAsync(directory, rules, report, new CaseNotice(AlertKind.Reported, "reported", title, text.Body, ByEmail: true), by.At, cancellationToken);
        if (source != ReportSource.Agency)
        {
            await db.NotifyAgencyAsync(directory, report.AgencyId,
                $"Confirm or answer: {title.En} / សូមបញ្ជាក់ ឬឆ្លើយតប៖ {title.Km}",
                text.Body + "\n\nYour agency must confirm this report (saying when you learned of it) or answer it, and post updates while the case is open.",
                by.At, cancellationToken, CaseNotices.Key(report.Id, "agency-told"));
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ForgetTracked();
            if (await FindByKeyAsync(db, idempotencyKey, cancellationToken) is { } retried) return retried;
            if (await EarlierReportAsync(db, deployment.WorkerId, idempotencyKey, cancellationToken) is { } committedMeanwhile) return committedMeanwhile;
            throw;
        }
        return new ReportedCase(report.Id, report.Number, true);
    }

    /// <summary>
    /// The worker's open case when it was opened by this same request (its Idempotency-Key), which
    /// a retry sent while the first was committing finds here; another open case is refused.
    /// </summary>
    private static async Task<ReportedCase?> EarlierReportAsync(ILicensingDb db, Guid workerId, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var slot = workerId.ToString();
        var open = await db.DisappearanceCases.AsNoTracking().Where(c => c.OpenSlot == slot)
            .Select(c => new { c.Id, c.Number, c.IdempotencyKey }).FirstOrDefaultAsync(cancellationToken);
        if (open is null) return null;
        if (idempotencyKey is not null && open.IdempotencyKey == idempotencyKey) return new ReportedCase(open.Id, open.Number, false);
        throw new DomainException(ErrorCodes.CaseAlreadyOpen, Text.Pick(
            $"This worker already has an open disappearance case, {open.Number}: post an update on it instead.",
            $"ពលករនេះមានករណីបាត់ខ្លួនកំពុងបើករួចហើយ {open.Number}៖ សូមបន្ថែមព័ត៌មានលើករណីនោះជំនួសវិញ។"));
    }

    private sealed record ReportText(string WorkerName, string Body);

    private static async Task<ReportText> ReportTextAsync(ILicensingDb db, DisappearanceCase c, CancellationToken cancellationToken)
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
            $"Last contact: {Local(f.LastContactAt)}",
            f.AgencyLearnedAt is { } learned ? $"Agency learned of it: {Local(learned)}" : "Agency learned of it: not yet stated",
            $"Reported: {Local(c.ReportedAt)} by {c.ReportedByName} ({c.Source})",
            $"Circumstances: {f.Circumstances}",
            $"Others informed: {f.OthersInformed ?? "-"}",
            $"Case page: /disappearances/{c.Id}",
        };
        return new ReportText(worker.NameLatin, string.Join('\n', lines));
    }

    public static string Local(DateTimeOffset at) => $"{PhnomPenh.LocalTime(at):yyyy-MM-dd HH:mm} (UTC+7)";
}
