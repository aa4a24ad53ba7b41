using System.Globalization;
using Licensing.Application.Abstractions;
using Licensing.Application.Disappearances;
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
        return new Section("complaints", new("ពាក្យបណ្ដឹង", "Complaints"),
            [EvaluationCriterion.Recruitment, EvaluationCriterion.ContractManagement, EvaluationCriterion.ProblemSolving],
            [
                EvidenceSections.Count("complaints", "Complaints received", "ពាក្យបណ្ដឹងបានទទួល", complaints.Count),
                EvidenceSections.Count("upheld", "Upheld (resolved for the complainant or referred)", "ត្រូវបានទទួលយក (ដោះស្រាយជូនអ្នកប្ដឹង ឬបញ្ជូនបន្ត)",
                    complaints.Count(c => c.Outcome is { } outcome && Upheld.Contains(outcome))),
                new Fact("median-days-to-resolve", new("ចំនួនថ្ងៃមធ្យមរហូតដល់សម្រេច", "Median days to a decision"),
                    DisappearanceStatistics.Percentile(daysToResolve, 50)?.ToString("0.#", CultureInfo.InvariantCulture) ?? "—"),
                new Fact("per-100-deployed", new("ក្នុងពលករបញ្ជូន ១០០នាក់", "Per 100 workers deployed in the period"), perHundred),
            ]);
    }

    public static async Task<Section> DisappearancesAsync(ILicensingDb db, Period period, CancellationToken cancellationToken)
    {
        var cases = await db.DisappearanceCases.AsNoTracking()
            .Where(c => c.AgencyId == period.AgencyId && c.ReportedAt >= period.Start && c.ReportedAt < period.End)
            .Select(c => new { c.Source, c.IsLate, c.ReportedAt, c.Facts.AgencyLearnedAt }).ToListAsync(cancellationToken);
        var hoursToReport = cases.Where(c => c.Source == Domain.Disappearances.ReportSource.Agency && c.AgencyLearnedAt != null)
            .Select(c => (c.ReportedAt - c.AgencyLearnedAt!.Value).TotalHours).Order().ToList();
        return new Section("disappearances", new("ករណីពលករបាត់ខ្លួន", "Disappearance reports"),
            [EvaluationCriterion.ProblemSolving, EvaluationCriterion.Repatriation],
            [
                EvidenceSections.Count("cases", "Workers reported missing", "ពលករត្រូវបានរាយការណ៍ថាបាត់ខ្លួន", cases.Count),
                EvidenceSections.Count("reported-by-others", "Reported by others before the agency", "រាយការណ៍ដោយអ្នកដទៃមុនភ្នាក់ងារ",
                    cases.Count(c => c.Source != Domain.Disappearances.ReportSource.Agency)),
                EvidenceSections.Count("late", "Reported late", "រាយការណ៍យឺត", cases.Count(c => c.IsLate)),
                new Fact("median-hours-to-report", new("ចំនួនម៉ោងមធ្យមពីពេលដឹងដល់ពេលរាយការណ៍", "Median hours from learning of it to reporting"),
                    DisappearanceStatistics.Percentile(hoursToReport, 50)?.ToString("0.#", CultureInfo.InvariantCulture) ?? "—"),
            ]);
    }
}
