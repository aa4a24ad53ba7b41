using System.Linq.Expressions;
using Licensing.Application.Abstractions;
using Licensing.Application.Agencies;
using Licensing.Application.Common;
using Licensing.Domain.Common;
using Licensing.Domain.Complaints;
using Licensing.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Complaints;

/// <summary>
/// Who sees and who handles which complaints. MLVT (licensing officers, administrators) sees and
/// handles all; a provincial officer sees the complaints from the province and handles those on
/// the province's desk; an embassy officer sees those they filed; an interior officer those
/// against unlicensed recruiters or referred to the police. The complainant reaches theirs by code and PIN.
/// </summary>
public static class ComplaintAccess
{
    /// <summary>
    /// An open complaint (<see cref="Complaint.IsOpenStatus"/>) in a query, spelled out as constants so that
    /// the database reads open complaints from its partial index.
    /// </summary>
    public static readonly Expression<Func<Complaint, bool>> IsOpen = StatusPredicate.AnyOf((Complaint c) => c.Status, Complaint.OpenStatuses);

    public static IQueryable<Complaint> VisibleComplaints(this ILicensingDb db, ICurrentUser user)
    {
        var complaints = db.Complaints.AsNoTracking();
        if (user.IsLicensingOfficer()) return complaints;
        if (user.IsInRole(Roles.ProvincialOfficer)) return complaints.Where(c => c.Complainant.ProvinceCode == user.ProvinceCode);
        if (user.IsInRole(Roles.EmbassyOfficer)) return complaints.Where(c => c.FiledByUserId == user.UserId);
        if (user.IsInRole(Roles.InteriorOfficer)) return complaints.Where(c => c.AgencyId == null || c.ReferredTo == ReferralTarget.PoliceOrNcct);
        return complaints.Where(_ => false);
    }

    public static bool Handles(this ICurrentUser user, Complaint complaint) =>
        user.IsLicensingOfficer()
        || (user.IsInRole(Roles.ProvincialOfficer) && complaint.Desk == ComplaintDesk.Province && complaint.Complainant.ProvinceCode == user.ProvinceCode);

    public static async Task<Complaint> LoadForHandlingAsync(this ILicensingDb db, ICurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        if (!await db.VisibleComplaints(user).AnyAsync(c => c.Id == id, cancellationToken)) throw DomainException.NotFound();
        var complaint = await db.Complaints.Include(c => c.Entries).Include(c => c.Evidence).SingleAsync(c => c.Id == id, cancellationToken);
        if (!user.Handles(complaint))
        {
            throw new DomainException(ErrorCodes.NotComplaintHandler);
        }
        return complaint;
    }

    /// <summary>The complaint the code and PIN open (<see cref="PublicPin.OpenAsync"/>).</summary>
    public static async Task<Complaint> LoadForComplainantAsync(this ILicensingDb db, string? code, string? pin, TimeProvider clock, CancellationToken cancellationToken)
    {
        var trackingCode = ComplaintSecrets.NormalizeCode(code);
        var complaint = await db.Complaints.Include(c => c.Entries).Include(c => c.Evidence)
            .SingleOrDefaultAsync(c => c.TrackingCode == trackingCode, cancellationToken);
        return await PublicPin.OpenAsync(db, complaint, pin, clock, ErrorCodes.ComplaintNotFound, cancellationToken);
    }
}
