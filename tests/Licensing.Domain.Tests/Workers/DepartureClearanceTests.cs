using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Documents;
using Licensing.Domain.Licences;
using Licensing.Domain.Workers;

namespace Licensing.Domain.Tests.Workers;

/// <summary>R32: the system issues the clearance on the day it is asked for; the departure is recorded against it on its real date.</summary>
[Trait("Rule", "R32")]
public sealed class DepartureClearanceTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);
    private static readonly Actor Staff = new(Guid.NewGuid(), "staff@agency.test", new DateTimeOffset(2026, 12, 4, 3, 0, 0, TimeSpan.Zero));
    private static readonly Guid AgencyId = Guid.NewGuid();
    private static readonly Guid Centre = Guid.NewGuid();
    private static readonly ContractClause Wage = new("wage-payment", new("ប្រាក់ឈ្នួល", "Wage and payment"), 1, isDefault: true);

    private static (Deployment Deployment, DepartureContext Context) Prepared(DateOnly? medicalOn = null)
    {
        var worker = new Worker(AgencyId, "សុខ ចន្ទា", "Sok Chanda", Sex.Female, Today.AddYears(-24), "0123456789", "N1234567",
            new HomeAddress("KH-2", "Sangkae", "Ta Pon", "Ta Pon"), "+855 12 000 111", new EmergencyContact("Sok Dara", "+855 12 000 222"), Staff.At);
        var order = new JobOrder(AgencyId, new JobOffer("TH", "Bangkok Builders Co.", "Bangkok", "construction", "Mason", 10, 12000m, "THB", 24), Staff);
        var deployment = Deployment.Start(worker, order, Staff);
        deployment.RecordMedical(new MedicalCheck(medicalOn ?? Today.AddDays(-20), "Clinic", true, true));
        deployment.RecordOrientation(new Orientation(Centre, Today.AddDays(-5), 36m, string.Join(',', PdotTopics.All.Select(t => t.Code))));
        deployment.RecordContract(new PlacementContract(Today.AddDays(-3), "wage-payment"));
        deployment.AttachSignedContract(new StoredDocument("k", "contract.pdf", "application/pdf", 10, "00"));
        deployment.RecordTravelDocuments(new TravelDocuments(Today.AddYears(-1), Today.AddYears(9), "V1", Today.AddDays(-10), Today.AddYears(2)));
        var context = new DepartureContext(true, [Centre], [Wage], worker.PassportNumber, worker.DateOfBirth, new DepartureRules(18, 6, 90, 30), [], LicenceStatus.Active);
        return (deployment, context);
    }

    private static (Deployment Deployment, DepartureClearance Clearance) Cleared(DateOnly? medicalOn = null)
    {
        var (deployment, context) = Prepared(medicalOn);
        return (deployment, DepartureClearance.Issue(deployment, context, "DC-2026-000042", Today, Staff));
    }

    [Fact]
    public void Issued_IsValidForTheSetDays_FromTheDayItWasAskedFor()
    {
        var (_, clearance) = Cleared();
        Assert.Equal((ClearanceStatus.Valid, Today, Today.AddDays(29), "DC-2026-000042"), (clearance.Status, clearance.IssuedOn, clearance.ValidUntil, clearance.Number));
    }

    [Fact]
    public void Issued_EndsWhenTheHealthCheckRunsOut()
    {
        var (_, clearance) = Cleared(medicalOn: Today.AddDays(-80));
        Assert.Equal(Today.AddDays(10), clearance.ValidUntil);
    }

    [Fact]
    public void Departure_Today_UsesTheClearance()
    {
        var (deployment, clearance) = Cleared();
        deployment.Deploy(new Departure(Today, "Phnom Penh International Airport"), clearance, Today);
        Assert.Equal((DeploymentStatus.Deployed, ClearanceStatus.Used, Today, (string?)null), (deployment.Status, clearance.Status, clearance.UsedOn, clearance.OpenSlot));
    }

    [Fact]
    public void Departure_InTheFuture_IsRefused()
    {
        var (deployment, clearance) = Cleared();
        var error = Assert.Throws<DomainException>(() => deployment.Deploy(new Departure(Today.AddDays(1), "Airport"), clearance, Today));
        Assert.Equal(("departure_in_future", DomainErrorKind.Invalid), (error.Code, error.Kind));
        Assert.Equal((DeploymentStatus.Preparing, ClearanceStatus.Valid), (deployment.Status, clearance.Status));
    }

    [Fact]
    public void Departure_BackdatedBeforeTheClearance_IsRefused()
    {
        var (deployment, clearance) = Cleared();
        var error = Assert.Throws<DomainException>(() => deployment.Deploy(new Departure(new DateOnly(2011, 10, 1), "Airport"), clearance, Today));
        Assert.Equal(("departure_before_clearance", DomainErrorKind.Invalid), (error.Code, error.Kind));
        Assert.Contains("មុនថ្ងៃចេញលិខិតអនុញ្ញាត", Catalogue.Words(error, "km"));
    }

    [Fact]
    public void Departure_AfterTheLastDay_IsRefused_AndTheSweepLapsesTheClearance()
    {
        var (deployment, clearance) = Cleared();
        var later = clearance.ValidUntil.AddDays(1);
        Assert.Equal("clearance_lapsed", Assert.Throws<DomainException>(() => deployment.Deploy(new Departure(later, "Airport"), clearance, later)).Code);

        Assert.False(clearance.LapseIfDue(clearance.ValidUntil));
        Assert.True(clearance.LapseIfDue(later));
        Assert.Equal((ClearanceStatus.Lapsed, (string?)null), (clearance.Status, clearance.OpenSlot));
    }

    [Fact]
    public void Departure_WithinTheValidity_RecordedAfterTheSweep_StillCounts()
    {
        var (deployment, clearance) = Cleared();
        clearance.LapseIfDue(clearance.ValidUntil.AddDays(1));
        deployment.Deploy(new Departure(clearance.ValidUntil, "Airport"), clearance, clearance.ValidUntil.AddDays(1));
        Assert.Equal(ClearanceStatus.Used, clearance.Status);
    }

    [Fact]
    public void VoidClearance_AllowsNoDeparture()
    {
        var (deployment, clearance) = Cleared();
        clearance.Void("Licence PRA-2026-0001: Suspended");
        Assert.Equal("clearance_not_valid", Assert.Throws<DomainException>(() => deployment.Deploy(new Departure(Today, "Airport"), clearance, Today)).Code);
        Assert.Equal(ClearanceStatus.Void, clearance.StatusOn(Today));
    }

    [Fact]
    public void UsedClearance_IsNeitherVoidedNorLapsed()
    {
        var (deployment, clearance) = Cleared();
        deployment.Deploy(new Departure(Today, "Airport"), clearance, Today);
        clearance.Void("late suspension");
        Assert.False(clearance.LapseIfDue(Today.AddYears(1)));
        Assert.Equal(ClearanceStatus.Used, clearance.StatusOn(Today.AddYears(1)));
    }

    [Fact]
    public void StatusOn_ShowsAValidClearancePastItsLastDayAsLapsed()
    {
        var (_, clearance) = Cleared();
        Assert.Equal((ClearanceStatus.Valid, ClearanceStatus.Lapsed), (clearance.StatusOn(clearance.ValidUntil), clearance.StatusOn(clearance.ValidUntil.AddDays(1))));
    }

    [Fact]
    public void AClearanceOfAnotherDeployment_IsNotFound()
    {
        var (deployment, _) = Cleared();
        var (_, other) = Cleared();
        Assert.Equal(DomainErrorKind.NotFound, Assert.Throws<DomainException>(() => deployment.Deploy(new Departure(Today, "Airport"), other, Today)).Kind);
    }
}
