using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Documents;
using Licensing.Domain.Licences;
using Licensing.Domain.Workers;

namespace Licensing.Domain.Tests.Workers;

public sealed class DeploymentTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly Actor Staff = new(Guid.NewGuid(), "staff@agency.test", new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));
    private static readonly Guid AgencyId = Guid.NewGuid();
    private static readonly Guid Centre = Guid.NewGuid();
    private static readonly ContractClause Wage = new("wage-payment", new("ប្រាក់ឈ្នួល", "Wage and payment"), 1, isDefault: true);

    private static Worker NewWorker() => new(AgencyId, "សុខ ចន្ទា", "Sok Chanda", Sex.Female, Today.AddYears(-24), "0123 456-789", "n 1234567",
        new HomeAddress("KH-2", "Sangkae", "Ta Pon", "Ta Pon Village"), "+855 12 000 111", new EmergencyContact("Sok Dara", "+855 12 000 222"), Staff.At);

    private static JobOrder NewJobOrder(string country = "TH", string sector = "construction") =>
        new(AgencyId, new JobOffer(country, "Bangkok Builders Co.", "Bangkok", sector, "Mason", 10, 12000m, "THB", 24), Staff);

    private static DepartureContext Context(Worker worker, LicenceStatus licence = LicenceStatus.Active) =>
        new(true, [Centre], [Wage], worker.PassportNumber, worker.DateOfBirth, new DepartureRules(18, 6, 90, 30), [], licence);

    private static Deployment Prepared(Worker worker)
    {
        var deployment = Deployment.Start(worker, NewJobOrder(), Staff);
        deployment.RecordMedical(new MedicalCheck(Today.AddDays(-20), "Clinic", true, true));
        deployment.RecordOrientation(new Orientation(Centre, Today.AddDays(-5), 36m, string.Join(',', PdotTopics.All.Select(t => t.Code))));
        deployment.RecordContract(new PlacementContract(Today.AddDays(-3), "wage-payment"));
        deployment.AttachSignedContract(new StoredDocument("k", "contract.pdf", "application/pdf", 10, "00"));
        deployment.RecordTravelDocuments(new TravelDocuments(Today.AddYears(-1), Today.AddYears(9), "V1", Today.AddDays(-10), Today.AddYears(2)));
        return deployment;
    }

    private static Deployment Deployed(Worker worker)
    {
        var deployment = Prepared(worker);
        var clearance = DepartureClearance.Issue(deployment, Context(worker), "DC-2026-000001", Today, Staff);
        deployment.Deploy(new Departure(Today, "Poipet International Border Checkpoint"), clearance, Today);
        return deployment;
    }

    [Fact]
    public void NewWorker_IdentityNumbersAreNormalisedAndMaskable()
    {
        var worker = NewWorker();
        Assert.Equal(("0123456789", "N1234567"), (worker.NationalId, worker.PassportNumber));
        Assert.Equal("••••6789", IdentityNumbers.Mask(worker.NationalId));
        Assert.Equal(24, worker.AgeOn(Today));
    }

    [Fact]
    [Trait("Rule", "R17")]
    public void Start_ForARejectedJobOrder_IsAConflict()
    {
        var order = NewJobOrder();
        order.Reject("Employer unknown", Staff);
        Assert.Equal("job_order_rejected", Assert.Throws<DomainException>(() => Deployment.Start(NewWorker(), order, Staff)).Code);
    }

    [Fact]
    public void JobOrder_IsDecidedOnce()
    {
        var order = NewJobOrder();
        order.Approve(null, Staff);
        Assert.Equal(DomainErrorKind.Conflict, Assert.Throws<DomainException>(() => order.Reject("late", Staff)).Kind);
    }

    [Fact]
    [Trait("Rule", "R15")]
    [Trait("Rule", "R18")]
    [Trait("Rule", "R32")]
    public void Clearance_WithTheGateIncomplete_ListsEveryMissingCondition()
    {
        var worker = NewWorker();
        var deployment = Deployment.Start(worker, NewJobOrder(), Staff);

        var error = Assert.Throws<DomainException>(() => DepartureClearance.Issue(deployment, Context(worker, LicenceStatus.Suspended), "DC-2026-000001", Today, Staff));

        Assert.Equal(("clearance_refused", DomainErrorKind.Conflict), (error.Code, error.Kind));
        Assert.Contains(error.Details, d => d.Code == "medical_missing");
        Assert.Contains(error.Details, d => d.Code == "licence_not_active");
        Assert.Contains("អាជ្ញាប័ណ្ណ", Catalogue.Words(error, "km"));
        Assert.Equal(DeploymentStatus.Preparing, deployment.Status);
    }

    [Fact]
    public void Deploy_WithTheGateComplete_RecordsTheDeparture()
    {
        var deployment = Deployed(NewWorker());
        Assert.Equal(DeploymentStatus.Deployed, deployment.Status);
        Assert.Equal("Poipet International Border Checkpoint", deployment.Departure!.DeparturePoint);
    }

    [Fact]
    public void PreDepartureRecords_AfterDeparture_AreAConflict()
    {
        var deployment = Deployed(NewWorker());
        Assert.Equal("worker_departed", Assert.Throws<DomainException>(() => deployment.RecordMedical(new MedicalCheck(Today, "Clinic", true, true))).Code);
    }

    [Fact]
    [Trait("Rule", "R16")]
    public void Orientation_WithAnUnknownTopicOrNoHours_IsInvalid()
    {
        var deployment = Deployment.Start(NewWorker(), NewJobOrder(), Staff);
        Assert.Equal("pdot_topic_unknown", Assert.Throws<DomainException>(() => deployment.RecordOrientation(new Orientation(Centre, Today, 10m, "duties,cooking"))).Code);
        Assert.Equal("pdot_hours_missing", Assert.Throws<DomainException>(() => deployment.RecordOrientation(new Orientation(Centre, Today, 0m, "duties"))).Code);
    }

    [Fact]
    [Trait("Rule", "R20")]
    public void OnSiteServices_AreLoggedOnlyWhileAbroad()
    {
        var worker = NewWorker();
        var preparing = Deployment.Start(worker, NewJobOrder(), Staff);
        Assert.Equal("worker_not_abroad", Assert.Throws<DomainException>(() => preparing.LogOnSiteService(Today, ContactChannel.Phone, "x", null, null, Staff)).Code);

        var deployed = Deployed(worker);
        var contact = deployed.LogOnSiteService(Today.AddDays(30), ContactChannel.Visit, "Visited the site", "Wages paid late", null, Staff);
        Assert.True(contact.ProblemOpen);
        Assert.Equal("date_before_departure",
            Assert.Throws<DomainException>(() => deployed.LogOnSiteService(Today.AddDays(-1), ContactChannel.Phone, "x", null, null, Staff)).Code);
    }

    [Fact]
    public void Arrival_IsConfirmedOnce()
    {
        var deployment = Deployed(NewWorker());
        deployment.ConfirmArrival(Today.AddDays(1));
        Assert.Equal("arrival_already_confirmed", Assert.Throws<DomainException>(() => deployment.ConfirmArrival(Today.AddDays(2))).Code);
    }

    [Fact]
    [Trait("Rule", "R21")]
    [Trait("Rule", "R30")]
    public void Repatriation_OneOpenCaseAtATime_CompletedByTheReturn()
    {
        var deployment = Deployed(NewWorker());
        var repatriation = deployment.OpenRepatriation(RepatriationReason.Illness, RepatriationRequester.Family, RepatriationPayer.Employer, null, Staff);
        Assert.Equal("repatriation_open",
            Assert.Throws<DomainException>(() => deployment.OpenRepatriation(RepatriationReason.Abuse, RepatriationRequester.Worker, RepatriationPayer.Agency, null, Staff)).Code);
        deployment.UpdateRepatriation(repatriation.Id, RepatriationStatus.InProgress, null, "Flight booked");

        deployment.RecordReturn(new ReturnRecord(ReturnOutcome.Repatriated, Today.AddDays(60), "KH-2"));

        Assert.Equal((DeploymentStatus.Returned, RepatriationStatus.Completed, (string?)null), (deployment.Status, repatriation.Status, deployment.OpenSlot));
        Assert.Equal(Today.AddDays(60), repatriation.ReturnDate);
    }

    [Fact]
    [Trait("Rule", "R21")]
    [Trait("Rule", "R30")]
    public void ReturnAsRepatriated_WithoutACase_IsInvalid()
    {
        var deployment = Deployed(NewWorker());
        Assert.Equal("repatriation_case_missing",
            Assert.Throws<DomainException>(() => deployment.RecordReturn(new ReturnRecord(ReturnOutcome.Repatriated, Today.AddDays(5), "KH-2"))).Code);
    }

    [Fact]
    [Trait("Rule", "R28")]
    public void Fees_AddUp_AndANonPositiveFeeIsInvalid()
    {
        var deployment = Deployment.Start(NewWorker(), NewJobOrder(), Staff);
        deployment.RecordFee("Medical check", 40m, Today, "R-1", Staff);
        deployment.RecordFee("Training", 120m, Today, "R-2", Staff);
        Assert.Equal(160m, deployment.TotalFeesUsd);
        Assert.Equal(DomainErrorKind.Invalid, Assert.Throws<DomainException>(() => deployment.RecordFee("x", 0m, Today, "R-3", Staff)).Kind);
    }
}
