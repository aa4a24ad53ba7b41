using System.Globalization;
using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Disappearances;

/// <summary>
/// A worker's family reports them missing through the public form, without an account. The
/// worker is found tolerantly (<see cref="WorkerMatch"/>) among the workers abroad; the alerts go out at once, marked
/// unverified, and an MLVT officer verifies the report later (or closes it as unfounded).
/// </summary>
public static class ReportMissingRelative
{
    public sealed record Command(
        string ReporterName, string ReporterPhone, string Relationship, string WorkerName, string DocumentNumber,
        string LastKnownLocation, DateTimeOffset? LastContactAt, string Circumstances, string? Website,
        DateOnly? WorkerDateOfBirth = null, string? WorkerPhone = null);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ReporterName).NotEmpty().MaximumLength(200).WithName(_ => Catalogue.Say(Keys.YourName));
            RuleFor(c => c.ReporterPhone).NotEmpty().ValidPhone(Keys.YourTelephone);
            RuleFor(c => c.Relationship).NotEmpty().MaximumLength(100).WithName(_ => Catalogue.Say(Keys.RelationshipToWorker));
            RuleFor(c => c.WorkerName).NotEmpty().MaximumLength(200).WithName(_ => Catalogue.Say(Keys.TheWorkersName));
            RuleFor(c => c.DocumentNumber).NotEmpty().When(c => c.WorkerDateOfBirth is null).MaximumLength(30)
                .WithName(_ => Catalogue.Say(Keys.PassportOrIdCardNumber));
            RuleFor(c => c.WorkerPhone).MaximumLength(30).Matches(@"^\+?[0-9 ]*$").WithName(_ => Catalogue.Say(Keys.TheWorkersTelephone));
            RuleFor(c => c.LastKnownLocation).NotEmpty().MaximumLength(500).WithName(_ => Catalogue.Say(Keys.WhereWereTheyLast));
            RuleFor(c => c.LastContactAt).NotNull().WithName(_ => Catalogue.Say(Keys.WhenDidYouLastSpeakWithThem));
            RuleFor(c => c.Circumstances).NotEmpty().MaximumLength(4000).WithName(_ => Catalogue.Say(Keys.WhatHappenedQuestion));
        }
    }

    public sealed class Handler(ILicensingDb db, TimeProvider clock, RuleSettingsCache rules)
    {
        public async Task<ReportedCase> HandleAsync(Command command, string? idempotencyKey, CancellationToken cancellationToken)
        {
            var key = idempotencyKey is null ? null : $"public:{idempotencyKey}";
            if (await CaseOpening.FindByKeyAsync(db, key, cancellationToken) is { } earlier) return earlier;
            if (!string.IsNullOrEmpty(command.Website))
            {
                throw new DomainException(ErrorCodes.ReportRejected, DomainErrorKind.Invalid);
            }
            var deployment = await FindDeploymentAsync(command, cancellationToken);
            var facts = new DisappearanceFacts(command.LastKnownLocation.Trim(), null, null, command.LastContactAt!.Value, null, command.Circumstances.Trim(), null);
            var family = new FamilyReporter(command.ReporterName.Trim(), command.ReporterPhone.Trim(), command.Relationship.Trim(), Languages.Of(CultureInfo.CurrentUICulture.Name));
            var by = new Actor(null, $"{family.Name} ({family.Relationship})", clock.GetUtcNow());
            return await CaseOpening.OpenAsync(db, rules, deployment, ReportSource.Family, facts, by, key, family, null, cancellationToken);
        }

        /// <summary>The one worker abroad the description matches best (<see cref="WorkerMatch"/>), among those found by number or date of birth.</summary>
        private async Task<Deployment> FindDeploymentAsync(Command command, CancellationToken cancellationToken)
        {
            var number = string.IsNullOrWhiteSpace(command.DocumentNumber) ? null : IdentityNumbers.Normalize(command.DocumentNumber);
            var described = new WorkerMatch.Described(command.WorkerName, number, command.WorkerDateOfBirth, command.WorkerPhone);
            var candidates = await db.Deployments.AsNoTracking().Where(d => d.Status == DeploymentStatus.Deployed)
                .Join(db.Workers, d => d.WorkerId, w => w.Id, (d, w) => w)
                .Where(w => (number != null && (w.PassportNumber == number || w.NationalId == number)) || w.DateOfBirth == command.WorkerDateOfBirth)
                .Select(w => new WorkerMatch.Candidate(w.Id, w.NameLatin, w.NameKm, w.PassportNumber, w.NationalId, w.DateOfBirth, w.Phone))
                .Take(200).ToListAsync(cancellationToken);
            var best = candidates.Select(w => (w.Id, Score: WorkerMatch.Score(described, w))).Where(m => m.Score >= WorkerMatch.Needed)
                .OrderByDescending(m => m.Score).Take(2).ToList();
            var worker = best.Count == 1 || (best.Count == 2 && best[0].Score > best[1].Score) ? best[0].Id : (Guid?)null;
            var deployment = worker is null ? null
                : await db.Deployments.SingleOrDefaultAsync(d => d.WorkerId == worker && d.Status == DeploymentStatus.Deployed, cancellationToken);
            if (deployment is not null) return deployment;
            var hotline = (await rules.GetAsync(db, cancellationToken)).PublicHotline;
            throw new DomainException(ErrorCodes.WorkerAbroadNotFound, DomainErrorKind.Invalid, hotline);
        }
    }
}
