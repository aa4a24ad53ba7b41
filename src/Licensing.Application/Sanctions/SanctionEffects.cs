using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Licences;
using Licensing.Application.Settings;
using Licensing.Application.Workers;
using Licensing.Domain.Common;
using Licensing.Domain.Licences;
using Licensing.Domain.Sanctions;

namespace Licensing.Application.Sanctions;

/// <summary>
/// What every route to a sanction shares, inside the caller's unit of work (the caller saves): imposing one
/// (an officer's sanction, an evaluation's decision), changing the agency's licence (R31: the one it holds) on the
/// effective date through the licence's own rules, and restoring the licence after an upheld appeal (the agency is
/// told: LicenceStatusChanged, LicenceReinstatedOnAppeal). When the licence cannot change (it expired meanwhile),
/// the sanction notes why.
/// </summary>
public sealed class SanctionEffects(ILicensingDb db, ICurrentUser user, TimeProvider clock, BusinessCalendar calendar, RuleSettingsCache rules)
{
    /// <summary>Adds the sanction to the unit of work, applies it if effective today and tells the agency.</summary>
    public async Task<Sanction> ImposeAsync(Guid agencyId, SanctionSource source, Guid sourceId, SanctionTerms terms, CancellationToken cancellationToken)
    {
        var by = user.AsActor(clock);
        var today = calendar.DateOf(by.At);
        var sanction = Sanction.Impose(agencyId, source, sourceId, terms, today,
            (await rules.GetAsync(db, cancellationToken)).AppealDays, by);
        db.Sanctions.Add(sanction);
        if (sanction.IsDueToApply(today)) await ApplyAsync(sanction, today, cancellationToken);
        return sanction;
    }

    /// <summary>Changes the licence on the sanction's effective date.</summary>
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

    /// <summary>After an upheld appeal against a suspension or revocation that had changed it.</summary>
    public async Task RestoreLicenceAsync(Sanction sanction, Actor by, CancellationToken cancellationToken)
    {
        var licence = await db.AgencyLicenceAsync(sanction.AgencyId, cancellationToken);
        if (licence?.Status is not (LicenceStatus.Suspended or LicenceStatus.Revoked)) return;
        licence.ReinstateOnAppeal($"Appeal upheld against the {sanction.Kind} of {sanction.DecidedOn:yyyy-MM-dd}", by);
    }
}
