using Licensing.Domain.Common;
using static Licensing.Domain.Common.Rule;

namespace Licensing.Domain.Complaints;

/// <summary>The officers', the agency's and the complainant's moves on a complaint.</summary>
public sealed partial class Complaint
{
    public void Acknowledge(Actor by)
    {
        Require(Status == ComplaintStatus.Received, ErrorCodes.ComplaintNotReceived);
        AcknowledgedAt = by.At;
        EscalationLevel = 0;
        Move(ComplaintStatus.Acknowledged, "", by);
        Raise(new ComplaintStepTaken(this, Status, by.At));
    }

    /// <summary>Starts the investigation; a complaint against a known agency asks it to answer by <paramref name="agencyAnswerBy"/>.</summary>
    public void Investigate(DateTimeOffset agencyAnswerBy, Actor by)
    {
        Require(Status == ComplaintStatus.Acknowledged, ErrorCodes.ComplaintNotAcknowledged);
        if (AgencyId is not null) AgencyAnswerBy = agencyAnswerBy;
        Move(ComplaintStatus.UnderInvestigation, "", by);
        Raise(new ComplaintStepTaken(this, Status, by.At));
    }

    public void StartConciliation(Actor by)
    {
        Require(Status == ComplaintStatus.UnderInvestigation, ErrorCodes.ComplaintNotUnderInvestigation);
        Require(AgencyId is not null, ErrorCodes.NoAgency);
        Move(ComplaintStatus.Conciliation, "", by);
        Raise(new ComplaintStepTaken(this, Status, by.At));
    }

    public void Resolve(Settlement settlement, Actor by)
    {
        Require(Status is ComplaintStatus.UnderInvestigation or ComplaintStatus.Conciliation, ErrorCodes.ComplaintNotResolvable);
        if (settlement.RefundUsd < 0) throw new DomainException(ErrorCodes.RefundNegative, DomainErrorKind.Invalid);
        Settlement = settlement;
        Decide(ComplaintStatus.Resolved, settlement.Terms, by);
        Raise(new ComplaintDecided(this, by.At));
    }

    public void RecordSettlementHonoured(bool honoured, Actor by)
    {
        Require(Settlement is not null && Status is ComplaintStatus.Resolved or ComplaintStatus.Closed, ErrorCodes.NoSettlement);
        SettlementHonoured = honoured;
        _entries.Add(new ComplaintEntry(Id, ComplaintEntryKind.OfficerNote, honoured ? "Settlement honoured" : "Settlement not honoured", Status, by));
    }

    public void Refer(ReferralTarget target, string note, Actor by)
    {
        Require(Status is ComplaintStatus.Acknowledged or ComplaintStatus.UnderInvestigation or ComplaintStatus.Conciliation, ErrorCodes.ComplaintNotReferable);
        ReferredTo = target;
        Decide(ComplaintStatus.Referred, note, by);
        Raise(new ComplaintDecided(this, by.At));
    }

    public void Dismiss(string reason, Actor by)
    {
        Require(IsOpen, ErrorCodes.ComplaintNotOpen);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException(ErrorCodes.ReasonMissing, DomainErrorKind.Invalid);
        Decide(ComplaintStatus.Dismissed, reason, by);
        Raise(new ComplaintDecided(this, by.At));
    }

    public void Withdraw(string? reason, Actor by)
    {
        Require(IsOpen, ErrorCodes.ComplaintNotOpen);
        Decide(ComplaintStatus.Withdrawn, reason ?? "", by);
    }

    public void Close(Actor by)
    {
        Require(Status is ComplaintStatus.Resolved or ComplaintStatus.Referred or ComplaintStatus.Dismissed or ComplaintStatus.Withdrawn, ErrorCodes.ComplaintNotDecided);
        ClosedAt = by.At;
        Move(ComplaintStatus.Closed, "", by);
    }

    /// <summary>The complainant disagrees with the outcome: within <paramref name="reopenDays"/> of it, the investigation starts again.</summary>
    public void Reopen(string reason, int reopenDays, DateTimeOffset resolveBy, Actor by)
    {
        Require(Status is ComplaintStatus.Resolved or ComplaintStatus.Dismissed or ComplaintStatus.Closed && DecidedAt is not null && ReferredTo is null, ErrorCodes.ComplaintNotReopenable);
        Require(by.At <= DecidedAt!.Value.AddDays(reopenDays), ErrorCodes.ReopenWindowPassed, DomainErrorKind.Conflict, reopenDays);
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException(ErrorCodes.ReasonMissing, DomainErrorKind.Invalid);
        DecidedAt = null;
        Outcome = null;
        ClosedAt = null;
        EscalationLevel = 0;
        ResolveBy = resolveBy;
        Move(ComplaintStatus.UnderInvestigation, reason, by);
    }

    public void AddInformation(string text, Actor by)
    {
        Require(IsOpen, ErrorCodes.ComplaintNotOpen);
        _entries.Add(new ComplaintEntry(Id, ComplaintEntryKind.ComplainantInformation, text, Status, by));
    }

    /// <summary>A question to the complainant or the agency, or a note for officers only.</summary>
    public void Write(ComplaintEntryKind kind, string text, Actor by)
    {
        Require(kind is ComplaintEntryKind.QuestionToComplainant or ComplaintEntryKind.QuestionToAgency or ComplaintEntryKind.OfficerNote, ErrorCodes.EntryKindInvalid);
        Require(kind == ComplaintEntryKind.OfficerNote || IsOpen, ErrorCodes.ComplaintNotOpen);
        Require(kind != ComplaintEntryKind.QuestionToAgency || AgencyId is not null, ErrorCodes.NoAgency);
        _entries.Add(new ComplaintEntry(Id, kind, text, Status, by));
        if (kind != ComplaintEntryKind.OfficerNote) Raise(new ComplaintQuestionAsked(this, kind, by.At));
    }

    public void AnswerAsAgency(Guid agencyId, string text, Actor by)
    {
        if (AgencyId != agencyId) throw DomainException.NotFound();
        Require(IsOpen && Status != ComplaintStatus.Received, ErrorCodes.ComplaintNotOpenToAgency);
        AgencyAnsweredAt ??= by.At;
        _entries.Add(new ComplaintEntry(Id, ComplaintEntryKind.AgencyAnswer, text, Status, by));
    }

    public void ProposeSanction(string reason, string suggestedPenalty, Actor by)
    {
        Require(AgencyId is not null, ErrorCodes.NoAgency);
        Require(Status != ComplaintStatus.Received, ErrorCodes.ComplaintNotAcknowledged);
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
