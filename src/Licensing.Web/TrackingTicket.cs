using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace Licensing.Web;

/// <summary>
/// Keeps a case opened with its code and PIN open in this browser for half an hour, in an encrypted
/// cookie that only the page at <c>path</c> receives: a reload, a language switch or the redirect after
/// a post shows the case again, and the PIN never goes into an address.
/// </summary>
public sealed class TrackingTicket(IDataProtectionProvider protection)
{
    private const string CookieName = ".Licensing.Tracking";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("Licensing.TrackingTicket").ToTimeLimitedDataProtector();

    public sealed record Secrets(string Code, string Pin);

    public void Issue(HttpContext http, string path, string code, string pin) =>
        http.Response.Cookies.Append(CookieName, _protector.Protect($"{code}\n{pin}", Lifetime), Options(http, path));

    public Secrets? Read(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName, out var value)) return null;
        try
        {
            var parts = _protector.Unprotect(value).Split('\n');
            return parts.Length == 2 ? new Secrets(parts[0], parts[1]) : null;
        }
        catch (CryptographicException)
        {
            return null; // expired, or written under keys since rotated away
        }
    }

    public void Forget(HttpContext http, string path) => http.Response.Cookies.Delete(CookieName, Options(http, path));

    private static CookieOptions Options(HttpContext http, string path) =>
        new() { Path = path, HttpOnly = true, Secure = http.Request.IsHttps, SameSite = SameSiteMode.Strict, IsEssential = true };
}
