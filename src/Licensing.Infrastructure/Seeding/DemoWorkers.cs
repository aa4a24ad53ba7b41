using Licensing.Domain.Agencies;
using Licensing.Domain.Calendar;
using Licensing.Domain.Common;
using Licensing.Domain.Documents;
using Licensing.Domain.Licences;
using Licensing.Domain.Workers;

namespace Licensing.Infrastructure.Seeding;

/// <summary>
/// Job orders and 30 fictitious workers of the first demo agency at every stage: registered,
/// preparing (some conditions missing), abroad (with fees and on-site contacts), and returned
/// (contract completed or repatriated). Everyone who left did so against a departure clearance issued a few days
/// before. Names are common Khmer names put together at random.
/// </summary>
public static class DemoWorkers
{
    public const int Count = 30;

    private static readonly (string Km, string Latin)[] FamilyNames =
        [("សុខ", "Sok"), ("ចាន់", "Chan"), ("កែវ", "Keo"), ("ហេង", "Heng"), ("លី", "Ly"), ("មាស", "Meas"), ("ពេជ្រ", "Pich"), ("សេង", "Seng")];

    private static readonly (string Km, string Latin, Sex Sex)[] GivenNames =
    [
        ("តារា", "Dara", Sex.Male), ("សុភា", "Sophea", Sex.Female), ("វណ្ណា", "Vanna", Sex.Male), ("ស្រីមុំ", "Sreymom", Sex.Female),
        ("បុប្ផា", "Bopha", Sex.Female), ("រិទ្ធី", "Rithy", Sex.Male), ("វុទ្ធី", "Vuthy", Sex.Male), ("ចិន្តា", "Chenda", Sex.Female), ("សុខា", "Sokha", Sex.Male),
    ];

    private static readonly (string Code, string District)[] Homes =
        [("KH-2", "Sangkae"), ("KH-2", "Moung Ruessei"), ("KH-1", "Mongkol Borei"), ("KH-17", "Puok"), ("KH-14", "Peam Ro"), ("KH-3", "Batheay")];

    public sealed record Demo(IReadOnlyList<JobOrder> JobOrders, IReadOnlyList<Worker> Workers, IReadOnlyList<Deployment> Deployments, IReadOnlyList<DepartureClearance> Clearances);

