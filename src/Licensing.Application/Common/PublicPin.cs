using System.Globalization;
using System.Security.Cryptography;
using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Common;

/// <summary>
/// The six-digit PINs with which the public opens its records (a complaint, a family's missing-relative case), of which
/// only a salted PBKDF2 hash is kept, and the one way such a record is opened (<see cref="OpenAsync"/>).
/// </summary>
public static class PublicPin
{
    private const int Iterations = 100_000;
    private static readonly string UnknownCodeHash = Hash("000000");

    public static string New() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    public static string Hash(string pin)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return $"{Convert.ToBase64String(salt)}.{Convert.ToBase64String(Derive(pin, salt))}";
    }

    public static bool Matches(string? pin, string hash)
    {
        var parts = hash.Split('.');
        var expected = Convert.FromBase64String(parts[1]);
        return CryptographicOperations.FixedTimeEquals(Derive(pin ?? "", Convert.FromBase64String(parts[0])), expected);
    }

    /// <summary>
    /// The record the code found, when the PIN opens it. A wrong code and a wrong PIN give the same answer
    /// (<paramref name="notFoundCode"/>), so that a guesser learns nothing; a locked record says so and until when
    /// (<see cref="IPinProtected.EnsureNotLocked"/>), or its owner would take the right PIN for a wrong one.
    /// </summary>
    public static async Task<T> OpenAsync<T>(ILicensingDb db, T? found, string? pin, TimeProvider clock, string notFoundCode, CancellationToken cancellationToken)
        where T : class, IPinProtected
    {
        if (found?.PinHash is not { } hash)
        {
            Matches(pin, UnknownCodeHash); // the same work as a real check, so that timing does not tell whether the code exists
            throw new DomainException(notFoundCode, DomainErrorKind.NotFound);
        }
        var now = clock.GetUtcNow();
        var unlocked = found.TryUnlock(Matches(pin, hash), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another attempt on the same code was counted at the same moment; the answer must stay the same.
        }
        if (unlocked) return found;
        found.EnsureNotLocked(now);
        throw new DomainException(notFoundCode, DomainErrorKind.NotFound);
    }

    private static byte[] Derive(string pin, byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(pin.Trim(), salt, Iterations, HashAlgorithmName.SHA256, 32);
}
