using System.Globalization;
using Licensing.Application.Abstractions;
using Licensing.Application.Disappearances;
using Licensing.Application.Texts;
using Licensing.Domain.Complaints;
using Licensing.Domain.Evaluations;
using Microsoft.EntityFrameworkCore;
using static Licensing.Application.Evaluations.EvaluationEvidence;

namespace Licensing.Application.Evaluations;

/// <summary>The evidence sections drawn from complaints against the agency and from its workers' disappearance cases.</summary>
internal static class CaseEvidenceSections
{
    /// <summary>A complaint is upheld when it was resolved in the complainant's favour or referred on (court, police, embassy).</summary>
    private static readonly ComplaintStatus[] Upheld = [ComplaintStatus.Resolved, ComplaintStatus.Referred];

    public static async Task<Section> ComplaintsAsync(ILicensingDb db, Period period, CancellationToken cancellationToken)
    {
        var complaints = await db.Complaints.AsNoTracking()
            .Where(c => c.AgencyId == period.AgencyId && c.ReceivedAt >= period.Start && c.ReceivedAt < period.End)
            .Select(c => new { c.ReceivedAt, c.DecidedAt, c.Outcome }).ToListAsync(cancellationToken);
        var deployed = await db.Deployments.AsNoTracking()
            .CountAsync(d => d.AgencyId == period.AgencyId && d.Departure!.DepartedOn >= period.From && d.Departure.DepartedOn <= period.To, cancellationToken);
        var daysToResolve = complaints.Where(c => c.DecidedAt != null).Select(c => (c.DecidedAt!.Value - c.ReceivedAt).TotalDays).Order().ToList();
        var perHundred = deployed == 0 ? "—" : (100.0 * complaints.Count / deployed).ToString("0.0", CultureInfo.InvariantCulture);
        return new Section("complaints", Catalogue.Both(Keys.EvidenceSectionComplaints),
            [EvaluationCriterion.Recruitment, EvaluationCriterion.ContractManagement, EvaluationCriterion.ProblemSolving],
            [
                EvidenceSections.Count("complaints", Keys.EvidenceComplaints, complaints.Count),
                EvidenceSections.Count("upheld", Keys.EvidenceUpheld,
                    complaints.Count(c => c.Outcome is { } outcome && Upheld.Contains(outcome))),
                new Fact("median-days-to-resolve", Catalogue.Both(Keys.EvidenceMedianDaysToResolve),
                    DisappearanceStatistics.Percentile(daysToResolve, 50)?.ToString("0.#", CultureInfo.InvariantCulture) ?? "—"),
                new Fact("per-100-deployed", Catalogue.Both(Keys.EvidencePer100Deployed), perHundred),
            ]);
    }

    public static async Task<Section> DisappearancesAsync(ILicensingDb db, Period period, CancellationToken cancellationToken)
    {
        var cases = await db.DisappearanceCases.AsNoTracking()
            .Where(c => c.AgencyId == period.AgencyId && c.ReportedAt >= period.Start && c.ReportedAt < period.End)
            .Select(c => new { c.Source, c.IsLate, c.ReportedAt, c.Facts.AgencyLearnedAt }).ToListAsync(cancellationToken);
        var hoursToReport = cases.Where(c => c.Source == Domain.Disappearances.ReportSource.Agency && c.AgencyLearnedAt != null)
            .Select(c => (c.ReportedAt - c.AgencyLearnedAt!.Value).TotalHours).Order().ToList();
        return new Section("disappearances", Catalogue.Both(Keys.EvidenceSectionDisappearances),
            [EvaluationCriterion.ProblemSolving, EvaluationCriterion.Repatriation],
            [
                EvidenceSections.Count("cases", Keys.EvidenceCases, cases.Count),
                EvidenceSections.Count("reported-by-others", Keys.EvidenceReportedByOthers,
                    cases.Count(c => c.Source != Domain.Disappearances.ReportSource.Agency)),
                EvidenceSections.Count("late", Keys.EvidenceLate, cases.Count(c => c.IsLate)),
                new Fact("median-hours-to-report", Catalogue.Both(Keys.EvidenceMedianHoursToReport),
                    DisappearanceStatistics.Percentile(hoursToReport, 50)?.ToString("0.#", CultureInfo.InvariantCulture) ?? "—"),
            ]);
    }
}
