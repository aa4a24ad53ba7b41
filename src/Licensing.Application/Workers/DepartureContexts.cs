using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Licences;
using Licensing.Application.Settings;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Workers;

internal static class DepartureContexts
{
    /// <summary>Gathers what the pre-departure gate needs beyond the deployment itself.</summary>
    public static async Task<DepartureContext> DepartureContextAsync(this ILicensingDb db, RuleSettingsCache rules, Deployment deployment, CancellationToken cancellationToken)
    {
        var approved = await db.JobOrders.AnyAsync(o => o.Id == deployment.JobOrderId && o.Status == JobOrderStatus.Approved, cancellationToken);
        var centres = await db.Agencies.Where(a => a.Id == deployment.AgencyId).SelectMany(a => a.TrainingCentres).Select(c => c.Id).ToListAsync(cancellationToken);
        var clauses = await db.ContractClauses.AsNoTracking().Where(c => c.Active).OrderBy(c => c.Order).ToListAsync(cancellationToken);
        var worker = await db.Workers.AsNoTracking().Where(w => w.Id == deployment.WorkerId).Select(w => new { w.PassportNumber, w.DateOfBirth }).SingleAsync(cancellationToken);
        var settings = await rules.GetAsync(db, cancellationToken);
        var departureRules = new DepartureRules(settings.MinimumDepartureAge, settings.PassportValidityMonths, settings.MedicalCheckValidityDays, settings.DepartureClearanceValidityDays);
        var restrictions = await db.DeploymentRestrictions.AsNoTracking().Where(r => r.CountryCode == deployment.CountryCode).ToListAsync(cancellationToken);
        return new DepartureContext(approved, centres, clauses, worker.PassportNumber, worker.DateOfBirth, departureRules, restrictions,
            await db.AgencyLicenceStatusAsync(deployment.AgencyId, cancellationToken));
    }
}
