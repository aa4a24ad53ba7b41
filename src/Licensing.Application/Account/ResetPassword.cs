using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Common;

namespace Licensing.Application.Account;

/// <summary>
/// Someone who forgot their password asks for a reset link by e-mail (the answer never says
/// whether the address is known), then sets a new password with the single-use, expiring token.
/// </summary>
public static class ResetPassword
{
    public sealed record Request(string Email);

    public sealed record Reset(string Email, string Token, string NewPassword);

    public sealed class RequestValidator : AbstractValidator<Request>
    {
        public RequestValidator() => RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(256).WithName(_ => Text.Pick("E-mail", "អ៊ីមែល"));
    }

    public sealed class ResetValidator : AbstractValidator<Reset>
    {
        public ResetValidator()
        {
            RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(256).WithName(_ => Text.Pick("E-mail", "អ៊ីមែល"));
            RuleFor(r => r.Token).NotEmpty().MaximumLength(2000).WithName(_ => Text.Pick("Reset code", "លេខកូដកំណត់ឡើងវិញ"));
            RuleFor(r => r.NewPassword).NotEmpty().MinimumLength(10).MaximumLength(128).WithName(_ => Text.Pick("New password", "ពាក្យសម្ងាត់ថ្មី"));
        }
    }

    public sealed class Handler(ILicensingDb db, IPasswordReset reset, TimeProvider clock)
    {
        public async Task RequestAsync(Request request, string resetPageUrl, CancellationToken cancellationToken)
        {
            var email = request.Email.Trim();
            if (await reset.CreateTokenAsync(email) is not { } token) return;
            var link = $"{resetPageUrl}?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}";
            db.NotifyAddress(email, "Reset your Licensing password / កំណត់ពាក្យសម្ងាត់ឡើងវិញ",
                $"Open this link within 2 hours to choose a new password. If you did not ask for it, ignore this message.\n{link}",
                clock.GetUtcNow(), $"password-reset:{Guid.CreateVersion7()}");
            await db.SaveChangesAsync(cancellationToken);
        }

        public async Task ResetAsync(Reset request, CancellationToken cancellationToken)
        {
            var (succeeded, errors) = await reset.ResetAsync(request.Email.Trim(), request.Token, request.NewPassword);
            if (!succeeded)
            {
                throw new DomainException(ErrorCodes.ResetRefused, errors.Count > 0 ? string.Join(" ", errors)
                    : Text.Pick("This reset link is wrong, already used or expired. Ask for a new one.", "តំណនេះមិនត្រឹមត្រូវ បានប្រើរួច ឬផុតកំណត់។ សូមស្នើសុំតំណថ្មី។"), DomainErrorKind.Invalid);
            }
        }
    }
}
