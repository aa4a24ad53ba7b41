using System.Security.Cryptography;
using System.Text.Json;
using Licensing.Application.Abstractions;
using Licensing.Application.Security;
using Licensing.Domain.Disappearances;
using Licensing.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Licensing.Infrastructure.OpenIdConnect;

/// <summary>
/// Clients kept in OpenIddict's application store. A system client has an account of its own, holding its body's
/// officer role and country, so that every scoping rule that applies to the body's officers applies to it.
/// </summary>
public sealed class ApiClientRegistry(IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens, UserManager<ApplicationUser> users) : IApiClientRegistry
{
    private const string BodyProperty = "licensing_body";
    private const string WithdrawnProperty = "licensing_secret_withdrawn";

    /// <summary>The user name of a system client's account; the domain is reserved (RFC 2606), so no person has it.</summary>
    public static string AccountName(string clientId) => $"{clientId}@clients.licensing.invalid";

    public async Task<IReadOnlyList<ApiClientView>> ListAsync(CancellationToken cancellationToken)
    {
        var views = new List<ApiClientView>();
        await foreach (var application in applications.ListAsync(null, null, cancellationToken))
        {
            var descriptor = new OpenIddictApplicationDescriptor();
            await applications.PopulateAsync(descriptor, application, cancellationToken);
            views.Add(new ApiClientView(descriptor.ClientId!, descriptor.DisplayName ?? descriptor.ClientId!,
                descriptor.Properties.TryGetValue(BodyProperty, out var body) ? body.GetString() : null,
                descriptor.Permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
                    .Select(p => p[Permissions.Prefixes.Scope.Length..]).Order().ToList(),
                descriptor.RedirectUris.Select(u => u.ToString()).ToList(),
                descriptor.Properties.ContainsKey(WithdrawnProperty)));
        }
        return views.OrderBy(v => v.Name, StringComparer.CurrentCulture).ToList();
    }

    public async Task<ApiClientCredentials> RegisterAsync(ApiClientRegistration registration, CancellationToken cancellationToken)
    {
        var clientId = $"{Slug(registration.Name)}-{RandomNumberGenerator.GetHexString(8, lowercase: true)}";
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            DisplayName = registration.Name,
            ConsentType = ConsentTypes.Implicit,
            Permissions = { Permissions.Endpoints.Token, Permissions.Endpoints.Revocation },
        };
        foreach (var scope in registration.Scopes) descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        string? secret = null;
        if (registration.Body is { } body)
        {
            secret = NewSecret();
            descriptor.ClientType = ClientTypes.Confidential;
            descriptor.ClientSecret = secret;
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
            descriptor.Properties[BodyProperty] = JsonSerializer.SerializeToElement(body.Key);
            await CreateAccountAsync(clientId, registration.Name, body);
        }
        else
        {
            descriptor.ClientType = ClientTypes.Public;
            descriptor.Permissions.UnionWith([Permissions.Endpoints.Authorization, Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code, Permissions.Prefixes.Scope + Scopes.OfflineAccess]);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
            descriptor.RedirectUris.UnionWith(registration.RedirectUris);
        }
        await applications.CreateAsync(descriptor, cancellationToken);
        return new ApiClientCredentials(clientId, secret);
    }

    public async Task<string?> RotateSecretAsync(string clientId, CancellationToken cancellationToken)
    {
        var secret = NewSecret();
        return await ChangeSecretAsync(clientId, secret, withdrawn: false, cancellationToken) ? secret : null;
    }

    public async Task<bool> RevokeSecretAsync(string clientId, CancellationToken cancellationToken)
    {
        if (!await ChangeSecretAsync(clientId, NewSecret(), withdrawn: true, cancellationToken)) return false;
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        await tokens.RevokeByApplicationIdAsync((await applications.GetIdAsync(application!, cancellationToken))!, cancellationToken);
        return true;
    }

    /// <summary>The body a system client acts for, from its stored properties; null for an app.</summary>
    public static RecipientBody? BodyOf(IReadOnlyDictionary<string, JsonElement> properties) =>
        properties.TryGetValue(BodyProperty, out var key) ? RecipientBody.Parse(key.GetString()) : null;

    /// <summary>A withdrawn secret is replaced by one nobody knows, so the client cannot sign in until it is rotated.</summary>
    private async Task<bool> ChangeSecretAsync(string clientId, string secret, bool withdrawn, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } application) return false;
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        if (!descriptor.Properties.ContainsKey(BodyProperty)) return false;
        descriptor.ClientSecret = secret;
        if (withdrawn) descriptor.Properties[WithdrawnProperty] = JsonSerializer.SerializeToElement(true);
        else descriptor.Properties.Remove(WithdrawnProperty);
        await applications.UpdateAsync(application, descriptor, cancellationToken);
        return true;
    }

    private async Task CreateAccountAsync(string clientId, string name, RecipientBody body)
    {
        var account = new ApplicationUser
        {
            Id = Guid.CreateVersion7(),
            UserName = AccountName(clientId),
            Email = AccountName(clientId),
            EmailConfirmed = true,
            FullName = name,
            CountryCode = body.CountryCode,
            // It has no password; locked for good as well, so that no sign-in page ever accepts it.
            LockoutEnabled = true,
            LockoutEnd = DateTimeOffset.MaxValue,
        };
        Succeeded(await users.CreateAsync(account));
        Succeeded(await users.AddToRoleAsync(account, ClientScopes.RoleOf(body)));
    }

    private static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Slug(string name)
    {
        var slug = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
        return slug.Length == 0 ? "client" : slug[..Math.Min(slug.Length, 40)].TrimEnd('-');
    }
}
