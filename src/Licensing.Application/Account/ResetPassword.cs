using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;

namespace Licensing.Application.Account;

/// <summary>Someone who asked for a reset link sets a new password with its single-use, expiring token.</summary>
public static class ResetPassword
{
    public sealed record Reset(string Email, string Token, string NewPassword);

    public sealed class ResetValidator : AbstractValidator<Reset>
    {
        public ResetValidator()
        {
            RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(256).WithName(_ => Catalogue.Say(Keys.EMail));
            RuleFor(r => r.Token).NotEmpty().MaximumLength(2000).WithName(_ => Catalogue.Say(Keys.ResetCode));
            RuleFor(r => r.NewPassword).NotEmpty().MinimumLength(10).MaximumLength(128).WithName(_ => Catalogue.Say(Keys.NewPassword));
        }
    }

    public sealed class Handler(IPasswordReset reset)
    {
        public async Task ResetAsync(Reset request, CancellationToken cancellationToken)
        {
            var (succeeded, errors) = await reset.ResetAsync(request.Email.Trim(), request.Token, request.NewPassword);
            if (!succeeded)
            {
                throw errors.Count > 0
                    ? new DomainException(ErrorCodes.ResetRefused, DomainErrorKind.Invalid, string.Join(" ", errors)) { MessageKey = Keys.PasswordRefused }
                    : new DomainException(ErrorCodes.ResetRefused, DomainErrorKind.Invalid);
            }
        }
    }
}
