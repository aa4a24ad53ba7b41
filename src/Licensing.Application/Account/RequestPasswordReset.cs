using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Identity;

namespace Licensing.Application.Account;

/// <summary>
/// Someone who forgot their password asks for a reset link by e-mail (PasswordResetRequested); the
/// answer never says whether the address is known.
/// </summary>
public static class RequestPasswordReset
{
    public sealed record Command(string Email);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(256).WithName(_ => Catalogue.Say(Keys.EMail));
    }

    public sealed class Handler(ILicensingDb db, IPasswordReset reset, DomainEvents events, TimeProvider clock)
    {
        public async Task HandleAsync(Command command, string resetPageUrl, CancellationToken cancellationToken)
        {
            var email = command.Email.Trim();
            if (await reset.CreateTokenAsync(email) is not { } token) return;
            var link = $"{resetPageUrl}?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}";
            events.Raise(new PasswordResetRequested(email, link, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
