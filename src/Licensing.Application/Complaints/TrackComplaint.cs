using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
using Licensing.Domain.Complaints;

namespace Licensing.Application.Complaints;

/// <summary>
/// The complainant follows the complaint with its code and PIN: where it stands, what comes next
/// and by when, the officers' questions and their own additions; never the agency's answers or officers' notes.
/// </summary>
public static class TrackComplaint
{
    public sealed record Query(string Code, string Pin);

    public sealed record Entry(ComplaintEntryKind Kind, string Text, ComplaintStatus Status, DateTimeOffset At);

    /// <summary>A file the complainant or an officer added, by the name it was given.</summary>
    public sealed record EvidenceFile(string FileName, long SizeBytes);

    public sealed record View(
        string TrackingCode, ComplaintStatus Status, ComplaintCategory Category, DateTimeOffset ReceivedAt, string NextStep, DateTimeOffset? NextDeadline,
        DateTimeOffset? ReopenUntil, Settlement? Settlement, string? DecisionReason, ReferralTarget? ReferredTo, IReadOnlyList<EvidenceFile> EvidenceFiles, IReadOnlyList<Entry> Entries);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Code).NotEmpty().MaximumLength(20).WithName(_ => Catalogue.Say(Keys.TrackingCode));
            RuleFor(q => q.Pin).NotEmpty().MaximumLength(10).WithName(_ => Catalogue.Say(Keys.PIN));
        }
    }

    public sealed class Handler(ILicensingDb db, TimeProvider clock, RuleSettingsCache rules)
    {
        public async Task<View> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var complaint = await db.LoadForComplainantAsync(query.Code, query.Pin, clock, cancellationToken);
            var reopenDays = (await rules.GetAsync(db, cancellationToken)).ComplaintReopenDays;
            return ViewOf(complaint, reopenDays);
        }
    }

    public static View ViewOf(Complaint c, int reopenDays) => new(
        c.TrackingCode, c.Status, c.Account.Category, c.ReceivedAt, NextStep(c), c.NextDeadline,
        c.DecidedAt is { } decided && c.ReferredTo is null && c.Status is ComplaintStatus.Resolved or ComplaintStatus.Dismissed or ComplaintStatus.Closed ? decided.AddDays(reopenDays) : null,
        c.Settlement, c.DecisionReason, c.ReferredTo, c.Evidence.OrderBy(e => e.AddedAt).Select(e => new EvidenceFile(e.File.FileName, e.File.SizeBytes)).ToList(),
        c.Entries.Where(e => e.VisibleToComplainant).OrderBy(e => e.At).Select(e => new Entry(e.Kind, e.Text, e.Status, e.At)).ToList());

    private static string NextStep(Complaint c) => c.Status switch
    {
        ComplaintStatus.Received => Catalogue.Say(Keys.TheOfficeWillAcknowledgeYourComplaint),
        ComplaintStatus.Acknowledged => Catalogue.Say(Keys.AnOfficerWillLookIntoWhat),
        ComplaintStatus.UnderInvestigation => Catalogue.Say(Keys.AnOfficerIsLookingIntoIt),
        ComplaintStatus.Conciliation => Catalogue.Say(Keys.TheOfficeIsHelpingYouAnd),
        ComplaintStatus.Resolved or ComplaintStatus.Dismissed => Catalogue.Say(Keys.ADecisionWasMadeIfYou),
        ComplaintStatus.Referred => Catalogue.Say(Keys.YourComplaintWasSentOnTo),
        _ => Catalogue.Say(Keys.NothingMoreWillHappenOnThis),
    };
}
