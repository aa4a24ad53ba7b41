using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Evaluations;
using Licensing.Domain.Identity;
using Licensing.Domain.Licences;
using Licensing.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Evaluations;

/// <summary>
/// Every licensed agency is evaluated once per cycle (setting, 24 months), counted from its last
/// evaluation's period end or, never evaluated, from its first licence. The daily job opens those
/// that are due and tells the secretariat (its address setting and the licensing officers); the
/// secretariat sees what falls due soon and may open one early.
/// </summary>
public static class OpenDueEvaluations
{
    private const int LookAheadDays = 90;

    public sealed record Due(Guid AgencyId, string AgencyNameKm, string AgencyNameEn, DateOnly DueOn, DateOnly PeriodFrom);

    public sealed record Command(Guid AgencyId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.AgencyId).NotEmpty().WithName(_ => Text.Pick("Agency", "ភ្នាក់ងារ"));
    }

    public sealed class Handler(ILicensingDb db, IUserDirectory directory, ICurrentUser user, TimeProvider clock)
    {
        /// <summary>Agencies without an open evaluation whose evaluation falls due within 90 days, soonest first.</summary>
        public async Task<IReadOnlyList<Due>> ListAsync(CancellationToken cancellationToken) =>
            await DueByAsync(Today.AddDays(LookAheadDays), cancellationToken);

        /// <summary>The daily job: opens every evaluation due today or earlier. Returns how many it opened.</summary>
        public async Task<int> HandleAsync(CancellationToken cancellationToken)
        {
            var due = await DueByAsync(Today, cancellationToken);
            if (due.Count == 0) return 0;
            var system = Actor.System(clock.GetUtcNow());
            foreach (var agency in due) db.Evaluations.Add(Evaluation.Open(agency.AgencyId, agency.PeriodFrom, Today, system));
            await TellSecretariatAsync(due, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return due.Count;
        }

        /// <summary>The secretariat opens one agency's evaluation before it falls due.</summary>
        public async Task<Guid> OpenAsync(Command command, CancellationToken cancellationToken)
        {
            var due = (await DueByAsync(DateOnly.MaxValue, cancellationToken)).SingleOrDefault(d => d.AgencyId == command.AgencyId)
                ?? throw new DomainException("not_evaluable", Text.Pick(
                    "This agency holds no licence or already has an evaluation under way.",
                    "ភ្នាក់ងារនេះគ្មានអាជ្ញាប័ណ្ណ ឬមានការវាយតម្លៃកំពុងដំណើរការរួចហើយ។"));
            var evaluation = Evaluation.Open(due.AgencyId, due.PeriodFrom, Today, user.AsActor(clock));
            db.Evaluations.Add(evaluation);
            await db.SaveChangesAsync(cancellationToken);
            return evaluation.Id;
        }

        private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        private async Task<List<Due>> DueByAsync(DateOnly by, CancellationToken cancellationToken)
        {
            var cycle = await db.GetIntSettingAsync(SettingCatalog.EvaluationCycleMonths, cancellationToken);
            var licensed = await db.Licences.AsNoTracking()
                .Where(l => l.Status == LicenceStatus.Active || l.Status == LicenceStatus.Suspended)
                .Join(db.Agencies, l => l.AgencyId, a => a.Id, (l, a) => new { l.AgencyId, l.IssuedOn, a.Name.Km, a.Name.En })
                .ToListAsync(cancellationToken);
            var evaluations = await db.Evaluations.AsNoTracking()
                .Select(e => new { e.AgencyId, e.PeriodTo, Open = e.Status != EvaluationStatus.Decided })
                .ToListAsync(cancellationToken);
            var open = evaluations.Where(e => e.Open).Select(e => e.AgencyId).ToHashSet();
            var lastEvaluated = evaluations.GroupBy(e => e.AgencyId).ToDictionary(g => g.Key, g => g.Max(e => e.PeriodTo));

            return licensed.GroupBy(l => l.AgencyId)
                .Where(g => !open.Contains(g.Key))
                .Select(g =>
                {
                    var from = lastEvaluated.TryGetValue(g.Key, out var last) ? last : g.Min(l => l.IssuedOn);
                    return new Due(g.Key, g.First().Km, g.First().En, from.AddMonths(cycle), from);
                })
                .Where(d => d.DueOn <= by)
                .OrderBy(d => d.DueOn).ThenBy(d => d.AgencyNameEn)
                .ToList();
        }

        private async Task TellSecretariatAsync(IReadOnlyList<Due> opened, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var key = $"evaluations-opened:{Today:yyyyMMdd}:{opened[0].AgencyId}";
            var subject = $"{opened.Count} evaluations are due / ការវាយតម្លៃ {opened.Count} ដល់កាលកំណត់";
            var body = "Prakas 251 evaluations opened today; compose their panels:\n" + string.Join("\n", opened.Select(d => $"- {d.AgencyNameEn} ({d.AgencyNameKm})"));
            db.NotifyAddress(await db.GetSettingAsync(SettingCatalog.EvaluationSecretariatEmail, cancellationToken), subject, body, now, key);
            foreach (var (id, email) in await directory.InRoleAsync(Roles.LicensingOfficer, cancellationToken))
            {
                db.NotifyUser(id, email, subject, body, now, $"{key}:{id}");
            }
        }
    }
}
