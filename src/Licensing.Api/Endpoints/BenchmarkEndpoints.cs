using System.Runtime;
using Licensing.Api.Hosting;
using Microsoft.Extensions.Options;

namespace Licensing.Api.Endpoints;

/// <summary>
/// Endpoints for the benchmark only, mapped when <c>Bench:CeilingEndpoint</c> is true, which only bench/run.sh sets:
/// the HTTP ceiling, and the managed heap, which tells what a sweep holds better than the resident memory does.
/// </summary>
public static class BenchmarkEndpoints
{
    public static void MapBenchmarkEndpoints(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<BenchmarkOptions>>().Value.CeilingEndpoint) return;

        // A constant answer through the same pipeline (headers, localization, authorization, rate limiter), beside which real endpoints are measured.
        app.MapGet("/bench/ceiling", () => TypedResults.Ok(new { status = "ok", number = "PRA-2026-0001" })).AllowAnonymous().ExcludeFromDescription();

        // The heap as the last collection left it: sampled during a sweep, its peak is what the sweep held at once.
        app.MapGet("/bench/heap", () => TypedResults.Ok(new { heapBytes = GC.GetGCMemoryInfo().HeapSizeBytes })).AllowAnonymous().ExcludeFromDescription();

        // The live heap: a full, compacting collection first, so that runs start from the same floor.
        app.MapPost("/bench/heap/collect", () =>
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            return TypedResults.Ok(new { heapBytes = GC.GetGCMemoryInfo().HeapSizeBytes });
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