    public static Demo Create(Agency agency, IReadOnlyList<ContractClause> clauses, StoredDocument signedContract, DateTimeOffset now)
    {
        var random = new Random(252);
        var today = PhnomPenh.DateOf(now);
        var staff = On(today.AddMonths(-30));
        var orders = new List<JobOrder>
        {
            Order(agency, "TH", "Chonburi Construction Co., Ltd. (fictitious)", "construction", "Mason", 12000m, "THB", staff),
            Order(agency, "SG", "Jurong Precision Engineering Pte. Ltd. (fictitious)", "manufacturing", "Machine operator", 1_900m, "SGD", staff),
            Order(agency, "JP", "Kumamoto Farm Cooperative (fictitious)", "agriculture", "Farm worker", 180_000m, "JPY", staff),
            Order(agency, "MY", "Penang Electronics Sdn. Bhd. (fictitious)", "manufacturing", "Assembly worker", 1_700m, "MYR", staff),
        };
        foreach (var order in orders.Take(3))
        {
            order.Approve("Employer and work permit verified.", new Actor(null, "officer@licensing.example", staff.At.AddDays(3)));
            order.TakeEvents(); // demo history: nobody is notified of it
        }

        var workers = new List<Worker>();
        var deployments = new List<Deployment>();
        var centre = agency.TrainingCentres[0].Id;
        var context = new DepartureContext(true, [centre], clauses, null, default, new DepartureRules(18, 6, 90, 30), [], LicenceStatus.Active);
        var clearances = new List<DepartureClearance>();
        for (var i = 0; i < Count; i++)
        {
            var (family, given, home) = (FamilyNames[random.Next(FamilyNames.Length)], GivenNames[random.Next(GivenNames.Length)], Homes[random.Next(Homes.Length)]);
            var departed = today.AddDays(-random.Next(30, 30 * 28));
            var registered = On(departed.AddDays(-90));
            var worker = new Worker(agency.Id, $"{family.Km} {given.Km}", $"{family.Latin} {given.Latin}", given.Sex, departed.AddYears(-random.Next(19, 36)).AddDays(-random.Next(365)),
                $"9{i + 1:D8}", i % 10 == 0 ? null : $"N{7000000 + i}", new HomeAddress(home.Code, home.District, "Commune " + (1 + i % 7), "Village " + (1 + i % 11)),
                $"+855 1{i % 9} {100 + i} {200 + i}", new EmergencyContact($"{family.Latin} (parent)", $"+855 1{i % 7} {300 + i} {400 + i}"), registered.At);
            workers.Add(worker);
            if (i % 10 == 0) continue;

            var order = i < 6 ? orders[i % 2 == 0 ? 0 : 3] : orders[i % 3];
            var deployment = Deployment.Start(worker, order, registered);
            deployments.Add(deployment);
            var steps = i < 6 ? i : 6;
            if (steps >= 1) deployment.RecordMedical(new MedicalCheck(departed.AddDays(-60), "Phnom Penh Medical Centre (fictitious)", PhysicallyFit: true, MentallyFit: true));
            if (steps >= 2) deployment.RecordOrientation(new Orientation(centre, departed.AddDays(-30), 40m, string.Join(',', PdotTopics.All.Select(t => t.Code))));
            if (steps >= 3) deployment.RecordContract(new PlacementContract(departed.AddDays(-20), string.Join(',', clauses.Select(c => c.Code))));
            if (steps >= 4) deployment.AttachSignedContract(signedContract);
            if (steps >= 5) deployment.RecordTravelDocuments(new TravelDocuments(departed.AddDays(-80), departed.AddYears(10), $"V{880000 + i}", departed.AddDays(-15), departed.AddYears(2)));
            deployment.RecordFee("Passport and visa processing", 80m + 10 * (i % 5), departed.AddDays(-40), $"R-{1000 + i}", registered);
            if (i < 6) continue;

            var clearedOn = departed.AddDays(-random.Next(1, 10));
            var clearance = DepartureClearance.Issue(deployment, context with { PassportNumber = worker.PassportNumber, DateOfBirth = worker.DateOfBirth },
                DepartureClearance.FormatNumber(clearedOn.Year, 1 + clearances.Count(c => c.IssuedOn.Year == clearedOn.Year)), clearedOn, On(clearedOn));
            clearances.Add(clearance);
            deployment.Deploy(new Departure(departed, i % 2 == 0 ? "Phnom Penh International Airport" : "Poipet International Border Checkpoint"), clearance, today);
            deployment.ConfirmArrival(departed.AddDays(1));
            deployment.LogOnSiteService(departed.AddDays(30), ContactChannel.Phone, "Called the worker: settled, paid on time.", null, null, registered);
            if (i % 4 == 1)
            {
                deployment.LogOnSiteService(departed.AddDays(75), ContactChannel.Visit, "Visited the dormitory with the employer.", "Overtime not paid for May", "Employer paid the overtime after the visit.", registered);
            }
            if (i % 7 == 0 && departed.AddMonths(6) < today)
            {
                deployment.OpenRepatriation(RepatriationReason.Illness, RepatriationRequester.Family, RepatriationPayer.Employer, "Hospital report received.", On(departed.AddMonths(5)));
                deployment.RecordReturn(new ReturnRecord(ReturnOutcome.Repatriated, departed.AddMonths(6), home.Code));
            }
            else if (departed.AddMonths(24) < today)
            {
                deployment.RecordReturn(new ReturnRecord(ReturnOutcome.CompletedContract, departed.AddMonths(24), home.Code));
            }
        }
        return new Demo(orders, workers, deployments, clearances);
    }

    private static Actor On(DateOnly day) => new(null, "agency@licensing.example", new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    private static JobOrder Order(Agency agency, string country, string employer, string sector, string occupation, decimal wage, string currency, Actor by) =>
        new(agency.Id, new JobOffer(country, employer, "Industrial Estate, Road 1", sector, occupation, 20, wage, currency, 24), by);
}
