using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Texts;
using Licensing.Domain.Disappearances;

namespace Licensing.Application.Disappearances;

/// <summary>
/// The family follows its report with the case number and PIN: where the case stands, which bodies have taken it up, and
/// what the family added or an officer shared with it; never the officers' other notes, the agency's answers or the worker's record.
/// </summary>
public static class TrackMissingRelative
{
    public sealed record Query(string Code, string Pin);

    public sealed record Acknowledgement(RecipientKind Body, DateTimeOffset? AcknowledgedAt);

    public sealed record Entry(bool FromFamily, string Text, DateTimeOffset At);

    public sealed record View(
        string CaseNumber, CaseStatus Status, bool Verified, CaseResolution? Resolution, DateTimeOffset ReportedAt, string NextStep,
        IReadOnlyList<Acknowledgement> Acknowledgements, IReadOnlyList<Entry> Entries);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Code).NotEmpty().MaximumLength(24).WithName(_ => Catalogue.Say(Keys.CaseNumber));
            RuleFor(q => q.Pin).NotEmpty().MaximumLength(10).WithName(_ => Catalogue.Say(Keys.PIN));
        }
    }

    public sealed class Handler(ILicensingDb db, TimeProvider clock)
    {
        public async Task<View> HandleAsync(Query query, CancellationToken cancellationToken) =>
            ViewOf(await db.LoadForFamilyAsync(query.Code, query.Pin, clock, cancellationToken));
    }

    public static View ViewOf(DisappearanceCase c) => new(
        c.Number, c.Status, c.Verified, c.Resolution, c.ReportedAt, NextStep(c),
        c.Recipients.OrderBy(r => r.Kind).Select(r => new Acknowledgement(r.Kind, r.AcknowledgedAt)).ToList(),
        c.Updates.Where(u => u.SharedWithFamily).OrderBy(u => u.PostedAt).Select(u => new Entry(u.Party == CaseParty.Family, u.Text, u.PostedAt)).ToList());

    private static string NextStep(DisappearanceCase c) =>
        c.Status == CaseStatus.Closed ? Catalogue.Say(Keys.MissingCaseClosedStep)
        : c.Verified ? Catalogue.Say(Keys.MissingCaseSearchStep)
        : Catalogue.Say(Keys.MissingCaseVerifyStep);
}
