using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Users;
using Licensing.Application.Workers;
using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Identity;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Disappearances;

/// <summary>
/// The agency, an embassy, the Ministry of Interior or MLVT reports that a worker abroad has
/// disappeared. A retried request with the same Idempotency-Key returns the case it created.
/// </summary>
public static class ReportDisappearance
{
    public sealed record Command(
        Guid? WorkerId, string LastKnownLocation, double? Latitude, double? Longitude, DateTimeOffset? LastContactAt,
        DateTimeOffset? AgencyLearnedAt, string Circumstances, string? OthersInformed);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.WorkerId).NotNull().WithName(_ => Text.Pick("Worker", "ពលករ"));
            RuleFor(c => c.LastKnownLocation).NotEmpty().MaximumLength(500).WithName(_ => Text.Pick("Last known location", "ទីតាំងចុងក្រោយដែលដឹង"));
            RuleFor(c => c.Latitude).InclusiveBetween(-90, 90).WithName(_ => Text.Pick("Latitude", "រយៈទទឹង"));
            RuleFor(c => c.Longitude).InclusiveBetween(-180, 180).WithName(_ => Text.Pick("Longitude", "រយៈបណ្ដោយ"));
            RuleFor(c => c.LastContactAt).NotNull().WithName(_ => Text.Pick("Last contact", "ទំនាក់ទំនងចុងក្រោយ"));
            RuleFor(c => c.Circumstances).NotEmpty().MaximumLength(4000).WithName(_ => Text.Pick("Circumstances", "កាលៈទេសៈ"));
            RuleFor(c => c.OthersInformed).MaximumLength(1000).WithName(_ => Text.Pick("Who else knows", "អ្នកផ្សេងទៀតដែលបានដឹង"));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock, RuleSettingsCache rules)
    {
        public async Task<ReportedCase> HandleAsync(Command command, string? idempotencyKey, CancellationToken cancellationToken)
        {
            var key = idempotencyKey is null ? null : $"{user.UserId}:{idempotencyKey}";
            if (await CaseOpening.FindByKeyAsync(db, key, cancellationToken) is { } earlier) return earlier;

            var source = SourceOf(user);
            var deployment = await db.VisibleDeployments(user).AsTracking()
                .SingleOrDefaultAsync(d => d.WorkerId == command.WorkerId && d.OpenSlot != null, cancellationToken) ?? throw DomainException.NotFound();
            if (deployment.Status != DeploymentStatus.Deployed)
            {
                throw new DomainException(ErrorCodes.WorkerNotAbroad);
            }
            var facts = new DisappearanceFacts(command.LastKnownLocation.Trim(), command.Latitude, command.Longitude, command.LastContactAt!.Value,
                command.AgencyLearnedAt, command.Circumstances.Trim(), string.IsNullOrWhiteSpace(command.OthersInformed) ? null : command.OthersInformed.Trim());
            return await CaseOpening.OpenAsync(db, rules, deployment, source, facts, user.AsActor(clock), key, null, user.BodyOf(), cancellationToken);
        }

        private static ReportSource SourceOf(ICurrentUser user) =>
            user.IsInRole(Roles.AgencyStaff) ? ReportSource.Agency
            : user.IsInRole(Roles.EmbassyOfficer) ? ReportSource.Embassy
            : user.IsInRole(Roles.InteriorOfficer) ? ReportSource.Interior
            : ReportSource.Ministry;
    }
}
