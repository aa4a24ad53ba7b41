using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Complaints;

/// <summary>
/// The respondent agency's view, once the complaint is acknowledged: what is alleged, the officers'
/// questions and its own answers. The complainant's identity is shown only if they agreed.
/// </summary>
public static class AgencyComplaints
{
    public sealed record Item(Guid Id, string TrackingCode, ComplaintStatus Status, ComplaintCategory Category, DateTimeOffset ReceivedAt, DateTimeOffset? AnswerBy, DateTimeOffset? AnsweredAt);

    /// <summary>Null unless the complainant agreed to share who they are.</summary>
    public sealed record Identity(FilerRole FiledAs, string? FilerName, string WorkerName, string? Phone, string? Email, string? PassportNumber);

    public sealed record Entry(ComplaintEntryKind Kind, string Text, ComplaintStatus Status, DateTimeOffset At);

    public sealed record Detail(
        Guid Id, string TrackingCode, ComplaintStatus Status, ComplaintAccount Account, Identity? Complainant, DateTimeOffset ReceivedAt,
        DateTimeOffset? AnswerBy, DateTimeOffset? AnsweredAt, Settlement? Settlement, bool CanAnswer, IReadOnlyList<Entry> Entries);

    public sealed record AnswerCommand(string Text);

    public sealed class AnswerValidator : AbstractValidator<AnswerCommand>
    {
        public AnswerValidator() => RuleFor(c => c.Text).NotEmpty().MaximumLength(4000).WithName(_ => Catalogue.Say(Keys.YourAnswer));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Item>> ListAsync(Guid agencyId, CancellationToken cancellationToken) =>
            await Mine(agencyId).OrderByDescending(c => c.ReceivedAt)
                .Select(c => new Item(c.Id, c.TrackingCode, c.Status, c.Account.Category, c.ReceivedAt, c.AgencyAnswerBy, c.AgencyAnsweredAt))
                .ToListAsync(cancellationToken);

        public async Task<Detail> GetAsync(Guid agencyId, Guid id, CancellationToken cancellationToken)
        {
            var c = await Mine(agencyId).Include(x => x.Entries).SingleOrDefaultAsync(x => x.Id == id, cancellationToken) ?? throw DomainException.NotFound();
            var p = c.Complainant;
            return new Detail(
                c.Id, c.TrackingCode, c.Status, c.Account,
                c.IdentitySharedWithAgency ? new Identity(p.FiledAs, p.FilerName, p.WorkerName, p.Phone, p.Email, p.PassportNumber) : null,
                c.ReceivedAt, c.AgencyAnswerBy, c.AgencyAnsweredAt, c.Settlement, c.IsOpen,
                c.Entries.Where(e => e.VisibleToAgency).OrderBy(e => e.At).Select(e => new Entry(e.Kind, e.Text, e.Status, e.At)).ToList());
        }

        public async Task AnswerAsync(Guid agencyId, Guid id, AnswerCommand command, CancellationToken cancellationToken)
        {
            RequireOwnAgency(agencyId);
            var complaint = await db.Complaints.Include(c => c.Entries).SingleOrDefaultAsync(c => c.Id == id && c.AgencyId == agencyId && c.Status != ComplaintStatus.Received, cancellationToken)
                ?? throw DomainException.NotFound();
            complaint.AnswerAsAgency(agencyId, command.Text.Trim(), user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }

        /// <summary>The agency learns of a complaint once an officer has acknowledged it.</summary>
        private IQueryable<Complaint> Mine(Guid agencyId)
        {
            RequireOwnAgency(agencyId);
            return db.Complaints.AsNoTracking().Where(c => c.AgencyId == agencyId && c.Status != ComplaintStatus.Received);
        }

        private void RequireOwnAgency(Guid agencyId)
        {
            if (user.AgencyId != agencyId) throw DomainException.NotFound();
        }
    }
}
