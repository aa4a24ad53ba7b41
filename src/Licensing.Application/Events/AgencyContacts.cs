using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Users;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Events;

/// <summary>Whom a message to an agency reaches: every staff user, and the agency's own address.</summary>
public sealed record AgencyContacts(IReadOnlyList<UserContact> Staff, string Email)
{
    public static async Task<AgencyContacts> LookUpAsync(ILicensingDb db, IUserDirectory directory, Guid agencyId, CancellationToken cancellationToken)
    {
        var staff = await directory.AgencyStaffAsync(agencyId, cancellationToken);
        var email = await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Email).SingleAsync(cancellationToken);
        return new AgencyContacts(staff, email);
    }

    /// <summary>The contacts of each agency a sweep reaches, looked up once per run.</summary>
    public static LookupCache<Guid, AgencyContacts> CacheFor(ILicensingDb db, IUserDirectory directory) =>
        new((agencyId, cancellationToken) => LookUpAsync(db, directory, agencyId, cancellationToken));
}
