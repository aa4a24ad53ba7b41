using Licensing.Domain.Licences;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Tests.Support;

/// <summary>Licences the demo data holds.</summary>
public static class DemoLicences
{
    /// <summary>The first active licence's number, in number order.</summary>
    public static Task<string> ActiveNumberAsync(LicensingApp app) =>
        app.WithDbAsync(db => db.Licences.Where(l => l.Status == LicenceStatus.Active).OrderBy(l => l.Number).Select(l => l.Number).FirstAsync());
}
