using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Security;
using Licensing.Application.Texts;
using Licensing.Domain.Disappearances;

namespace Licensing.Application.ApiClients;

/// <summary>An administrator registers a client of the OpenID Connect server, with the scopes it may be granted.</summary>
public static class RegisterApiClient
{
    /// <param name="Body">A recipient body key ("interior", "embassy:TH"), for a system client.</param>
    /// <param name="RedirectUris">One address per line, for an app.</param>
    public sealed record Command(string Name, ApiClientKind Kind, string? Body, IReadOnlyList<string> Scopes, string? RedirectUris);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().MaximumLength(100).WithName(_ => Catalogue.Say(Keys.Name));
            RuleFor(c => c.Kind).IsInEnum().WithName(_ => Catalogue.Say(Keys.Kind));
            RuleFor(c => c.Body).Must(b => RecipientBody.Parse(b) is { } body && ClientScopes.MayActFor(body)).When(c => c.Kind == ApiClientKind.System)
                .WithMessage(_ => Catalogue.Say(Keys.ChooseInteriorOrAnEmbassy))
                .WithName(_ => Catalogue.Say(Keys.Body));
            RuleFor(c => c.Scopes).NotEmpty().Must((c, scopes) => scopes.All(s => Offered(c).Contains(s)))
                .WithMessage(_ => Catalogue.Say(Keys.ChooseScopesThisClientMayBeGiven))
                .WithName(_ => Catalogue.Say(Keys.Scopes));
            RuleFor(c => c.RedirectUris).NotEmpty().Must(u => AddressesIn(u) is { Count: > 0 } addresses && addresses.All(a => a is not null))
                .When(c => c.Kind == ApiClientKind.App)
                .WithMessage(_ => Catalogue.Say(Keys.OneAbsoluteAddressPerLine))
                .WithName(_ => Catalogue.Say(Keys.RedirectAddresses));
        }
    }

    /// <summary>The scopes a client of the command's kind and body may be given.</summary>
    public static IReadOnlyList<string> Offered(Command command) =>
        command.Kind == ApiClientKind.System
            ? RecipientBody.Parse(command.Body) is { } body && ClientScopes.MayActFor(body) ? ClientScopes.For(body) : []
            : ClientScopes.All;

    /// <summary>Each line's address, or null for a line that is not an acceptable redirect address.</summary>
    private static List<Uri?> AddressesIn(string? lines) =>
        (lines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => Uri.TryCreate(line, UriKind.Absolute, out var uri) && Acceptable(uri) ? uri : null).ToList();

    private static bool Acceptable(Uri uri) => uri.Fragment.Length == 0 && (uri.Scheme == Uri.UriSchemeHttps
        || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)
        || (uri.Scheme.Contains('.') && uri.Scheme != Uri.UriSchemeHttp));

    public sealed class Handler(IApiClientRegistry clients)
    {
        public Task<ApiClientCredentials> HandleAsync(Command command, CancellationToken cancellationToken) =>
            clients.RegisterAsync(new ApiClientRegistration(command.Name.Trim(),
                command.Kind == ApiClientKind.System ? RecipientBody.Parse(command.Body) : null,
                command.Scopes.Distinct().ToList(),
                command.Kind == ApiClientKind.App ? AddressesIn(command.RedirectUris).OfType<Uri>().ToList() : []), cancellationToken);
    }
}
