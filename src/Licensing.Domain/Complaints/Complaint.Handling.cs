using Licensing.Domain.Common;
using static Licensing.Domain.Common.Rule;

namespace Licensing.Domain.Complaints;

/// <summary>The officers', the agency's and the complainant's moves on a complaint.</summary>
public sealed partial class Complaint
{
    public void Acknowledge(Actor by)
    {
        Require(Status == ComplaintStatus.Received, ErrorCodes.ComplaintNotReceived, "Only a newly received complaint is acknowledged.");
        AcknowledgedAt = by.At;
        EscalationLevel = 0;
        Move(ComplaintStatus.Acknowledged, "", by);
        Raise(new ComplaintStepTaken(this, Status, by.At));
    }

    /// <summary>Starts the investigation; a complaint against a known agency asks it to answer by <paramref name="agencyAnswerBy"/>.</summary>
    public void Investigate(DateTimeOffset agencyAnswerBy, Actor by)
    {
        Require(Status == ComplaintStatus.Acknowledged, ErrorCodes.ComplaintNotAcknowledged, "Acknowledge the complaint before investigating it.");
        if (AgencyId is not null) AgencyAnswerBy = agencyAnswerBy;
        Move(ComplaintStatus.UnderInvestigation, "", by);
        Raise(new ComplaintStepTaken(this, Status, by.At));
    }

    public void StartConciliation(Actor by)
    {
        Require(Status == ComplaintStatus.UnderInvestigation, ErrorCodes.ComplaintNotUnderInvestigation, "Conciliation follows the investigation.");
        Require(AgencyId is not null, ErrorCodes.NoAgency, "Conciliation needs a licensed agency as the other party.");
        Move(ComplaintStatus.Conciliation, "", by);
        Raise(new ComplaintStepTaken(this, Status, by.At));
    }

    public void Resolve(Settlement settlement, Actor by)
    {
        Require(Status is ComplaintStatus.UnderInvestigation or ComplaintStatus.Conciliation, ErrorCodes.ComplaintNotResolvable, "A complaint is resolved after investigation or conciliation.");
        if (settlement.RefundUsd < 0) throw new DomainException(ErrorCodes.RefundNegative, "A refund cannot be negative.", DomainErrorKind.Invalid);
        Settlement = settlement;
        Decide(ComplaintStatus.Resolved, settlement.Terms, by);
        Raise(new ComplaintDecided(this, by.At));
    }

    public void RecordSettlementHonoured(bool honoured, Actor by)
    {
        Require(Settlement is not null && Status is ComplaintStatus.Resolved or ComplaintStatus.Closed, ErrorCodes.NoSettlement, "Only a resolved complaint has a settlement to honour.");
        SettlementHonoured = honoured;
        _entries.Add(new ComplaintEntry(Id, ComplaintEntryKind.OfficerNote, honoured ? "Settlement honoured" : "Settlement not honoured", Status, by));
    }

    public void Refer(ReferralTarget target, string note, Actor by)
    {
        Require(Status is ComplaintStatus.Acknowledged or ComplaintStatus.UnderInvestigation or ComplaintStatus.Conciliation, ErrorCodes.ComplaintNotReferable, "Acknowledge the complaint before referring it.");
        ReferredTo = target;
        Decide(ComplaintStatus.Referred, note, by);
        Raise(new ComplaintDecided(this, by.At));
    }

