namespace Licensing.Web;

/// <summary>The largest request the server reads (a form with its uploads), as the server enforces it and the error page states it.</summary>
public static class RequestLimits
{
    public const long MaxBytes = 12 * 1024 * 1024;

    public const int MaxMegabytes = (int)(MaxBytes / (1024 * 1024));
}
