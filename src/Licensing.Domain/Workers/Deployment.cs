using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Documents;
using Licensing.Domain.Licences;
using Licensing.Domain.Reference;

namespace Licensing.Domain.Workers;

/// <summary>
/// One journey of a worker abroad for one job order, from recruitment to return: the
/// pre-departure record (medical check, PDOT, placement contract, travel documents), fees,
/// departure, on-site services, repatriation and return. Preparing → Deployed → Returned; a
/// worker has at most one open deployment at a time, and any number over the years.
/// </summary>
public sealed class Deployment : AggregateRoot
{
    private readonly List<DeploymentFee> _fees = [];
    private readonly List<OnSiteService> _onSiteServices = [];
    private readonly List<RepatriationCase> _repatriations = [];

    private Deployment() { }

    private Deployment(Guid workerId, JobOrder jobOrder, Actor by)
    {
        WorkerId = workerId;
        JobOrderId = jobOrder.Id;
        AgencyId = jobOrder.AgencyId;
        CountryCode = jobOrder.Offer.CountryCode;
        SectorCode = jobOrder.Offer.SectorCode;
        Status = DeploymentStatus.Preparing;
        OpenSlot = workerId.ToString();
        CreatedAt = by.At;
    }

    public Guid WorkerId { get; private set; }
    public Guid JobOrderId { get; private set; }
    public Guid AgencyId { get; private set; }

    /// <summary>The job order's receiving country and sector, kept here for scoping and statistics.</summary>
    public string CountryCode { get; private set; } = "";
    public string SectorCode { get; private set; } = "";
    public DeploymentStatus Status { get; private set; }
    public Welfare Welfare { get; private set; }

