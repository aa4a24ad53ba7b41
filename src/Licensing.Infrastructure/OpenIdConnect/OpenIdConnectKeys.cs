using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace Licensing.Infrastructure.OpenIdConnect;

/// <summary>
/// The keys every instance signs and encrypts tokens with, from configuration, newest first:
/// <c>Oidc:SigningKeys</c> (RSA private keys, PEM) and <c>Oidc:EncryptionKeys</c> (256-bit keys, base64).
/// The first of each signs or encrypts; all of them are accepted, so a key is rotated by putting a new one first
/// and removing the old one once the tokens it protects have expired.
/// </summary>
public sealed record OpenIdConnectKeys(IReadOnlyList<SecurityKey> Signing, IReadOnlyList<SecurityKey> Encryption)
{
    public const string Section = "Oidc";

    public bool IsEmpty => Signing.Count == 0 && Encryption.Count == 0;

    public static OpenIdConnectKeys From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var signing = Values(section.GetSection("SigningKeys")).Select(SigningKey).ToList();
        var encryption = Values(section.GetSection("EncryptionKeys")).Select(EncryptionKey).ToList();
        if (signing.Count == 0 != (encryption.Count == 0))
        {
            throw new InvalidOperationException("Oidc:SigningKeys and Oidc:EncryptionKeys must both be set, or neither.");
        }
        return new OpenIdConnectKeys(signing, encryption);
    }

    private static IEnumerable<string> Values(IConfigurationSection section) =>
        section.GetChildren().OrderBy(c => int.TryParse(c.Key, out var i) ? i : int.MaxValue).Select(c => c.Value).OfType<string>().Where(v => v.Length > 0);

    private static SecurityKey SigningKey(string pem)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }

    private static SecurityKey EncryptionKey(string base64)
    {
        var bytes = Convert.FromBase64String(base64);
        if (bytes.Length != 32) throw new InvalidOperationException("Each of Oidc:EncryptionKeys must be 32 bytes, base64-encoded.");
        var key = new SymmetricSecurityKey(bytes);
        key.KeyId = Base64UrlEncoder.Encode(SHA256.HashData(bytes)[..16]);
        return key;
    }
}
