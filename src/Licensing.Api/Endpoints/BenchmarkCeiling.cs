using Licensing.Api.Hosting;
using Microsoft.Extensions.Options;

namespace Licensing.Api.Endpoints;

/// <summary>
/// A constant answer through the same pipeline (headers, localization, authorization, rate
/// limiter): the benchmark's HTTP ceiling, beside which real endpoints are measured. Mapped only
/// when <c>Bench:CeilingEndpoint</c> is true, which only bench/run.sh sets.
/// </summary>
public static class BenchmarkCeiling
{
    public static void MapBenchmarkCeiling(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<BenchmarkOptions>>().Value.CeilingEndpoint) return;
        app.MapGet("/bench/ceiling", () => TypedResults.Ok(new { status = "ok", number = "PRA-2026-0001" })).AllowAnonymous().ExcludeFromDescription();
    }
}