    /// <summary>The worker's id while the deployment is open, null once returned: a unique index allows one open deployment per worker.</summary>
    public string? OpenSlot { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public MedicalCheck? Medical { get; private set; }
    public Orientation? Orientation { get; private set; }
    public PlacementContract? Contract { get; private set; }
    public StoredDocument? SignedContract { get; private set; }
    public TravelDocuments? Travel { get; private set; }
    public Departure? Departure { get; private set; }
    public DateOnly? ArrivedOn { get; private set; }
    public ReturnRecord? Return { get; private set; }

    public IReadOnlyList<DeploymentFee> Fees => _fees;
    public IReadOnlyList<OnSiteService> OnSiteServices => _onSiteServices;
    public IReadOnlyList<RepatriationCase> Repatriations => _repatriations;

    public decimal TotalFeesUsd => _fees.Sum(f => f.AmountUsd);

    public static Deployment Start(Worker worker, JobOrder jobOrder, Actor by)
    {
        if (jobOrder.AgencyId != worker.AgencyId)
        {
            throw new DomainException(ErrorCodes.JobOrderOfOtherAgency, DomainErrorKind.Invalid);
        }
        if (jobOrder.Status == JobOrderStatus.Rejected)
        {
            throw new DomainException(ErrorCodes.JobOrderRejected);
        }
        return new Deployment(worker.Id, jobOrder, by);
    }

    public void RecordMedical(MedicalCheck check)
    {
        RequireStatus(DeploymentStatus.Preparing);
        Medical = check;
    }

    public void RecordOrientation(Orientation orientation)
    {
        RequireStatus(DeploymentStatus.Preparing);
        if (orientation.Hours <= 0)
        {
            throw new DomainException(ErrorCodes.PdotHoursMissing, DomainErrorKind.Invalid);
        }
        if (orientation.TopicCodes.FirstOrDefault(c => !PdotTopics.IsKnown(c)) is { } unknown)
        {
            throw new DomainException(ErrorCodes.PdotTopicUnknown, DomainErrorKind.Invalid, unknown);
        }
        Orientation = orientation with { Topics = string.Join(',', orientation.TopicCodes.Distinct()) };
    }

    public void RecordContract(PlacementContract contract)
    {
        RequireStatus(DeploymentStatus.Preparing);
        Contract = contract with { Clauses = string.Join(',', contract.ClauseCodes.Distinct()) };
    }

    public void AttachSignedContract(StoredDocument file)
    {
        RequireStatus(DeploymentStatus.Preparing);
        SignedContract = file;
    }

    public void RecordTravelDocuments(TravelDocuments travel)
    {
        RequireStatus(DeploymentStatus.Preparing);
        if (travel.PassportExpiresOn <= travel.PassportIssuedOn || travel.VisaExpiresOn < travel.VisaIssuedOn)
        {
            throw new DomainException(ErrorCodes.TravelDatesInvalid, DomainErrorKind.Invalid);
        }
        Travel = travel;
    }

    /// <summary>What the departure clearance would refuse if asked for on <paramref name="on"/>.</summary>
    public IReadOnlyList<DomainErrorDetail> MissingBeforeDeparture(DepartureContext c, DateOnly on) => PreDepartureGate.Missing(FactsOn(c, on));

    internal PreDepartureFacts FactsOn(DepartureContext c, DateOnly on) =>
        new(on, c.JobOrderApproved, Medical, Orientation, c.AgencyTrainingCentres, Contract, SignedContract is not null, c.RequiredClauses,
            c.PassportNumber, Travel, c.DateOfBirth, c.Rules, CountryCode, SectorCode, c.Restrictions, c.AgencyLicence);

    /// <summary>
    /// The worker departs on their real date against the clearance the system issued for this deployment (R32):
    /// not in the future, not before the clearance, and within its validity.
    /// </summary>
    public void Deploy(Departure departure, DepartureClearance clearance, DateOnly today)
    {
        RequireStatus(DeploymentStatus.Preparing);
        if (clearance.DeploymentId != Id) throw DomainException.NotFound();
        if (departure.DepartedOn > today)
        {
            throw new DomainException(ErrorCodes.DepartureInFuture, DomainErrorKind.Invalid);
        }
        clearance.Use(departure.DepartedOn);
        Departure = departure;
        Status = DeploymentStatus.Deployed;
    }

    public void ConfirmArrival(DateOnly arrivedOn)
    {
        RequireStatus(DeploymentStatus.Deployed);
        if (ArrivedOn is not null) throw new DomainException(ErrorCodes.ArrivalAlreadyConfirmed);
        RequireNotBeforeDeparture(arrivedOn);
        ArrivedOn = arrivedOn;
    }

    public DeploymentFee RecordFee(string description, decimal amountUsd, DateOnly paidOn, string receiptNumber, Actor by)
    {
        if (Status == DeploymentStatus.Returned) throw new DomainException(ErrorCodes.DeploymentClosed);
        var fee = new DeploymentFee(Id, description, amountUsd, paidOn, receiptNumber, by);
        _fees.Add(fee);
        return fee;
    }

    public OnSiteService LogOnSiteService(DateOnly contactedOn, ContactChannel channel, string notes, string? problem, string? resolution, Actor by)
    {
        RequireStatus(DeploymentStatus.Deployed);
        RequireNotBeforeDeparture(contactedOn);
        var service = new OnSiteService(Id, contactedOn, channel, notes, problem, resolution, by);
        _onSiteServices.Add(service);
        return service;
    }

    public RepatriationCase OpenRepatriation(RepatriationReason reason, RepatriationRequester requestedBy, RepatriationPayer paidBy, string? notes, Actor by)
    {
        RequireStatus(DeploymentStatus.Deployed);
        if (_repatriations.Any(r => r.IsOpen)) throw new DomainException(ErrorCodes.RepatriationOpen);
        var repatriation = new RepatriationCase(Id, reason, requestedBy, paidBy, notes, by);
        _repatriations.Add(repatriation);
        return repatriation;
    }

    public void UpdateRepatriation(Guid caseId, RepatriationStatus status, DateOnly? returnDate, string? notes)
    {
        var repatriation = _repatriations.SingleOrDefault(r => r.Id == caseId) ?? throw DomainException.NotFound();
        repatriation.Update(status, returnDate, notes);
    }

    /// <summary>The worker is home: the deployment closes and any open repatriation case completes with it.</summary>
    public void RecordReturn(ReturnRecord record)
    {
        RequireStatus(DeploymentStatus.Deployed);
        RequireNotBeforeDeparture(record.ReturnedOn);
        if (record.Outcome == ReturnOutcome.Repatriated && _repatriations.All(r => r.Status == RepatriationStatus.Cancelled))
        {
            throw new DomainException(ErrorCodes.RepatriationCaseMissing, DomainErrorKind.Invalid);
        }
        foreach (var open in _repatriations.Where(r => r.IsOpen)) open.Update(RepatriationStatus.Completed, record.ReturnedOn, null);
        Return = record;
        Status = DeploymentStatus.Returned;
        OpenSlot = null;
    }

    /// <summary>A disappearance case was opened: the worker is missing until the case closes.</summary>
    public void ReportMissing()
    {
        RequireStatus(DeploymentStatus.Deployed);
        Welfare = Welfare.Missing;
    }

    /// <summary>A disappearance case closed: the worker's welfare follows its resolution; returned home closes the deployment.</summary>
    public void ApplyCaseResolution(CaseResolution resolution, DateOnly on, string homeProvinceCode)
    {
        Welfare = resolution switch
        {
            CaseResolution.Detained => Welfare.Detained,
            CaseResolution.InHospital => Welfare.InHospital,
            CaseResolution.Deceased => Welfare.Deceased,
            CaseResolution.StillMissingReferred => Welfare.Missing,
            _ => Welfare.Safe,
        };
        if (resolution == CaseResolution.ReturnedHome && Status == DeploymentStatus.Deployed)
        {
            RecordReturn(new ReturnRecord(ReturnOutcome.TerminatedEarly, on < Departure!.DepartedOn ? Departure.DepartedOn : on, homeProvinceCode));
        }
    }

    private void RequireNotBeforeDeparture(DateOnly date)
    {
        if (date < Departure!.DepartedOn)
        {
            throw new DomainException(ErrorCodes.DateBeforeDeparture, DomainErrorKind.Invalid);
        }
    }

    private void RequireStatus(DeploymentStatus required)
    {
        if (Status == required) return;
        throw required switch
        {
            DeploymentStatus.Preparing => new DomainException(ErrorCodes.WorkerDeparted),
            _ => new DomainException(ErrorCodes.WorkerNotAbroad),
        };
    }
}
