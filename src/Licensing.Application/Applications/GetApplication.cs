using Licensing.Application.Abstractions;
using Licensing.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Applications;

/// <summary>An application with its details, documents against the checklist, and its history with the officer's messages.</summary>
public static class GetApplication
{
    public sealed record Requirement(string Code, string NameKm, string NameEn, bool Provided);

    public sealed record Document(Guid Id, string RequirementCode, string FileName, string ContentType, long SizeBytes, string Sha256, DateTimeOffset UploadedAt, string UploadedBy);

    public sealed record Event(ApplicationStatus From, ApplicationStatus To, string? Message, DateTimeOffset At, string ByName);

    public sealed record Detail(
        Guid Id, Guid AgencyId, string AgencyNameKm, string AgencyNameEn, ApplicationKind Kind, ApplicationStatus Status, Guid? LicenceId,
        DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt, ApplicationDetails Details,
        IReadOnlyList<Requirement> Checklist, IReadOnlyList<Document> Documents, IReadOnlyList<Event> History);

    public sealed class Handler(ILicensingDb db, ICurrentUser user)
    {
        public async Task<Detail> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var application = await db.LoadVisibleAsync(user, id, cancellationToken);
            var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == application.AgencyId).Select(a => new { a.Name.Km, a.Name.En }).SingleAsync(cancellationToken);
            var requirements = await db.DocumentRequirements.AsNoTracking().Where(r => r.Active).OrderBy(r => r.Order).ToListAsync(cancellationToken);
            return new Detail(
                application.Id, application.AgencyId, agency.Km, agency.En, application.Kind, application.Status, application.LicenceId,
                application.CreatedAt, application.SubmittedAt, application.DecidedAt, application.Details,
                requirements.Select(r => new Requirement(r.Code, r.Name.Km, r.Name.En, application.Documents.Any(d => d.RequirementCode == r.Code))).ToList(),
                application.Documents.OrderBy(d => d.UploadedAt)
                    .Select(d => new Document(d.Id, d.RequirementCode, d.File.FileName, d.File.ContentType, d.File.SizeBytes, d.File.Sha256, d.UploadedAt, d.UploadedBy)).ToList(),
                application.Events.OrderBy(e => e.At).ThenBy(e => e.Id)
                    .Select(e => new Event(e.From, e.To, e.Message, e.At, e.ByName)).ToList());
        }
    }
}
