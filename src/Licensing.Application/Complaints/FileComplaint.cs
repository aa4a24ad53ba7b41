using System.Globalization;
using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Complaints;

/// <summary>
/// Anyone files a complaint without an account, or an officer files it for someone. The filer
/// gets a tracking code and a PIN (by SMS too when a phone is given and a gateway delivers; the code alone by e-mail);
/// the desk is told, and the Ministry of Interior too when the recruiter is not a known agency
/// (ComplaintFiled, ComplaintPinIssued). Evidence files are staged and kept only if the complaint commits.
/// </summary>
public static class FileComplaint
{
    public const int MaxEvidenceFiles = 5;

    public sealed record Command(
        FilerRole? FiledAs, string? FilerName, string? FilerOrganisation, string WorkerName, string? Phone, string? Email, string? PassportNumber,
        string ProvinceCode, PreferredContact? PreferredContact, Guid? AgencyId, string? UnlicensedRecruiter, ComplaintCategory? Category, string WhatHappened, string? Where,
        string? When, string? WhatTheyWant, bool ShareIdentityWithAgency, bool SendToMinistry, string? Website = null);

    public sealed record EvidenceFile(Stream Content, string FileName);

    /// <summary>The code and PIN to show once; <paramref name="SentBySms"/> only when a text message carrying them will reach the phone given.</summary>
    public sealed record Receipt(Guid Id, string TrackingCode, string Pin, bool SentBySms);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.FiledAs).NotNull().IsInEnum().WithName(_ => Catalogue.Say(Keys.YouAre));
            RuleFor(c => c.FilerName).NotEmpty().When(c => c.FiledAs is not null and not FilerRole.Worker).MaximumLength(200).WithName(_ => Catalogue.Say(Keys.YourName));
            RuleFor(c => c.FilerOrganisation).MaximumLength(200).WithName(_ => Catalogue.Say(Keys.Organisation));
            RuleFor(c => c.WorkerName).NotEmpty().MaximumLength(200).WithName(_ => Catalogue.Say(Keys.WorkerSName));
            RuleFor(c => c.Phone).ValidPhone(Keys.Phone);
            RuleFor(c => c.Email).MaximumLength(256).EmailAddress().When(c => !string.IsNullOrEmpty(c.Email)).WithName(_ => Catalogue.Say(Keys.EMail));
            RuleFor(c => c.PassportNumber).MaximumLength(32).Matches("^[A-Za-z0-9 -]*$").WithName(_ => Catalogue.Say(Keys.PassportNumber));
            RuleFor(c => c.PreferredContact).IsInEnum().WithName(_ => Catalogue.Say(Keys.HowToReachYou));
            RuleFor(c => c.ProvinceCode).NotEmpty().MaximumLength(8).WithName(_ => Catalogue.Say(Keys.Province));
            RuleFor(c => c.UnlicensedRecruiter).NotEmpty().When(c => c.AgencyId is null).MaximumLength(300)
                .WithName(_ => Catalogue.Say(Keys.TheAgencyOrRecruiter));
            RuleFor(c => c.Category).NotNull().IsInEnum().WithName(_ => Catalogue.Say(Keys.WhatIsItAbout));
            RuleFor(c => c.WhatHappened).NotEmpty().MaximumLength(4000).WithName(_ => Catalogue.Say(Keys.WhatHappened));
            RuleFor(c => c.Where).MaximumLength(300).WithName(_ => Catalogue.Say(Keys.Where));
            RuleFor(c => c.When).MaximumLength(100).WithName(_ => Catalogue.Say(Keys.When));
            RuleFor(c => c.WhatTheyWant).MaximumLength(1000).WithName(_ => Catalogue.Say(Keys.WhatYouWant));
            RuleFor(c => c.Website).Empty().WithName(_ => Catalogue.Say(Keys.LeaveThisEmpty));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IFileStore files, DomainEvents events, ISmsGatewayStatus sms, TimeProvider clock, BusinessCalendar calendar, RuleSettingsCache rules)
    {
        public async Task<Receipt> HandleAsync(Command command, IReadOnlyList<EvidenceFile> evidence, CancellationToken cancellationToken)
        {
            await db.EnsureProvinceExistsAsync(command.ProvinceCode, cancellationToken);
            if (command.AgencyId is { } agencyId && !await db.Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken))
            {
                throw new DomainException(ErrorCodes.AgencyUnknown, DomainErrorKind.Invalid);
            }
            if (evidence.Count > MaxEvidenceFiles)
            {
                throw new DomainException(ErrorCodes.TooManyFiles, DomainErrorKind.Invalid, MaxEvidenceFiles);
            }
            var now = clock.GetUtcNow();
            var by = user.UserId is null ? Actor.Complainant(now) : user.AsActor(clock);
            var pin = PublicPin.New();
            var complaint = new Complaint(
                ComplaintSecrets.NewTrackingCode(), PublicPin.Hash(pin), command.AgencyId, command.UnlicensedRecruiter,
                new Complainant(command.FiledAs!.Value, Clean(command.FilerName), Clean(command.FilerOrganisation), command.WorkerName.Trim(), Clean(command.Phone),
                    Clean(command.Email), Clean(command.PassportNumber), command.ProvinceCode, command.PreferredContact, Languages.Of(CultureInfo.CurrentUICulture.Name)),
                command.ShareIdentityWithAgency,
                new ComplaintAccount(command.Category!.Value, command.WhatHappened.Trim(), Clean(command.Where), Clean(command.When), Clean(command.WhatTheyWant)),
                ComplaintRouting.DeskFor(command.Category.Value, command.SendToMinistry), user.UserId,
                await AcknowledgeByAsync(now, cancellationToken), now.AddDays((await rules.GetAsync(db, cancellationToken)).ComplaintResolutionDays), by);
            var maxBytes = (await rules.GetAsync(db, cancellationToken)).DocumentMaxBytes;
            foreach (var file in evidence)
            {
                complaint.AddEvidence(await files.SaveAsync(file.Content, file.FileName, maxBytes, cancellationToken), by);
            }
            db.Complaints.Add(complaint);
            if (complaint.Complainant.Phone is { } phone) events.Raise(new ComplaintPinIssued(complaint.Id, complaint.TrackingCode, phone, pin, complaint.Complainant.Language, now));
            await db.SaveChangesAsync(cancellationToken);
            return new Receipt(complaint.Id, complaint.TrackingCode, pin, complaint.Complainant.Phone is not null && sms.Delivers);
        }

        /// <summary>The set number of working days (R35) after the Phnom Penh date of receipt, at the same time of day.</summary>
        private async Task<DateTimeOffset> AcknowledgeByAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
            await calendar.AddWorkingDaysAsync(db, now, (await rules.GetAsync(db, cancellationToken)).ComplaintAcknowledgementWorkingDays, cancellationToken);

        private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
