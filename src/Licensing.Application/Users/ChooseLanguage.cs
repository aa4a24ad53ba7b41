using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Texts;
using Licensing.Domain.Common;

namespace Licensing.Application.Users;

/// <summary>A signed-in user chooses the language (Khmer or English) their notifications are written in.</summary>
public static class ChooseLanguage
{
    public sealed record Command(string? Language);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Language).NotEmpty().Must(l => l is Languages.Khmer or Languages.English).WithName(_ => Catalogue.Say(Keys.Language));
    }

    public sealed class Handler(IUserAccounts accounts, ICurrentUser user)
    {
        public Task HandleAsync(Command command, CancellationToken cancellationToken) =>
            accounts.SetLanguageAsync(user.UserId!.Value, command.Language!, cancellationToken);
    }
}
