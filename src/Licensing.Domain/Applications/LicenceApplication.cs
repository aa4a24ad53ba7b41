using Licensing.Domain.Common;
using Licensing.Domain.Documents;

namespace Licensing.Domain.Applications;

/// <summary>
/// An agency's application for a new licence or a renewal (Prakas 047/13):
/// Draft → Submitted → UnderReview → InformationRequested ⇄ Submitted → Approved | Rejected;
/// Withdrawn from any open state. Every transition is recorded with who, when and why.
/// </summary>
public sealed class LicenceApplication : AggregateRoot
{
    /// <summary>The statuses of an application not yet decided nor withdrawn: the agency may still withdraw it.</summary>
    public static IReadOnlyList<ApplicationStatus> OpenStatuses { get; } =
        [ApplicationStatus.Draft, ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.InformationRequested];

    /// <summary>The statuses in which the agency fills in and documents its application.</summary>
    public static IReadOnlyList<ApplicationStatus> EditableStatuses { get; } = [ApplicationStatus.Draft, ApplicationStatus.InformationRequested];

    private readonly List<ApplicationDocument> _documents = [];
    private readonly List<ApplicationEvent> _events = [];

    private LicenceApplication() { }

    private LicenceApplication(Guid agencyId, ApplicationKind kind, Guid? licenceId, Actor by)
    {
        AgencyId = agencyId;
        Kind = kind;
        LicenceId = licenceId;
        Status = ApplicationStatus.Draft;
        CreatedAt = by.At;
        OpenSlot = SlotOf(agencyId, kind);
        _events.Add(new ApplicationEvent(Id, ApplicationStatus.Draft, ApplicationStatus.Draft, null, by));
    }

    public Guid AgencyId { get; private set; }
    public ApplicationKind Kind { get; private set; }
    public ApplicationStatus Status { get; private set; }

    /// <summary>For a renewal, the licence renewed; for a new licence, the one issued on approval.</summary>
    public Guid? LicenceId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>"{agency}:{kind}" while open, null once closed: a unique index allows one open application per agency and kind.</summary>
    public string? OpenSlot { get; private set; }

    public ApplicationDetails Details { get; private set; } = ApplicationDetails.Empty;

    public IReadOnlyList<ApplicationDocument> Documents => _documents;
    public IReadOnlyList<ApplicationEvent> Events => _events;

    public bool IsOpen => OpenStatuses.Contains(Status);
    public bool IsEditableByAgency => EditableStatuses.Contains(Status);

    public static string SlotOf(Guid agencyId, ApplicationKind kind) => $"{agencyId}:{kind}";

    public static LicenceApplication StartNew(Guid agencyId, Actor by) => new(agencyId, ApplicationKind.New, null, by);

    public static LicenceApplication StartRenewal(Guid agencyId, Guid licenceId, Actor by) => new(agencyId, ApplicationKind.Renewal, licenceId, by);

    public void Fill(ApplicationDetails details)
    {
        RequireEditable();
        Details = details;
    }

    public ApplicationDocument AttachDocument(string requirementCode, StoredDocument file, Actor by)
    {
        RequireEditable();
        var document = new ApplicationDocument(Id, requirementCode, file, by);
        _documents.Add(document);
        return document;
    }

    /// <summary>Submits (or resubmits after a request for information) once every required document is attached.</summary>
    public void Submit(IReadOnlyCollection<string> requiredCodes, string? message, Actor by)
    {
        RequireStatus(ErrorCodes.ApplicationNotEditable, EditableStatuses);
        var missing = MissingDocuments(requiredCodes);
        if (missing.Count > 0)
        {
            throw new DomainException(ErrorCodes.DocumentsMissing, DomainErrorKind.Invalid, string.Join(", ", missing));
        }
        SubmittedAt = by.At;
        Move(ApplicationStatus.Submitted, message, by);
    }

    public IReadOnlyList<string> MissingDocuments(IReadOnlyCollection<string> requiredCodes) =>
        requiredCodes.Where(code => _documents.All(d => d.RequirementCode != code)).ToList();

    public void StartReview(Actor by)
    {
        RequireStatus(ErrorCodes.ApplicationNotSubmitted, ApplicationStatus.Submitted);
        Move(ApplicationStatus.UnderReview, null, by);
    }

    public void RequestInformation(string message, Actor by)
    {
        RequireStatus(ErrorCodes.ApplicationNotUnderReview, ApplicationStatus.UnderReview);
        Move(ApplicationStatus.InformationRequested, message, by);
        Raise(new ApplicationInformationRequested(this, message, by.At));
    }

    public void Approve(Guid licenceId, string? note, Actor by)
    {
        RequireStatus(ErrorCodes.ApplicationNotUnderReview, ApplicationStatus.UnderReview);
        LicenceId = licenceId;
        Close(ApplicationStatus.Approved, note, by);
        Raise(new ApplicationApproved(this, by.At));
    }

    public void Reject(string reason, Actor by)
    {
        RequireStatus(ErrorCodes.ApplicationNotUnderReview, ApplicationStatus.UnderReview);
        Close(ApplicationStatus.Rejected, reason, by);
        Raise(new ApplicationRejected(this, reason, by.At));
    }

    public void Withdraw(string reason, Actor by)
    {
        RequireStatus(ErrorCodes.ApplicationClosed, OpenStatuses);
        Close(ApplicationStatus.Withdrawn, reason, by);
    }

    private void Close(ApplicationStatus to, string? message, Actor by)
    {
        DecidedAt = by.At;
        OpenSlot = null;
        Move(to, message, by);
    }

    private void Move(ApplicationStatus to, string? message, Actor by)
    {
        _events.Add(new ApplicationEvent(Id, Status, to, message, by));
        Status = to;
    }

    private void RequireEditable() =>
        RequireStatus(ErrorCodes.ApplicationNotEditable, EditableStatuses);

    private void RequireStatus(string code, params IReadOnlyList<ApplicationStatus> allowed)
    {
        Rule.Require(allowed.Contains(Status), code);
    }
}
