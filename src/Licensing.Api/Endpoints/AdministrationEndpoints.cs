using Licensing.Application.Security;
using Licensing.Application.Abstractions;
using Licensing.Application.Audit;
using Licensing.Application.Calendar;
using Licensing.Application.Common;
using Licensing.Application.Disappearances;
using Licensing.Application.Documents;
using Licensing.Application.Outbox;
using Licensing.Application.Settings;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Licensing.Api.Endpoints;

/// <summary>The administrator's API: audit trail, settings, scheduled jobs and the notification outbox.</summary>
public static class AdministrationEndpoints
{
    public sealed record SettingVersion(string Key, Guid Version);

    public static void MapAdministrationEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", ListAuditAsync).WithTags("Audit").RequireAuthorization(Policies.Administrators);

        var settings = api.MapGroup("/settings").WithTags("Settings").RequireAuthorization(Policies.Administrators);
        settings.MapGet("/", (ListSettings.Handler handler, CancellationToken ct) => handler.HandleAsync(ct));
        settings.MapPut("/{key}", UpdateSettingAsync);

        var requirements = api.MapGroup("/document-requirements").WithTags("Licence applications").RequireAuthorization();
        requirements.MapGet("/", (ManageDocumentRequirements.Handler handler, CancellationToken ct) => handler.ListAsync(ct));
        requirements.MapPut("/", async (ManageDocumentRequirements.Command command, ManageDocumentRequirements.Handler handler, CancellationToken ct) =>
        {
            await handler.SaveAsync(command, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.Administrators);

        var admin = api.MapGroup("/admin").WithTags("Administration").RequireAuthorization(Policies.Administrators);
        admin.MapGet("/jobs", (IJobScheduler jobs, CancellationToken ct) => jobs.ListAsync(ct)).WithSummary("List scheduled jobs");
        admin.MapPost("/jobs/{name}/run", RunJobAsync);
        admin.MapPut("/jobs/{name}/schedule", RescheduleJobAsync)
            .WithDescription("The job's cron schedule in Phnom Penh time (minute hour day month weekday); an empty cron puts back its default.");
        admin.MapGet("/outbox", (ListOutbox.Handler handler, CancellationToken ct) => handler.HandleAsync(ct));
        admin.MapPost("/outbox/{id:guid}/redeliver", RedeliverAsync);
        admin.MapGet("/webhooks", (ManageWebhookEndpoints.Handler handler, CancellationToken ct) => handler.ListAsync(ct));
        admin.MapPut("/webhooks/{bodyKey}", async (string bodyKey, ManageWebhookEndpoints.Command command, ManageWebhookEndpoints.Handler handler, CancellationToken ct) =>
        {
            await handler.SetAsync(bodyKey, command, ct);
            return TypedResults.NoContent();
        }).WithDescription("Where the body's system ('embassy:TH', 'interior', 'ministry') receives signed alert webhooks; the secret is write-only.");

        var holidays = admin.MapGroup("/holidays").WithTags("Public holidays");
        holidays.MapGet("/", (int? year, ListPublicHolidays.Handler handler, CancellationToken ct) => handler.HandleAsync(year, ct))
            .WithDescription("The public holidays that working-day deadlines skip: of one year, or from this year on.");
        holidays.MapPost("/", AddHolidayAsync);
        holidays.MapDelete("/{id:guid}", async (Guid id, RemovePublicHoliday.Handler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });
    }

    private static async Task<Created<HolidayCreated>> AddHolidayAsync(AddPublicHoliday.Command command, AddPublicHoliday.Handler handler, CancellationToken cancellationToken)
    {
        var id = await handler.HandleAsync(command, cancellationToken);
        return TypedResults.Created($"/api/v1/admin/holidays/{id}", new HolidayCreated(id));
    }

    public sealed record HolidayCreated(Guid Id);

    private static async Task<Ok<Page<ListAuditEntries.Entry>>> ListAuditAsync(
        string? entityType, string? entityId, Guid? userId, int? page, int? pageSize, ListAuditEntries.Handler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(new ListAuditEntries.Query(entityType, entityId, userId, page, pageSize), cancellationToken));

    private static async Task<Ok<SettingVersion>> UpdateSettingAsync(string key, UpdateSetting.Command command, UpdateSetting.Handler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(new SettingVersion(key, await handler.HandleAsync(key, command, cancellationToken)));

    public sealed record JobRun(string RunId);

    /// <summary>202 with the run's id; the run is at /admin/hangfire/jobs/details/{id}.</summary>
    private static async Task<Results<Accepted<JobRun>, NotFound>> RunJobAsync(string name, IJobScheduler jobs, CancellationToken cancellationToken) =>
        await jobs.TriggerAsync(name, cancellationToken) is { } run
            ? TypedResults.Accepted($"/admin/hangfire/jobs/details/{run}", new JobRun(run))
            : TypedResults.NotFound();

    public sealed record JobScheduleChange(string? Cron);

    private static async Task<Results<NoContent, NotFound>> RescheduleJobAsync(string name, JobScheduleChange change, IJobScheduler jobs, CancellationToken cancellationToken) =>
        await jobs.RescheduleAsync(name, change.Cron, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<NoContent> RedeliverAsync(Guid id, RedeliverOutboxMessage.Handler handler, CancellationToken cancellationToken)
    {
        await handler.HandleAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }
}
