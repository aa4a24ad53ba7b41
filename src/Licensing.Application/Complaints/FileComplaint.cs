using System.Globalization;
using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Domain.Common;
using Licensing.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Complaints;

/// <summary>
/// Anyone files a complaint without an account, or an officer files it for someone. The filer
/// gets a tracking code and a PIN (by SMS too when a phone is given; the code alone by e-mail);
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

    public sealed record Receipt(Guid Id, string TrackingCode, string Pin);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.FiledAs).NotNull().IsInEnum().WithName(_ => Text.Pick("You are", "អ្នកគឺជា"));
            RuleFor(c => c.FilerName).NotEmpty().When(c => c.FiledAs is not null and not FilerRole.Worker).MaximumLength(200).WithName(_ => Text.Pick("Your name", "ឈ្មោះរបស់អ្នក"));
            RuleFor(c => c.FilerOrganisation).MaximumLength(200).WithName(_ => Text.Pick("Organisation", "ស្ថាប័ន"));
            RuleFor(c => c.WorkerName).NotEmpty().MaximumLength(200).WithName(_ => Text.Pick("Worker's name", "ឈ្មោះពលករ"));
            RuleFor(c => c.Phone).MaximumLength(30).Matches(@"^\+?[0-9 ()-]*$").WithName(_ => Text.Pick("Phone", "ទូរស័ព្ទ"));
            RuleFor(c => c.Email).MaximumLength(256).EmailAddress().When(c => !string.IsNullOrEmpty(c.Email)).WithName(_ => Text.Pick("E-mail", "អ៊ីមែល"));
            RuleFor(c => c.PassportNumber).MaximumLength(32).Matches("^[A-Za-z0-9 -]*$").WithName(_ => Text.Pick("Passport number", "លេខលិខិតឆ្លងដែន"));
            RuleFor(c => c.PreferredContact).IsInEnum().WithName(_ => Text.Pick("How to reach you", "របៀបទាក់ទងអ្នក"));
            RuleFor(c => c.ProvinceCode).NotEmpty().MaximumLength(8).WithName(_ => Text.Pick("Province", "ខេត្ត"));
            RuleFor(c => c.UnlicensedRecruiter).NotEmpty().When(c => c.AgencyId is null).MaximumLength(300)
                .WithName(_ => Text.Pick("The agency or recruiter", "ភ្នាក់ងារ ឬអ្នកជ្រើសរើស"));
            RuleFor(c => c.Category).NotNull().IsInEnum().WithName(_ => Text.Pick("What is it about", "អំពីអ្វី"));
            RuleFor(c => c.WhatHappened).NotEmpty().MaximumLength(4000).WithName(_ => Text.Pick("What happened", "តើមានអ្វីកើតឡើង"));
            RuleFor(c => c.Where).MaximumLength(300).WithName(_ => Text.Pick("Where", "នៅឯណា"));
            RuleFor(c => c.When).MaximumLength(100).WithName(_ => Text.Pick("When", "នៅពេលណា"));
            RuleFor(c => c.WhatTheyWant).MaximumLength(1000).WithName(_ => Text.Pick("What you want", "អ្វីដែលអ្នកចង់បាន"));
            RuleFor(c => c.Website).Empty().WithName(_ => Text.Pick("Leave this empty", "សូមទុកចន្លោះនេះឱ្យទទេ"));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IFileStore files, DomainEvents events, TimeProvider clock, BusinessCalendar calendar, RuleSettingsCache rules)
    {
        public async Task<Receipt> HandleAsync(Command command, IReadOnlyList<EvidenceFile> evidence, CancellationToken cancellationToken)
        {
            await db.EnsureProvinceExistsAsync(command.ProvinceCode, cancellationToken);
            if (command.AgencyId is { } agencyId && !await db.Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken))
            {
                throw new DomainException(ErrorCodes.AgencyUnknown, Text.Pick("There is no such agency.", "មិនមានភ្នាក់ងារនេះទេ។"), DomainErrorKind.Invalid);
            }
            if (evidence.Count > MaxEvidenceFiles)
            {
                throw new DomainException(ErrorCodes.TooManyFiles, Text.Pick($"Send at most {MaxEvidenceFiles} files.", $"សូមផ្ញើឯកសារយ៉ាងច្រើន {MaxEvidenceFiles}។"), DomainErrorKind.Invalid);
            }
            var now = clock.GetUtcNow();
            var by = user.UserId is null ? new Actor(null, "Complainant", now) : user.AsActor(clock);
            var pin = ComplaintSecrets.NewPin();
            var complaint = new Complaint(
                ComplaintSecrets.NewTrackingCode(), ComplaintSecrets.HashPin(pin), command.AgencyId, command.UnlicensedRecruiter,
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
            return new Receipt(complaint.Id, complaint.TrackingCode, pin);
        }

        /// <summary>The set number of working days (R35) after the Phnom Penh date of receipt, at the same time of day.</summary>
        private async Task<DateTimeOffset> AcknowledgeByAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
            await calendar.AddWorkingDaysAsync(db, now, (await rules.GetAsync(db, cancellationToken)).ComplaintAcknowledgementWorkingDays, cancellationToken);

        private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
