using System.Globalization;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Calendar;
using Licensing.Domain.Common;
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
        return new Section("inspections", new("ការអធិការកិច្ច និងការរកឃើញ", "Inspections and findings"),
            [EvaluationCriterion.Recruitment, EvaluationCriterion.PreDepartureOrientation, EvaluationCriterion.ContractManagement, EvaluationCriterion.ProblemSolving],
            [
                Count("inspections", "Inspections completed", "ការអធិការកិច្ចបានបញ្ចប់", inPeriod.Count),
                Count("findings-minor", "Minor findings", "ការរកឃើញតិចតួច", Severity(FindingSeverity.Minor)),
                Count("findings-major", "Major findings", "ការរកឃើញធំ", Severity(FindingSeverity.Major)),
                Count("findings-critical", "Critical findings", "ការរកឃើញធ្ងន់ធ្ងរ", Severity(FindingSeverity.Critical)),
                Count("findings-verified", "Corrective actions verified", "វិធានការកែតម្រូវបានផ្ទៀងផ្ទាត់", findings.Count(f => f.Status == FindingStatus.Verified)),
                Count("findings-overdue", "Corrective actions overdue at the end of the period", "វិធានការកែតម្រូវហួសកាលកំណត់ នៅចុងរយៈពេល",
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
        return new Section("deployments", new("ការបញ្ជូនពលករ", "Deployments"),
            [EvaluationCriterion.Recruitment, EvaluationCriterion.Sending, EvaluationCriterion.JobPlacement, EvaluationCriterion.ContractManagement],
            [
                Count("recruited", "Workers assigned to job orders", "ពលករដែលបានចាត់ទៅសំណើជ្រើសរើស", journeys.Count(j => period.Contains(j.CreatedAt))),
                Count("departed", "Workers deployed", "ពលករដែលបានបញ្ជូន", departed.Count),
                Count("returned", "Workers returned", "ពលករដែលបានវិលត្រឡប់", journeys.Count(j => j.Returned is { } day && period.Contains(day))),
                Count("on-site-contacts", "On-site service contacts", "ការទំនាក់ទំនងសេវានៅនឹងកន្លែង", contacts),
                new Fact("mean-fees-usd", new("ថ្លៃសេវាមធ្យមក្នុងម្នាក់", "Mean fees per deployed worker"), meanFees),
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
        return new Section("repatriations", new("ការធ្វើមាតុភូមិនិវត្តន៍", "Repatriations"),
            [EvaluationCriterion.Repatriation, EvaluationCriterion.ProblemSolving],
            [
                Count("opened", "Repatriation cases opened", "ករណីមាតុភូមិនិវត្តន៍បានបើក", opened.Count),
                Count("completed", "Completed", "បានបញ្ចប់", opened.Count(c => c.Status == RepatriationStatus.Completed)),
                Count("open", "Still open", "នៅបើក", opened.Count(c => c.Status is RepatriationStatus.Requested or RepatriationStatus.InProgress)),
                new Fact("median-days", new("ចំនួនថ្ងៃមធ្យមរហូតដល់វិលត្រឡប់", "Median days until the worker was home"), days.Count == 0 ? "—" : Median(days)),
            ]);
    }

    internal static Fact Count(string code, string en, string km, int value) => new(code, new LocalizedText(km, en), value.ToString(CultureInfo.InvariantCulture));

    private static string Median(List<int> sorted) =>
        (sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2.0m).ToString("0.#", CultureInfo.InvariantCulture);
}
