using Licensing.Api.Tests.Support;
using Licensing.Domain.Common;
using Licensing.Infrastructure.Persistence;
using Licensing.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Api.Tests.Forms;

/// <summary>ADR-031: the daily form-tokens-sweep deletes used form tokens past their useful life and keeps the younger ones.</summary>
public abstract class FormTokensSweepTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : LicensingApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TokensOlderThanTheirUsefulLife_AreDeleted_AndYoungerOnesKept()
    {
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var old = Guid.NewGuid().ToString("N");
        var young = Guid.NewGuid().ToString("N");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
            db.FormSubmissions.Add(new FormSubmission(old, now - FormTokensSweep.UsefulLife - TimeSpan.FromMinutes(5)));
            db.FormSubmissions.Add(new FormSubmission(young, now - FormTokensSweep.UsefulLife + TimeSpan.FromMinutes(5)));
            await db.SaveChangesAsync(Ct);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await JobCatalog.Find("form-tokens-sweep")!.Run(scope.ServiceProvider, Ct);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var kept = await scope.ServiceProvider.GetRequiredService<LicensingDbContext>().FormSubmissions
                .Where(s => s.Token == old || s.Token == young).Select(s => s.Token).ToListAsync(Ct);
            Assert.Equal([young], kept);
        }
    }
}

public sealed class SqliteFormTokensSweepTests(SqliteApp app) : FormTokensSweepTests<SqliteApp>(app);

public sealed class PostgresFormTokensSweepTests(PostgresApp app) : FormTokensSweepTests<PostgresApp>(app);
