using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Licences;
using Licensing.Application.Workers;
using Licensing.Domain.Common;
using Licensing.Domain.Licences;
using Licensing.Domain.Sanctions;

namespace Licensing.Application.Sanctions;

/// <summary>
/// Suspensions and revocations change the agency's licence (R31: the one it holds) on their effective date through the
/// licence's own rules; the daily job applies those decided for a later date. An upheld appeal
/// restores the licence (the agency is told: LicenceStatusChanged, LicenceReinstatedOnAppeal). When the licence cannot
/// change (it expired meanwhile), the sanction notes why.
/// </summary>
public static class ApplySanctions
{
    public sealed class Handler(ILicensingDb db, TimeProvider clock, BusinessCalendar calendar, SweepOptions sweep)
    {
        /// <summary>The daily job; returns how many sanctions took effect.</summary>
        public async Task<int> HandleAsync(CancellationToken cancellationToken)
        {
            var today = calendar.Today;
            return await db.SweepInPagesAsync(sweep,
                after => db.Sanctions.Where(s => s.Status == SanctionStatus.Decided && s.EffectiveFrom <= today && s.Id.CompareTo(after) > 0).OrderBy(s => s.Id),
                s => s.Id,
                async due =>
                {
                    foreach (var sanction in due) await ApplyAsync(sanction, today, cancellationToken);
                    return due.Count;
                }, cancellationToken);
        }

        /// <summary>Changes the licence (the caller saves).</summary>
        public async Task ApplyAsync(Sanction sanction, DateOnly today, CancellationToken cancellationToken)
        {
            var by = Actor.System(clock.GetUtcNow());
            var licence = await db.AgencyLicenceAsync(sanction.AgencyId, cancellationToken);
            var reason = $"{sanction.Kind}: {sanction.Reason} ({sanction.LegalBasis})";
            string? note = null;
            try
            {
                if (licence is null || !OneLicencePerCompany.Holds(licence.Status)) note = "The agency held no active or suspended licence.";
                else if (sanction.Kind == SanctionKind.Suspension) licence.Suspend(reason, sanction.EffectiveUntil!.Value, today, by);
                else licence.Revoke(reason, by);
            }
            catch (DomainException e)
            {
                note = e.Message;
            }
            sanction.MarkApplied(note, by.At);
            if (licence is not null && note is null)
            {
                await db.VoidOpenClearancesAsync(sanction.AgencyId, $"Licence {licence.Number}: {licence.Status}", cancellationToken);
            }
        }

        /// <summary>After an upheld appeal against a suspension or revocation that had changed it (the caller saves).</summary>
        public async Task RestoreLicenceAsync(Sanction sanction, Actor by, CancellationToken cancellationToken)
        {
            var licence = await db.AgencyLicenceAsync(sanction.AgencyId, cancellationToken);
            if (licence?.Status is not (LicenceStatus.Suspended or LicenceStatus.Revoked)) return;
            licence.ReinstateOnAppeal($"Appeal upheld against the {sanction.Kind} of {sanction.DecidedOn:yyyy-MM-dd}", by);
        }
    }
}
