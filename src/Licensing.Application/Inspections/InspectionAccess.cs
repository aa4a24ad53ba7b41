using Licensing.Application.Abstractions;
using System.Linq.Expressions;
using Licensing.Application.Agencies;
using Licensing.Application.Common;
using Licensing.Domain.Common;
using Licensing.Domain.Inspections;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Inspections;

public static class InspectionAccess
{
    /// <summary>The stored column holding an inspection's date: the day it is scheduled for, else the day it was planned for.</summary>
    public const string DateColumn = "Date";

    /// <summary>Inspectors and MLVT see every inspection; an agency sees its own, never an unannounced one before it happens.</summary>
    public static IQueryable<Inspection> VisibleTo(this IQueryable<Inspection> inspections, ICurrentUser user) =>
        user.AgencyScope() is { } agencyId ? inspections.Where(i => i.AgencyId == agencyId).Where(VisibleToAgency) : inspections;

    /// <summary><see cref="Inspection.VisibleToAgency"/> as a query: announced, or no longer in <see cref="Inspection.UnheldStatuses"/>.</summary>
    private static readonly Expression<Func<Inspection, bool>> VisibleToAgency = AnnouncedOrHeld();

    private static Expression<Func<Inspection, bool>> AnnouncedOrHeld()
    {
        var unheld = StatusPredicate.AnyOf((Inspection i) => i.Status, Inspection.UnheldStatuses);
        var inspection = unheld.Parameters[0];
        return Expression.Lambda<Func<Inspection, bool>>(
            Expression.OrElse(Expression.Property(inspection, nameof(Inspection.Announced)), Expression.Not(unheld.Body)), inspection);
    }

    public static async Task<Inspection> LoadVisibleAsync(this ILicensingDb db, ICurrentUser user, Guid id, CancellationToken cancellationToken) =>
        await db.Inspections.VisibleTo(user)
            .Include(i => i.Team).Include(i => i.Answers).Include(i => i.Findings).Include(i => i.Events).Include(i => i.Photos)
            .SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
        ?? throw DomainException.NotFound();

    public static async Task<IReadOnlyList<string>> ChecklistCodesAsync(this ILicensingDb db, int version, CancellationToken cancellationToken) =>
        await db.ChecklistItems.Where(i => i.TemplateVersion == version).OrderBy(i => i.Order).Select(i => i.Code).ToListAsync(cancellationToken);

    /// <summary>Refuses, as not found, an item code that is not on the checklist version the inspection uses.</summary>
    public static async Task EnsureChecklistItemAsync(this ILicensingDb db, Inspection inspection, string itemCode, CancellationToken cancellationToken)
    {
        if (!await db.ChecklistItems.AnyAsync(i => i.TemplateVersion == inspection.ChecklistVersion && i.Code == itemCode, cancellationToken))
        {
            throw DomainException.NotFound();
        }
    }

    public static async Task<int> CurrentChecklistVersionAsync(this ILicensingDb db, CancellationToken cancellationToken) =>
        await db.ChecklistItems.MaxAsync(i => (int?)i.TemplateVersion, cancellationToken) ?? 1;
}