    public void Dismiss(string reason, Actor by)
    {
        Require(IsOpen, ErrorCodes.ComplaintNotOpen, "Only an open complaint is dismissed.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException(ErrorCodes.ReasonMissing, "Give the reason for dismissing the complaint.", DomainErrorKind.Invalid);
        Decide(ComplaintStatus.Dismissed, reason, by);
        Raise(new ComplaintDecided(this, by.At));
    }

    public void Withdraw(string? reason, Actor by)
    {
        Require(IsOpen, ErrorCodes.ComplaintNotOpen, "Only an open complaint can be withdrawn.");
        Decide(ComplaintStatus.Withdrawn, reason ?? "", by);
    }

    public void Close(Actor by)
    {
        Require(Status is ComplaintStatus.Resolved or ComplaintStatus.Referred or ComplaintStatus.Dismissed or ComplaintStatus.Withdrawn,
            ErrorCodes.ComplaintNotDecided, "Only a resolved, referred, dismissed or withdrawn complaint is closed.");
        ClosedAt = by.At;
        Move(ComplaintStatus.Closed, "", by);
    }

    /// <summary>The complainant disagrees with the outcome: within <paramref name="reopenDays"/> of it, the investigation starts again.</summary>
    public void Reopen(string reason, int reopenDays, DateTimeOffset resolveBy, Actor by)
    {
        Require(Status is ComplaintStatus.Resolved or ComplaintStatus.Dismissed or ComplaintStatus.Closed && DecidedAt is not null && ReferredTo is null,
            ErrorCodes.ComplaintNotReopenable, "Only a resolved or dismissed complaint can be reopened.");
        Require(by.At <= DecidedAt!.Value.AddDays(reopenDays), ErrorCodes.ReopenWindowPassed, $"A complaint can be reopened within {reopenDays} days of its outcome.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException(ErrorCodes.ReasonMissing, "Say why you reopen the complaint.", DomainErrorKind.Invalid);
        DecidedAt = null;
        Outcome = null;
        ClosedAt = null;
        EscalationLevel = 0;
        ResolveBy = resolveBy;
        Move(ComplaintStatus.UnderInvestigation, reason, by);
    }

    public void AddInformation(string text, Actor by)
    {
        Require(IsOpen, ErrorCodes.ComplaintNotOpen, "Information is added while the complaint is open.");
        _entries.Add(new ComplaintEntry(Id, ComplaintEntryKind.ComplainantInformation, text, Status, by));
    }

    /// <summary>A question to the complainant or the agency, or a note for officers only.</summary>
    public void Write(ComplaintEntryKind kind, string text, Actor by)
    {
        Require(kind is ComplaintEntryKind.QuestionToComplainant or ComplaintEntryKind.QuestionToAgency or ComplaintEntryKind.OfficerNote, ErrorCodes.EntryKindInvalid, "Officers write questions and notes.");
        Require(kind == ComplaintEntryKind.OfficerNote || IsOpen, ErrorCodes.ComplaintNotOpen, "Questions are asked while the complaint is open.");
        Require(kind != ComplaintEntryKind.QuestionToAgency || AgencyId is not null, ErrorCodes.NoAgency, "This complaint names no licensed agency to ask.");
        _entries.Add(new ComplaintEntry(Id, kind, text, Status, by));
        if (kind != ComplaintEntryKind.OfficerNote) Raise(new ComplaintQuestionAsked(this, kind, by.At));
    }

    public void AnswerAsAgency(Guid agencyId, string text, Actor by)
    {
        if (AgencyId != agencyId) throw DomainException.NotFound("Complaint");
        Require(IsOpen && Status != ComplaintStatus.Received, ErrorCodes.ComplaintNotOpenToAgency, "The agency answers once the complaint is being handled.");
        AgencyAnsweredAt ??= by.At;
        _entries.Add(new ComplaintEntry(Id, ComplaintEntryKind.AgencyAnswer, text, Status, by));
    }

    public void ProposeSanction(string reason, string suggestedPenalty, Actor by)
    {
        Require(AgencyId is not null, ErrorCodes.NoAgency, "A sanction is proposed against a licensed agency.");
        Require(Status != ComplaintStatus.Received, ErrorCodes.ComplaintNotAcknowledged, "Acknowledge the complaint first.");
        SanctionProposal = new SanctionProposal(reason, suggestedPenalty, by.Name, by.At);
        _entries.Add(new ComplaintEntry(Id, ComplaintEntryKind.OfficerNote, $"Sanction proposed: {suggestedPenalty}", Status, by));
    }

    private void Decide(ComplaintStatus outcome, string reason, Actor by)
    {
        DecidedAt = by.At;
        Outcome = outcome;
        DecisionReason = reason;
        Move(outcome, reason, by);
    }
}
