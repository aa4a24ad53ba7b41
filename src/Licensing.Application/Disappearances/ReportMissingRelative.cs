using System.Globalization;
using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Disappearances;

/// <summary>
/// A worker's family reports them missing through the public form, without an account. The
/// worker is found by passport or national ID number and name; the alerts go out at once, marked
/// unverified, and an MLVT officer verifies the report later (or closes it as unfounded).
/// </summary>
public static class ReportMissingRelative
{
    public sealed record Command(
        string ReporterName, string ReporterPhone, string Relationship, string WorkerName, string DocumentNumber,
        string LastKnownLocation, DateTimeOffset? LastContactAt, string Circumstances, string? Website);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ReporterName).NotEmpty().MaximumLength(200).WithName(_ => Text.Pick("Your name", "ឈ្មោះរបស់អ្នក"));
            RuleFor(c => c.ReporterPhone).NotEmpty().MaximumLength(30).Matches(@"^\+?[0-9 ]{6,30}$").WithName(_ => Text.Pick("Your telephone number", "លេខទូរស័ព្ទរបស់អ្នក"));
            RuleFor(c => c.Relationship).NotEmpty().MaximumLength(100).WithName(_ => Text.Pick("How are you related to the worker?", "តើអ្នកត្រូវជាអ្វីនឹងពលករ?"));
            RuleFor(c => c.WorkerName).NotEmpty().MaximumLength(200).WithName(_ => Text.Pick("The worker's name", "ឈ្មោះពលករ"));
            RuleFor(c => c.DocumentNumber).NotEmpty().MaximumLength(30).WithName(_ => Text.Pick("Passport or ID card number", "លេខលិខិតឆ្លងដែន ឬលេខអត្តសញ្ញាណប័ណ្ណ"));
            RuleFor(c => c.LastKnownLocation).NotEmpty().MaximumLength(500).WithName(_ => Text.Pick("Where were they last?", "តើគាត់នៅទីណាចុងក្រោយ?"));
            RuleFor(c => c.LastContactAt).NotNull().WithName(_ => Text.Pick("When did you last speak with them?", "តើអ្នកបាននិយាយជាមួយគាត់ចុងក្រោយនៅពេលណា?"));
            RuleFor(c => c.Circumstances).NotEmpty().MaximumLength(4000).WithName(_ => Text.Pick("What happened?", "តើមានអ្វីកើតឡើង?"));
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
                throw new DomainException(ErrorCodes.Rejected, "The report could not be accepted.", DomainErrorKind.Invalid);
            }
            var deployment = await FindDeploymentAsync(command, cancellationToken);
            var facts = new DisappearanceFacts(command.LastKnownLocation.Trim(), null, null, command.LastContactAt!.Value, null, command.Circumstances.Trim(), null);
            var family = new FamilyReporter(command.ReporterName.Trim(), command.ReporterPhone.Trim(), command.Relationship.Trim(), Languages.Of(CultureInfo.CurrentUICulture.Name));
            var by = new Actor(null, $"{family.Name} ({family.Relationship})", clock.GetUtcNow());
            return await CaseOpening.OpenAsync(db, rules, deployment, ReportSource.Family, facts, by, key, family, null, cancellationToken);
        }

        private async Task<Deployment> FindDeploymentAsync(Command command, CancellationToken cancellationToken)
        {
            var number = IdentityNumbers.Normalize(command.DocumentNumber);
            var name = command.WorkerName.Trim().ToUpperInvariant();
            var candidates = await db.Workers.AsNoTracking()
                .Where(w => w.PassportNumber == number || w.NationalId == number)
                .Select(w => new { w.Id, w.NameLatin, w.NameKm }).ToListAsync(cancellationToken);
            var worker = candidates.FirstOrDefault(w => w.NameLatin.ToUpperInvariant().Contains(name) || w.NameKm.Contains(command.WorkerName.Trim()) || name.Contains(w.NameLatin.ToUpperInvariant()));
            var deployment = worker is null ? null
                : await db.Deployments.SingleOrDefaultAsync(d => d.WorkerId == worker.Id && d.Status == DeploymentStatus.Deployed, cancellationToken);
            return deployment ?? throw new DomainException(ErrorCodes.WorkerAbroadNotFound, Text.Pick(
                "We could not find a worker abroad with this name and number. Check the passport or ID number, or call the MLVT hotline.",
                "យើងរកមិនឃើញពលករនៅបរទេសដែលមានឈ្មោះ និងលេខនេះទេ។ សូមពិនិត្យលេខលិខិតឆ្លងដែន ឬអត្តសញ្ញាណប័ណ្ណ ឬទូរស័ព្ទទៅខ្សែទូរស័ព្ទក្រសួង។"), DomainErrorKind.Invalid);
        }
    }
}
