using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Api.Tests.Support;

/// <summary>Hangfire runs of the scheduled jobs, as the application's own job storage records them.</summary>
public static class HangfireRuns
{
    /// <summary>"Run now" over the API; returns the run's id.</summary>
    public static async Task<string> StartAsync(HttpClient admin, string job)
    {
        var response = await admin.PostAsync($"/api/v1/admin/jobs/{job}/run", null, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        return (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(response.Content, TestContext.Current.CancellationToken))
            .GetProperty("runId").GetString()!;
    }

    /// <summary>The run's states, newest first (a failed attempt awaiting its retry shows "Failed" then "Scheduled").</summary>
    public static IReadOnlyList<string> States(LicensingApp app, string runId) =>
        app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().JobDetails(runId)?.History.Select(h => h.StateName).ToList() ?? [];

    public static async Task<IReadOnlyList<string>> WaitUntilSucceededAsync(LicensingApp app, string runId, TimeSpan? within = null)
    {
        var states = await Eventually.ReturnsAsync(() => Task.FromResult(States(app, runId)), s => s.FirstOrDefault() == "Succeeded", within ?? TimeSpan.FromSeconds(30));
        Assert.Equal("Succeeded", states.FirstOrDefault());
        return states;
    }
}
