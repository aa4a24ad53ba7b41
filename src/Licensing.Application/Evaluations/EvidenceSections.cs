using System.Globalization;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Calendar;
using Licensing.Domain.Evaluations;
using Licensing.Domain.Inspections;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;
using static Licensing.Application.Evaluations.EvaluationEvidence;

namespace Licensing.Application.Evaluations;

/// <summary>The evidence sections drawn from inspections, deployments and repatriations.</summary>
internal static class EvidenceSections
{
    public static async Task<Section> InspectionsAsync(ILicensingDb db, Period period, CancellationToken cancellationToken)
    {
        var inspections = await db.Inspections.AsNoTracking()
            .Where(i => i.AgencyId == period.AgencyId && i.CompletedAt != null)
            .Select(i => new { i.CompletedAt, Findings = i.Findings.Select(f => new { f.Severity, f.Status, f.DueOn }).ToList() })
            .ToListAsync(cancellationToken);
        var inPeriod = inspections.Where(i => period.Contains(i.CompletedAt!.Value)).ToList();
        var findings = inPeriod.SelectMany(i => i.Findings).ToList();
        int Severity(FindingSeverity severity) => findings.Count(f => f.Severity == severity);
        return new Section("inspections", Catalogue.Both(Keys.EvidenceSectionInspections),
            [EvaluationCriterion.Recruitment, EvaluationCriterion.PreDepartureOrientation, EvaluationCriterion.ContractManagement, EvaluationCriterion.ProblemSolving],
            [
                Count("inspections", Keys.EvidenceInspections, inPeriod.Count),
                Count("findings-minor", Keys.EvidenceFindingsMinor, Severity(FindingSeverity.Minor)),
                Count("findings-major", Keys.EvidenceFindingsMajor, Severity(FindingSeverity.Major)),
                Count("findings-critical", Keys.EvidenceFindingsCritical, Severity(FindingSeverity.Critical)),
                Count("findings-verified", Keys.EvidenceFindingsVerified, findings.Count(f => f.Status == FindingStatus.Verified)),
                Count("findings-overdue", Keys.EvidenceFindingsOverdue,
                    findings.Count(f => f.Status == FindingStatus.Open && f.DueOn < period.To)),
            ]);
    }

    public static async Task<Section> DeploymentsAsync(ILicensingDb db, Period period, CancellationToken cancellationToken)
    {
        var journeys = await db.Deployments.AsNoTracking()
            .Where(d => d.AgencyId == period.AgencyId)
            .Select(d => new
            {
                d.CreatedAt, Departed = (DateOnly?)d.Departure!.DepartedOn, Returned = (DateOnly?)d.Return!.ReturnedOn,
                Contacts = d.OnSiteServices.Select(s => s.ContactedOn).ToList(), Fees = d.Fees.Select(f => f.AmountUsd).ToList(),
            })
            .ToListAsync(cancellationToken);
        var departed = journeys.Where(j => j.Departed is { } day && period.Contains(day)).ToList();
        var contacts = journeys.SelectMany(j => j.Contacts).Count(period.Contains);
        var meanFees = departed.Count == 0 ? "—" : Amounts.Written(departed.Average(j => j.Fees.Sum()));
        return new Section("deployments", Catalogue.Both(Keys.EvidenceSectionDeployments),
            [EvaluationCriterion.Recruitment, EvaluationCriterion.Sending, EvaluationCriterion.JobPlacement, EvaluationCriterion.ContractManagement],
            [
                Count("recruited", Keys.EvidenceRecruited, journeys.Count(j => period.Contains(j.CreatedAt))),
                Count("departed", Keys.EvidenceDeparted, departed.Count),
                Count("returned", Keys.EvidenceReturned, journeys.Count(j => j.Returned is { } day && period.Contains(day))),
                Count("on-site-contacts", Keys.EvidenceOnSiteContacts, contacts),
                new Fact("mean-fees-usd", Catalogue.Both(Keys.EvidenceMeanFeesUsd), meanFees),
            ]);
    }

    public static async Task<Section> RepatriationsAsync(ILicensingDb db, Period period, CancellationToken cancellationToken)
    {
        var cases = await db.Deployments.AsNoTracking()
            .Where(d => d.AgencyId == period.AgencyId)
            .SelectMany(d => d.Repatriations, (d, r) => new { r.OpenedAt, r.Status, r.ReturnDate })
            .ToListAsync(cancellationToken);
        var opened = cases.Where(c => period.Contains(c.OpenedAt)).ToList();
        var days = opened.Where(c => c.ReturnDate is not null)
            .Select(c => c.ReturnDate!.Value.DayNumber - PhnomPenh.DateOf(c.OpenedAt).DayNumber).Order().ToList();
        return new Section("repatriations", Catalogue.Both(Keys.EvidenceSectionRepatriations),
            [EvaluationCriterion.Repatriation, EvaluationCriterion.ProblemSolving],
            [
                Count("opened", Keys.EvidenceOpened, opened.Count),
                Count("completed", Keys.EvidenceCompleted, opened.Count(c => c.Status == RepatriationStatus.Completed)),
                Count("open", Keys.EvidenceOpen, opened.Count(c => c.Status is RepatriationStatus.Requested or RepatriationStatus.InProgress)),
                new Fact("median-days", Catalogue.Both(Keys.EvidenceMedianDays), days.Count == 0 ? "—" : Median(days)),
            ]);
    }

    internal static Fact Count(string code, string key, int value) => new(code, Catalogue.Both(key), value.ToString(CultureInfo.InvariantCulture));

    private static string Median(List<int> sorted) =>
        (sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2.0m).ToString("0.#", CultureInfo.InvariantCulture);
}
