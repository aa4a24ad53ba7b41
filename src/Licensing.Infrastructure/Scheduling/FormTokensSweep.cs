using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Infrastructure.Scheduling;

/// <summary>
/// Keeps the used one-time form tokens only while their form may still be posted again (ADR-031): a page left open
/// in a tab or reached with the back button a few days later. After that a token is no longer worth its row.
/// </summary>
public sealed class FormTokensSweep(LicensingDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan UsefulLife = TimeSpan.FromDays(7);

    public async Task HandleAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - UsefulLife;
        await db.FormSubmissions.Where(s => s.SubmittedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
