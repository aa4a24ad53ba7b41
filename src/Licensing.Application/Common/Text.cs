using System.Globalization;

namespace Licensing.Application.Common;

/// <summary>Picks the Khmer or English wording of a message by the request's UI culture.</summary>
public static class Text
{
    public static bool IsKhmer => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "km";

    public static string Pick(string en, string km) => IsKhmer ? km : en;
}
