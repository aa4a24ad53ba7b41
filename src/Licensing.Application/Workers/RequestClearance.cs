using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Common;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Workers;

/// <summary>
/// The agency asks for a departure clearance (R32); the system judges the whole pre-departure gate on today's
/// Phnom Penh date and issues one with the next number of the year, or refuses naming every unmet condition.
/// </summary>
public static class RequestClearance
{
    public sealed record Issued(Guid Id, string Number, DateOnly IssuedOn, DateOnly ValidUntil);

    /// <summary>Two requests at once may pick the same number; the unique index turns one away and it takes the next.</summary>
    private const int NumberAttempts = 5;

    public sealed class Handler(ILicensingDb db, ICurrentUser user, BusinessCalendar calendar, TimeProvider clock)
    {
        public async Task<Issued> HandleAsync(Guid workerId, CancellationToken cancellationToken)
        {
            for (var attempt = 1; ; attempt++)
            {
                var clearance = await IssueAsync(workerId, cancellationToken);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return new Issued(clearance.Id, clearance.Number, clearance.IssuedOn, clearance.ValidUntil);
                }
                catch (DbUpdateException) when (attempt < NumberAttempts)
                {
                    db.ForgetTracked();
                }
            }
        }

        private async Task<DepartureClearance> IssueAsync(Guid workerId, CancellationToken cancellationToken)
        {
            var today = calendar.Today;
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            var slot = deployment.Id.ToString();
            if (await db.DepartureClearances.SingleOrDefaultAsync(c => c.OpenSlot == slot, cancellationToken) is { } open && !open.LapseIfDue(today))
            {
                throw new DomainException("clearance_already_valid", new LocalizedText(
                    $"ពលករនេះមានលិខិតអនុញ្ញាតចេញដំណើរ {open.Number} ដែលមានសុពលភាពរហូតដល់ថ្ងៃទី {open.ValidUntil:yyyy-MM-dd} រួចហើយ។",
                    $"This worker already holds departure clearance {open.Number}, valid until {open.ValidUntil:yyyy-MM-dd}."));
            }
            var context = await db.DepartureContextAsync(deployment, cancellationToken);
            var clearance = DepartureClearance.Issue(deployment, context, await NextNumberAsync(today.Year, cancellationToken), today, user.AsActor(clock));
            db.DepartureClearances.Add(clearance);
            return clearance;
        }

        private async Task<string> NextNumberAsync(int year, CancellationToken cancellationToken)
        {
            var prefix = DepartureClearance.FormatNumber(year, 0)[..^6];
            var last = await db.DepartureClearances.Where(c => c.Number.StartsWith(prefix)).OrderByDescending(c => c.Number).Select(c => c.Number).FirstOrDefaultAsync(cancellationToken);
            return DepartureClearance.FormatNumber(year, last is null ? 1 : int.Parse(last[prefix.Length..]) + 1);
        }
    }
}
