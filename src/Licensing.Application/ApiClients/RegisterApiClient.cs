using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Security;
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
            RuleFor(c => c.Name).NotEmpty().MaximumLength(100).WithName(_ => Text.Pick("Name", "ឈ្មោះ"));
            RuleFor(c => c.Kind).IsInEnum().WithName(_ => Text.Pick("Kind", "ប្រភេទ"));
            RuleFor(c => c.Body).Must(b => RecipientBody.Parse(b) is { } body && ClientScopes.MayActFor(body)).When(c => c.Kind == ApiClientKind.System)
                .WithMessage(_ => Text.Pick("Choose the Ministry of Interior or an embassy.", "សូមជ្រើសរើសក្រសួងមហាផ្ទៃ ឬស្ថានទូតមួយ។"))
                .WithName(_ => Text.Pick("Body", "ស្ថាប័ន"));
            RuleFor(c => c.Scopes).NotEmpty().Must((c, scopes) => scopes.All(s => Offered(c).Contains(s)))
                .WithMessage(_ => Text.Pick("Choose scopes this client may be given.", "សូមជ្រើសរើសវិសាលភាពដែលអតិថិជននេះអាចទទួលបាន។"))
                .WithName(_ => Text.Pick("Scopes", "វិសាលភាព"));
            RuleFor(c => c.RedirectUris).NotEmpty().Must(u => AddressesIn(u) is { Count: > 0 } addresses && addresses.All(a => a is not null))
                .When(c => c.Kind == ApiClientKind.App)
                .WithMessage(_ => Text.Pick("Give one absolute address per line (https, a loopback http address or an app's own scheme).",
                    "សូមផ្ដល់អាសយដ្ឋានពេញលេញមួយក្នុងមួយបន្ទាត់ (https, http loopback ឬគ្រោងការណ៍របស់កម្មវិធី)។"))
                .WithName(_ => Text.Pick("Redirect addresses", "អាសយដ្ឋានបញ្ជូនត្រឡប់"));
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
