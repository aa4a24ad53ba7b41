using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Disappearances;

/// <summary>The answer to a report: the case, and whether this request created it or found it by its Idempotency-Key.</summary>
public sealed record ReportedCase(Guid Id, string Number, bool Created);

/// <summary>
/// Opens a case, whoever reports it: the worker is marked missing, the reporter's own body counts
/// as having acknowledged, and the case raises its report, whose alerts to every recipient body commit with it.
/// <c>prepare</c> completes a new case before it is saved (the family's PIN).
/// </summary>
internal static class CaseOpening
{
    public static async Task<ReportedCase?> FindByKeyAsync(ILicensingDb db, string? key, CancellationToken cancellationToken) =>
        key is null ? null : await db.DisappearanceCases.AsNoTracking().Where(c => c.IdempotencyKey == key)
            .Select(c => new ReportedCase(c.Id, c.Number, false)).SingleOrDefaultAsync(cancellationToken);

    public static async Task<ReportedCase> OpenAsync(
        ILicensingDb db, RuleSettingsCache rules, Deployment deployment, ReportSource source, DisappearanceFacts facts, Actor by,
        string? idempotencyKey, FamilyReporter? family, RecipientBody? reporterBody, CancellationToken cancellationToken, Action<DisappearanceCase>? prepare = null)
    {
        if (await EarlierReportAsync(db, deployment.WorkerId, idempotencyKey, cancellationToken) is { } earlier) return earlier;
        var lateAfter = TimeSpan.FromHours((await rules.GetAsync(db, cancellationToken)).DisappearanceLateReportHours);
        var report = DisappearanceCase.Report(deployment.WorkerId, deployment.Id, deployment.AgencyId, deployment.CountryCode, source, facts, by, lateAfter, idempotencyKey, family);
        if (reporterBody is not null) report.AcknowledgeAsReporter(reporterBody, by);
        prepare?.Invoke(report);
        deployment.ReportMissing();
        return await SaveAsync(db, report, deployment.WorkerId, cancellationToken);
    }

    /// <summary>A family's report of a migrant no registered worker matches: no worker's open case to find, only a retry by its key.</summary>
    public static Task<ReportedCase> OpenUnregisteredAsync(ILicensingDb db, DisappearanceCase report, CancellationToken cancellationToken) =>
        SaveAsync(db, report, null, cancellationToken);

    private static async Task<ReportedCase> SaveAsync(ILicensingDb db, DisappearanceCase report, Guid? workerId, CancellationToken cancellationToken)
    {
        var idempotencyKey = report.IdempotencyKey;
        db.DisappearanceCases.Add(report);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ForgetTracked();
            if (await FindByKeyAsync(db, idempotencyKey, cancellationToken) is { } retried) return retried;
            if (workerId is { } worker && await EarlierReportAsync(db, worker, idempotencyKey, cancellationToken) is { } committedMeanwhile) return committedMeanwhile;
            throw;
        }
        return new ReportedCase(report.Id, report.Number, true);
    }

    /// <summary>
    /// The worker's open case when it was opened by this same request (its Idempotency-Key), which
    /// a retry sent while the first was committing finds here; another open case is refused (<see cref="OneOpenCasePerWorker"/>).
    /// </summary>
    private static async Task<ReportedCase?> EarlierReportAsync(ILicensingDb db, Guid workerId, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var slot = workerId.ToString();
        var open = await db.DisappearanceCases.AsNoTracking().Where(c => c.OpenSlot == slot)
            .Select(c => new { c.Id, c.Number, c.IdempotencyKey }).FirstOrDefaultAsync(cancellationToken);
        if (open is null) return null;
        OneOpenCasePerWorker.EnsureMayReport(open.Number, sameReport: idempotencyKey is not null && open.IdempotencyKey == idempotencyKey);
        return new ReportedCase(open.Id, open.Number, false);
    }
}
