using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Domain.Common;

namespace Licensing.Application.Complaints;

/// <summary>With the code and PIN, the complainant adds information or evidence, answers questions, withdraws, or reopens a decided complaint.</summary>
public static class RespondAsComplainant
{
    public enum Action
    {
        AddInformation,
        Withdraw,
        Reopen,
    }

    public sealed record Command(string Code, string Pin, Action? Action, string? Text);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Code).NotEmpty().MaximumLength(20).WithName(_ => Common.Text.Pick("Tracking code", "លេខកូដតាមដាន"));
            RuleFor(c => c.Pin).NotEmpty().MaximumLength(10).WithName(_ => Common.Text.Pick("PIN", "លេខសម្ងាត់"));
            RuleFor(c => c.Action).NotNull().IsInEnum().WithName(_ => Common.Text.Pick("Action", "សកម្មភាព"));
            RuleFor(c => c.Text).NotEmpty().When(c => c.Action is not Action.Withdraw).MaximumLength(4000).WithName(_ => Common.Text.Pick("Your message", "សាររបស់អ្នក"));
        }
    }

    public sealed class Handler(ILicensingDb db, IFileStore files, TimeProvider clock, RuleSettingsCache rules)
    {
        public async Task<TrackComplaint.View> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var complaint = await db.LoadForComplainantAsync(command.Code, command.Pin, clock, cancellationToken);
            var by = Complainant();
            var reopenDays = (await rules.GetAsync(db, cancellationToken)).ComplaintReopenDays;
            switch (command.Action)
            {
                case Action.AddInformation:
                    complaint.AddInformation(command.Text!.Trim(), by);
                    break;
                case Action.Withdraw:
                    complaint.Withdraw(command.Text?.Trim(), by);
                    break;
                default:
                    var resolutionDays = (await rules.GetAsync(db, cancellationToken)).ComplaintResolutionDays;
                    complaint.Reopen(command.Text!.Trim(), reopenDays, by.At.AddDays(resolutionDays), by);
                    break;
            }
            await db.SaveChangesAsync(cancellationToken);
            return TrackComplaint.ViewOf(complaint, reopenDays);
        }

        public async Task AddEvidenceAsync(string code, string pin, Stream content, string fileName, CancellationToken cancellationToken)
        {
            var complaint = await db.LoadForComplainantAsync(code, pin, clock, cancellationToken);
            if (complaint.Evidence.Count >= FileComplaint.MaxEvidenceFiles * 2)
            {
                throw new DomainException(ErrorCodes.TooManyFiles, DomainErrorKind.Invalid, FileComplaint.MaxEvidenceFiles * 2);
            }
            var maxBytes = (await rules.GetAsync(db, cancellationToken)).DocumentMaxBytes;
            complaint.AddEvidence(await files.SaveAsync(content, fileName, maxBytes, cancellationToken), Complainant());
            await db.SaveChangesAsync(cancellationToken);
        }

        private Actor Complainant() => new(null, "Complainant", clock.GetUtcNow());
    }
}
