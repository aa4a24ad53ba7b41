namespace Licensing.Bench.Generation;

/// <summary>One worker and their deployment, kept small: millions of them are held while the two tables are written.</summary>
public readonly record struct WorkerPlan(
    Guid Id, Guid DeploymentId, int Agency, int JobOrder, string Province, bool Female, string Status, DateOnly? Departed, DateOnly? Returned, DateTimeOffset Registered);

/// <summary>Workers, each with one deployment (preparing, deployed or returned), and repatriation cases for some.</summary>
public sealed class WorkerRows(Fake fake, ReferenceData reference, DateOnly today)
{
    public WorkerPlan[] Plan(Scale scale, IReadOnlyList<GeneratedAgency> agencies)
    {
        var first = today.AddYears(-6);
        var plans = new WorkerPlan[scale.Workers];
        for (var i = 0; i < plans.Length; i++)
        {
            var agency = fake.Skewed(agencies, 1.6).Index;
            var roll = fake.Random.NextDouble();
            DateOnly? departed = roll < 0.12 ? null : fake.DayBetween(first, today.AddDays(-14));
            DateOnly? returned = departed is { } d && roll > 0.70 ? d.AddMonths(fake.Random.Next(6, 40)) : null;
            if (returned > today) returned = null;
            var status = departed is null ? "Preparing" : returned is null ? "Deployed" : "Returned";
            var registered = fake.MomentOn((departed ?? today).AddDays(-fake.Random.Next(60, 120)));
            plans[i] = new WorkerPlan(Guid.Empty, Guid.Empty, agency, fake.Random.Next(agencies[agency].JobOrders.Count),
                fake.Skewed(reference.Provinces), fake.Chance(0.55), status, departed, returned, registered);
        }
        // A register grows in the order workers are registered: rows (and their time-ordered ids) follow it.
        Array.Sort(plans, (a, b) => a.Registered.CompareTo(b.Registered));
        for (var i = 0; i < plans.Length; i++) plans[i] = plans[i] with { Id = Guid.CreateVersion7(), DeploymentId = Guid.CreateVersion7() };
        return plans;
    }

    public IEnumerable<object?[]> Workers(WorkerPlan[] plans, IReadOnlyList<GeneratedAgency> agencies)
    {
        for (var i = 0; i < plans.Length; i++)
        {
            var w = plans[i];
            var country = agencies[w.Agency].JobOrders[w.JobOrder].Country;
            var (km, latin) = fake.PersonName();
            yield return
            [
                w.Id, agencies[w.Agency].Id, km, latin, w.Female ? "Female" : "Male", fake.DayBetween(new DateOnly(1970, 1, 1), new DateOnly(2006, 1, 1)),
                $"{100_000_000 + i}", $"G{i:D8}", fake.Phone(), w.Registered, w.Province, $"District {fake.Random.Next(1, 15)}", $"Commune {fake.Random.Next(1, 20)}",
                $"Village {fake.Random.Next(1, 30)}", fake.PersonName().Latin, fake.Phone(), Guid.NewGuid(), w.Status, country,
            ];
        }
    }

    public static readonly string[] WorkerColumns =
    [
        "Id", "AgencyId", "NameKm", "NameLatin", "Sex", "DateOfBirth", "NationalId", "PassportNumber", "Phone", "RegisteredAt", "Home_ProvinceCode",
        "Home_District", "Home_Commune", "Home_Village", "EmergencyContact_Name", "EmergencyContact_Phone", "Version",
        "LatestStatus", "LatestCountryCode",
    ];

    public IEnumerable<object?[]> Deployments(WorkerPlan[] plans, IReadOnlyList<GeneratedAgency> agencies)
    {
        foreach (var w in plans)
        {
            var agency = agencies[w.Agency];
            var job = agency.JobOrders[w.JobOrder];
            var prepared = w.Departed ?? today.AddDays(-fake.Random.Next(1, 60));
            var gone = w.Departed is not null;
            var centre = agency.Sites.FirstOrDefault(s => s.Kind == "TrainingCentre")?.Id;
            yield return
            [
                w.DeploymentId, w.Id, job.Id, agency.Id, job.Country, job.Sector, w.Status, w.Status == "Returned" ? null : w.Id.ToString(),
                fake.MomentOn(prepared.AddDays(-60)), gone ? w.Departed!.Value.AddDays(1) : null,
                prepared.AddDays(-45), "Calmette Hospital", true, true,
                gone ? centre : null, gone ? prepared.AddDays(-20) : null, gone ? 150m : null, gone ? "Law, culture, language, safety" : null,
                gone ? prepared.AddDays(-15) : null, gone ? "wage,hours,leave,accommodation" : null,
                gone ? prepared.AddDays(-50) : null, gone ? prepared.AddYears(10).AddDays(-50) : null, gone ? $"V{fake.Random.Next(1_000_000, 9_999_999)}" : null,
                gone ? prepared.AddDays(-10) : null, gone ? prepared.AddYears(2) : null,
                w.Departed, gone ? "Phnom Penh International Airport" : null,
                w.Returned is null ? null : fake.Chance(0.9) ? "CompletedContract" : "TerminatedEarly", w.Returned, w.Returned is null ? null : w.Province,
                Guid.NewGuid(), "Safe",
            ];
        }
    }

    public static readonly string[] DeploymentColumns =
    [
        "Id", "WorkerId", "JobOrderId", "AgencyId", "CountryCode", "SectorCode", "Status", "OpenSlot", "CreatedAt", "ArrivedOn",
        "Medical_ExaminedOn", "Medical_Clinic", "Medical_PhysicallyFit", "Medical_MentallyFit",
        "Orientation_TrainingCentreId", "Orientation_CompletedOn", "Orientation_Hours", "Orientation_Topics",
        "Contract_SignedOn", "Contract_Clauses",
        "Travel_PassportIssuedOn", "Travel_PassportExpiresOn", "Travel_VisaNumber", "Travel_VisaIssuedOn", "Travel_VisaExpiresOn",
        "Departure_DepartedOn", "Departure_DeparturePoint", "Return_Outcome", "Return_ReturnedOn", "Return_ProvinceCode", "Version", "Welfare",
    ];

    /// <summary>About one deployed worker in a hundred has asked to come home early.</summary>
    public IEnumerable<object?[]> Repatriations(WorkerPlan[] plans) => plans.Where(w => w.Status == "Deployed" && fake.Chance(0.01)).Select(w =>
    {
        var opened = fake.MomentOn(fake.DayBetween(w.Departed!.Value, today));
        return new object?[]
        {
            Guid.CreateVersion7(), w.DeploymentId, fake.Pick(new[] { "Termination", "Illness", "Abuse", "Emergency" }), fake.Pick(new[] { "Worker", "Family", "Embassy" }),
            fake.Pick(new[] { "Employer", "Agency" }), null, fake.Chance(0.7) ? "InProgress" : "Requested", null, opened, "generator@mlvt.gov.kh",
        };
    });

    public static readonly string[] RepatriationColumns = ["Id", "DeploymentId", "Reason", "RequestedBy", "PaidBy", "Notes", "Status", "ReturnDate", "OpenedAt", "OpenedBy"];
}
