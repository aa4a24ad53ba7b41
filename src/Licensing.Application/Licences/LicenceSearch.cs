using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Licensing.Application.Licences;

/// <summary>
/// What a person types to find a licence, made comparable with the stored numbers and names: Khmer digits read as
/// Latin ones (a Khmer keyboard types PRA-២០២៦-០០០១), any dash as "-", letters in upper case; and a number typed with
/// spaces (PRA 2026 0001) read with dashes. Matching is by "contains", so part of a number finds it too.
/// </summary>
public static partial class LicenceSearch
{
    private const char KhmerZero = '០';

    /// <summary>The LIKE pattern that finds the text anywhere in a number or an upper-cased Latin name.</summary>
    public static string Pattern(string text)
    {
        var written = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            written.Append(c switch
            {
                >= KhmerZero and <= (char)(KhmerZero + 9) => (char)('0' + (c - KhmerZero)),
                _ when char.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation => '-',
                _ => char.ToUpperInvariant(c),
            });
        }
        var normalized = written.ToString();
        if (NumberTyped().IsMatch(normalized)) normalized = Separators().Replace(normalized, "-");
        return $"%{normalized}%";
    }

    [GeneratedRegex(@"^[A-Z]{0,3}[\s-]*\d[\d\s-]*$")]
    private static partial Regex NumberTyped();

    [GeneratedRegex(@"[\s-]+")]
    private static partial Regex Separators();
}
