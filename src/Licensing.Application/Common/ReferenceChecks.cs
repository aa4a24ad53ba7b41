using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Common;

public static class ReferenceChecks
{
    public static async Task EnsureProvinceExistsAsync(this ILicensingDb db, string provinceCode, CancellationToken cancellationToken)
    {
        if (!await db.Provinces.AnyAsync(p => p.Code == provinceCode, cancellationToken))
        {
            throw new DomainException(ErrorCodes.ProvinceUnknown, DomainErrorKind.Invalid);
        }
    }
}
