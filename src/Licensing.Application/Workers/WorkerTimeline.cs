using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Calendar;

namespace Licensing.Application.Workers;

/// <summary>A worker's whole history on one line of (Phnom Penh) dates: registration, and for each deployment every step from recruitment to return.</summary>
public static class WorkerTimeline
{
    /// <summary>Event is a code the pages translate (Registered, Departed, …); Detail is what was recorded.</summary>
    public sealed record Entry(DateOnly On, string Event, string Detail);

    public static IReadOnlyList<Entry> Of(DateTimeOffset registeredAt, IReadOnlyList<GetWorker.DeploymentView> deployments)
    {
        var entries = new List<Entry> { new(PhnomPenh.DateOf(registeredAt), "Registered", "") };
        foreach (var d in deployments)
        {
            var job = d.JobOrder;
            entries.Add(new(PhnomPenh.DateOf(d.CreatedAt), "AssignedToJobOrder", $"{job.Occupation}, {job.EmployerName} ({job.CountryCode})"));
            if (d.Medical is { } m) entries.Add(new(m.ExaminedOn, "MedicalCheck", $"{m.Clinic}: {Health(m)}"));
            if (d.Orientation is { } o) entries.Add(new(o.CompletedOn, "Orientation", $"{o.TrainingCentreName}, {o.Hours:0.#} h"));
            if (d.Contract is { } c) entries.Add(new(c.SignedOn, "ContractSigned", ""));
            foreach (var fee in d.Fees?.Items ?? []) entries.Add(new(fee.PaidOn, "FeeCharged", $"{fee.Description}: {Amounts.Written(fee.AmountUsd)}"));
            foreach (var clearance in d.Clearances) entries.Add(new(clearance.IssuedOn, "ClearanceIssued", clearance.Number));
            if (d.Departure is { } departure) entries.Add(new(departure.DepartedOn, "Departed", departure.DeparturePoint));
            if (d.ArrivedOn is { } arrived) entries.Add(new(arrived, "Arrived", job.CountryCode));
            foreach (var s in d.OnSiteServices) entries.Add(new(s.ContactedOn, "OnSiteContact", string.Join(" · ", new[] { s.Notes, s.Problem, s.Resolution }.Where(x => x is not null))));
            foreach (var r in d.Repatriations) entries.Add(new(PhnomPenh.DateOf(r.OpenedAt), "RepatriationOpened", r.Reason.ToString()));
            if (d.Return is { } back) entries.Add(new(back.ReturnedOn, "Returned", back.Outcome.ToString()));
        }
        return entries.OrderBy(e => e.On).ToList();
    }

    private static string Health(Domain.Workers.MedicalCheck m) =>
        Catalogue.Say(Keys.PhysicalHealth) + (m.PhysicallyFit ? Catalogue.Say(Keys.Fit) : Catalogue.Say(Keys.Unfit))
        + Catalogue.Say(Keys.MentalHealth)
        + (m.MentallyFit switch { true => Catalogue.Say(Keys.Fit), false => Catalogue.Say(Keys.Unfit), null => Catalogue.Say(Keys.NotRecorded) });
}
