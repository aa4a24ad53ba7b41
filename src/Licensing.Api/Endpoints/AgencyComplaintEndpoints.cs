using Licensing.Application.Complaints;
using Licensing.Application.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Licensing.Api.Endpoints;

/// <summary>The respondent agency reads the complaints against it (without the complainant's identity unless shared) and answers them.</summary>
public static class AgencyComplaintEndpoints
{
    public static void MapAgencyComplaintEndpoints(this RouteGroupBuilder api)
    {
        var complaints = api.MapGroup("/agencies/{agencyId:guid}/complaints").WithTags("Complaints").RequireAuthorization(Policies.AgencyStaff);
        complaints.MapGet("/", (Guid agencyId, AgencyComplaints.Handler h, CancellationToken ct) => h.ListAsync(agencyId, ct));
        complaints.MapGet("/{id:guid}", (Guid agencyId, Guid id, AgencyComplaints.Handler h, CancellationToken ct) => h.GetAsync(agencyId, id, ct));
        complaints.MapPost("/{id:guid}/answers", async Task<NoContent> (Guid agencyId, Guid id, AgencyComplaints.AnswerCommand command, AgencyComplaints.Handler h, CancellationToken ct) =>
        {
            await h.AnswerAsync(agencyId, id, command, ct);
            return TypedResults.NoContent();
        });
    }
}
