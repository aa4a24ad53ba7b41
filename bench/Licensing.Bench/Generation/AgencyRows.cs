namespace Licensing.Bench.Generation;

public sealed record GeneratedJobOrder(Guid Id, string Country, string Sector);

public sealed record GeneratedSite(Guid? Id, string Kind, string Province, string Address);

public sealed record GeneratedAgency(Guid Id, int Index, string Province, IReadOnlyList<GeneratedJobOrder> JobOrders, IReadOnlyList<GeneratedSite> Sites);

/// <summary>Agencies with their licence, branches, training centres and approved job orders.</summary>
public sealed class AgencyRows(Fake fake, ReferenceData reference, DateOnly today)
{
    private const int JobOrdersPerAgency = 20;

    public IReadOnlyList<GeneratedAgency> Plan(Scale scale)
    {
        var agencies = new List<GeneratedAgency>(scale.Agencies);
        for (var i = 0; i < scale.Agencies; i++)
        {
            var province = i % 3 == 0 ? reference.Provinces[0] : fake.Skewed(reference.Provinces);
            var sites = new List<GeneratedSite> { new(null, "HeadOffice", province, $"No. {i + 1}, Street {fake.Random.Next(1, 600)}, {province}") };
            var jobOrders = Enumerable.Range(0, JobOrdersPerAgency).Select(_ => Offer()).ToList();
            agencies.Add(new GeneratedAgency(Guid.CreateVersion7(), i, province, jobOrders, sites));
        }
        for (var s = 0; s < scale.BranchesAndCentres; s++)
        {
            var owner = (List<GeneratedSite>)agencies[s % scale.Agencies].Sites;
            var province = fake.Skewed(reference.Provinces);
            owner.Add(new GeneratedSite(Guid.CreateVersion7(), s % 3 == 2 ? "TrainingCentre" : "Branch", province, $"Building {s + 1}, National Road {fake.Random.Next(1, 80)}, {province}"));
        }
        return agencies;
    }

    public IEnumerable<object?[]> Agencies(IEnumerable<GeneratedAgency> agencies) => agencies.Select(a =>
    {
        var (en, km) = fake.AgencyName(a.Index);
        return new object?[]
        {
            a.Id, $"GEN-{a.Index:D5}", $"K{a.Index:D9}", fake.Phone(), $"agency{a.Index}@example.com.kh", $"{fake.PersonName().Latin}; {fake.PersonName().Latin}",
            a.Sites[0].Address, a.Province, en, km, Guid.NewGuid(), false,
        };
    });

    public static readonly string[] AgencyColumns =
        ["Id", "RegistrationNumber", "TaxNumber", "Phone", "Email", "Directors", "HeadOffice_Line", "HeadOffice_ProvinceCode", "Name_En", "Name_Km", "Version", "IsPublicAgency"];

    /// <summary>Mostly active licences; a few suspended, revoked or expired. Numbers from 5000 up in their year, clear of the demo's.</summary>
    public IEnumerable<object?[]> Licences(IEnumerable<GeneratedAgency> agencies) => agencies.Select(a =>
    {
        var issued = fake.DayBetween(today.AddDays(-700), today.AddDays(-10));
        var roll = fake.Random.NextDouble();
        var status = roll < 0.92 ? "Active" : roll < 0.95 ? "Suspended" : roll < 0.97 ? "Revoked" : "Expired";
        return new object?[]
        {
            Guid.CreateVersion7(), $"PRA-{issued.Year}-{5000 + a.Index:D4}", a.Id, $"GEN-{a.Index:D5}", issued, status == "Expired" ? today.AddDays(-fake.Random.Next(1, 60)) : issued.AddYears(2),
            status, Guid.NewGuid(), status is "Active" or "Expired" ? null : "Generated sanction", status == "Suspended" ? today.AddMonths(3) : null, false,
        };
    });

    public static readonly string[] LicenceColumns =
        ["Id", "Number", "AgencyId", "RegistrationNumber", "IssuedOn", "ExpiresOn", "Status", "Version", "StatusReason", "SuspendedUntil", "RenewalPending"];

    public static IEnumerable<object?[]> Branches(IEnumerable<GeneratedAgency> agencies) =>
        agencies.SelectMany(a => a.Sites.Where(s => s.Kind == "Branch").Select((s, n) => new object?[] { s.Id, a.Id, $"Branch {n + 1}", s.Address, s.Province }));

    public static readonly string[] BranchColumns = ["Id", "AgencyId", "Name", "Address_Line", "Address_ProvinceCode"];

    public IEnumerable<object?[]> TrainingCentres(IEnumerable<GeneratedAgency> agencies) =>
        agencies.SelectMany(a => a.Sites.Where(s => s.Kind == "TrainingCentre").Select((s, n) => new object?[] { s.Id, a.Id, $"Training centre {n + 1}", fake.Random.Next(20, 200), s.Address, s.Province }));

    public static readonly string[] TrainingCentreColumns = ["Id", "AgencyId", "Name", "Capacity", "Address_Line", "Address_ProvinceCode"];

    public IEnumerable<object?[]> JobOrders(IEnumerable<GeneratedAgency> agencies) => agencies.SelectMany(a => a.JobOrders.Select(j =>
    {
        var created = fake.MomentOn(fake.DayBetween(today.AddYears(-6), today.AddDays(-90)));
        return new object?[]
        {
            j.Id, a.Id, "Approved", created, "generator@mlvt.gov.kh", created.AddDays(5), "officer@mlvt.gov.kh", null,
            j.Country, $"Employer {fake.Random.Next(1, 100_000)}", $"Industrial estate {fake.Random.Next(1, 500)}", j.Sector, "Production worker",
            fake.Random.Next(10, 500), (decimal)fake.Random.Next(350, 1_800), "USD", fake.Pick(new[] { 12, 24, 36 }), Guid.NewGuid(),
        };
    }));

    public static readonly string[] JobOrderColumns =
    [
        "Id", "AgencyId", "Status", "CreatedAt", "CreatedBy", "DecidedAt", "DecidedBy", "DecisionNote", "Offer_CountryCode", "Offer_EmployerName", "Offer_EmployerAddress",
        "Offer_SectorCode", "Offer_Occupation", "Offer_WorkersRequested", "Offer_MonthlyWage", "Offer_Currency", "Offer_ContractMonths", "Version",
    ];

    private GeneratedJobOrder Offer() => new(Guid.CreateVersion7(), fake.Skewed(reference.Countries), fake.Pick(reference.Sectors));
}
