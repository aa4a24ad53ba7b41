using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
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

    public sealed class Handler(ILicensingDb db, ICurrentUser user, BusinessCalendar calendar, TimeProvider clock, RuleSettingsCache rules)
    {
        public Task<Issued> HandleAsync(Guid workerId, CancellationToken cancellationToken) =>
            db.SaveWithNextNumberAsync(async () =>
            {
                var clearance = await IssueAsync(workerId, cancellationToken);
                return new Issued(clearance.Id, clearance.Number, clearance.IssuedOn, clearance.ValidUntil);
            }, () => new DomainException(ErrorCodes.ClearanceNumberBusy), cancellationToken);

        private async Task<DepartureClearance> IssueAsync(Guid workerId, CancellationToken cancellationToken)
        {
            var today = calendar.Today;
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            var slot = deployment.Id.ToString();
            if (await db.DepartureClearances.SingleOrDefaultAsync(c => c.OpenSlot == slot, cancellationToken) is { } open && !open.LapseIfDue(today))
            {
                throw new DomainException(ErrorCodes.ClearanceAlreadyValid, DomainErrorKind.Conflict, open.Number, open.ValidUntil);
            }
            var context = await db.DepartureContextAsync(rules, deployment, cancellationToken);
            var number = await db.DepartureClearances.Select(c => c.Number).NextAsync(NumberSeries.Clearance, today.Year, cancellationToken);
            var clearance = DepartureClearance.Issue(deployment, context, number.ToString(), today, user.AsActor(clock));
            db.DepartureClearances.Add(clearance);
            return clearance;
        }
    }
}
