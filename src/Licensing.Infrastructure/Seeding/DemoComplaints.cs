using Licensing.Application.Common;
using Licensing.Application.Complaints;
using Licensing.Domain.Agencies;
using Licensing.Domain.Common;
using Licensing.Domain.Complaints;

namespace Licensing.Infrastructure.Seeding;

/// <summary>
/// Six fictitious complaints at every stage, some past their deadlines, so that the lists, the
/// red/amber/green dashboard and the statistics show something. All open with the PIN <see cref="Pin"/>.
/// </summary>
public static class DemoComplaints
{
    public const string Pin = "246810";
    public const string FirstCode = "C-DEMA-2345";

    private const string Officer = "pdlvt@licensing.example";

    public static IReadOnlyList<Complaint> Create(IReadOnlyList<Agency> agencies, DateTimeOffset now)
    {
        var pinHash = PublicPin.Hash(Pin);
        Complaint File(string code, int daysAgo, Agency? agency, ComplaintCategory category, string province, string worker, string story)
        {
            var at = now.AddDays(-daysAgo);
            return new Complaint(code, pinHash, agency?.Id, agency is null ? "A broker at the market (fictitious)" : null,
                new Complainant(FilerRole.Worker, null, null, worker, "+855 12 000 000", null, null, province, PreferredContact.Sms), false,
                new ComplaintAccount(category, story, null, null, null), ComplaintRouting.DeskFor(category, false), null,
                at.AddDays(7), at.AddDays(60), Actor.Complainant(at));
        }
        Actor By(int daysAgo) => new(null, Officer, now.AddDays(-daysAgo));

        var overdue = File(FirstCode, 8, agencies[0], ComplaintCategory.WagesUnpaid, "KH-2", "ហេង វណ្ណា (fictitious)", "My last three months of wages were never paid.");
        var fresh = File("C-DEMA-2346", 2, agencies[1], ComplaintCategory.ExcessiveFees, "KH-2", "សុខ សុភា (fictitious)", "The agency asked me for 1,200 USD before departure.");
        var investigated = File("C-DEMA-2347", 20, agencies[0], ComplaintCategory.DocumentsKept, "KH-2", "កែវ តារា (fictitious)", "The agency keeps my passport.");
        investigated.Acknowledge(By(18));
        investigated.Investigate(now.AddDays(-4), By(18));
        var conciliation = File("C-DEMA-2348", 58, agencies[2], ComplaintCategory.AbuseOrViolence, "KH-17", "ចាន់ ស្រីមុំ (fictitious)", "My employer hit me; the agency did not help.");
        conciliation.Acknowledge(By(55));
        conciliation.Investigate(now.AddDays(-41), By(55));
        conciliation.StartConciliation(By(30));
        var resolved = File("C-DEMA-2349", 45, agencies[1], ComplaintCategory.ContractProblem, "KH-1", "លី រិទ្ធី (fictitious)", "The contract I signed abroad was not the one I saw at home.");
        resolved.Acknowledge(By(43));
        resolved.Investigate(now.AddDays(-29), By(43));
        resolved.Resolve(new Settlement(300m, false, false, "The agency refunds 300 USD of fees."), By(20));
        resolved.Close(By(19));
        var unlicensed = File("C-DEMA-2352", 3, null, ComplaintCategory.JobDeception, "KH-1", "មាស ចិន្តា (fictitious)", "A broker promised factory work and took my money.");
        Complaint[] complaints = [overdue, fresh, investigated, conciliation, resolved, unlicensed];
        // Demo history: nobody is notified of it.
        foreach (var complaint in complaints) complaint.TakeEvents();
        return complaints;
    }
}
