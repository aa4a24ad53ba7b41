using System.Globalization;
using System.Text.Json.Serialization;
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
/// worker is found tolerantly (<see cref="WorkerMatch"/>) among the workers abroad; when none matches, the case opens all
/// the same for an unregistered migrant, holding the family's description, in the country the family names. The alerts
/// go out at once, marked unverified, and an MLVT officer verifies the report later (or closes it as unfounded). The family
/// follows the case with its number and a PIN shown once (and sent by SMS when a gateway delivers).
/// </summary>
public static class ReportMissingRelative
{
    public sealed record Command(
        string ReporterName, string ReporterPhone, string Relationship, string WorkerName, string DocumentNumber,
        string LastKnownLocation, DateTimeOffset? LastContactAt, string Circumstances, string? Website,
        DateOnly? WorkerDateOfBirth = null, string? WorkerPhone = null, string? CountryCode = null, string? AgencyName = null);

    /// <summary>
    /// The case number, which is also the code to follow it with, and the PIN, shown this once (null when a retry found the
    /// case already opened); <paramref name="SentBySms"/> only when a text message carrying them will reach the reporter.
    /// Nothing else of the record: the family is not told whom the description matched.
    /// </summary>
    public sealed record Receipt(string CaseNumber, string? Pin, bool SentBySms, bool Unregistered, [property: JsonIgnore] bool Created = false);

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
            RuleFor(c => c.CountryCode).MaximumLength(2).WithName(_ => Catalogue.Say(Keys.ReceivingCountry));
            RuleFor(c => c.AgencyName).MaximumLength(300).WithName(_ => Catalogue.Say(Keys.TheAgencyThatSentThem));
        }
    }

    public sealed class Handler(ILicensingDb db, TimeProvider clock, RuleSettingsCache rules, DomainEvents events, ISmsGatewayStatus sms)
    {
        public async Task<Receipt> HandleAsync(Command command, string? idempotencyKey, CancellationToken cancellationToken)
        {
            var key = idempotencyKey is null ? null : $"public:{idempotencyKey}";
            if (await CaseOpening.FindByKeyAsync(db, key, cancellationToken) is { } earlier) return await ReceiptAsync(earlier, null, cancellationToken);
            if (!string.IsNullOrEmpty(command.Website))
            {
                throw new DomainException(ErrorCodes.ReportRejected, DomainErrorKind.Invalid);
            }
            var deployment = await FindDeploymentAsync(command, cancellationToken);
            var facts = new DisappearanceFacts(command.LastKnownLocation.Trim(), null, null, command.LastContactAt!.Value, null, command.Circumstances.Trim(), null);
            var family = new FamilyReporter(command.ReporterName.Trim(), command.ReporterPhone.Trim(), command.Relationship.Trim(), Languages.Of(CultureInfo.CurrentUICulture.Name));
            var by = new Actor(null, $"{family.Name} ({family.Relationship})", clock.GetUtcNow());
            var pin = PublicPin.New();
            void GivePin(DisappearanceCase report)
            {
                report.IssueFamilyPin(PublicPin.Hash(pin));
                events.Raise(new FamilyPinIssued(report.Id, report.Number, family.Phone, pin, family.Language, by.At));
            }
            if (deployment is not null)
            {
                return await ReceiptAsync(await CaseOpening.OpenAsync(db, rules, deployment, ReportSource.Family, facts, by, key, family, null, cancellationToken, GivePin), pin, cancellationToken);
            }
            var unregistered = DisappearanceCase.ReportUnregistered(await PersonAsync(command, cancellationToken), command.CountryCode!, facts, family, by, key);
            GivePin(unregistered);
            return await ReceiptAsync(await CaseOpening.OpenUnregisteredAsync(db, unregistered, cancellationToken), pin, cancellationToken);
        }

        private async Task<Receipt> ReceiptAsync(ReportedCase reported, string? pin, CancellationToken cancellationToken)
        {
            var unregistered = await db.DisappearanceCases.AsNoTracking().AnyAsync(c => c.Id == reported.Id && c.WorkerId == null, cancellationToken);
            return new Receipt(reported.Number, reported.Created ? pin : null, reported.Created && sms.Delivers, unregistered, reported.Created);
        }

        /// <summary>The family's description of a migrant no registered worker matches, in a country that must be named and known.</summary>
        private async Task<MissingPerson> PersonAsync(Command command, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(command.CountryCode))
            {
                var hotline = (await rules.GetAsync(db, cancellationToken)).PublicHotline;
                throw new DomainException(ErrorCodes.MissingPersonCountryNeeded, DomainErrorKind.Invalid, hotline);
            }
            var country = command.CountryCode.Trim().ToUpperInvariant();
            if (!await db.Countries.AnyAsync(c => c.Code == country, cancellationToken)) throw new DomainException(ErrorCodes.CountryUnknown, DomainErrorKind.Invalid);
            return new MissingPerson(command.WorkerName.Trim(), command.WorkerDateOfBirth, Clean(command.DocumentNumber), Clean(command.WorkerPhone), Clean(command.AgencyName));
        }

        /// <summary>The one worker abroad the description matches best (<see cref="WorkerMatch"/>), among those found by number or date of birth; null when none does.</summary>
        private async Task<Deployment?> FindDeploymentAsync(Command command, CancellationToken cancellationToken)
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
            return worker is null ? null
                : await db.Deployments.SingleOrDefaultAsync(d => d.WorkerId == worker && d.Status == DeploymentStatus.Deployed, cancellationToken);
        }

        private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
