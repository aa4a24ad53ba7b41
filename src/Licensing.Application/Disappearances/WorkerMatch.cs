using System.Globalization;
using System.Text;

namespace Licensing.Application.Disappearances;

/// <summary>
/// How a family's description is matched to a registered worker, tolerantly: names compared after Unicode
/// normalisation, without zero-width characters or letter case, whatever the spacing and the order of the
/// names ("Pich Sophea" is "Sophea Pich", "ចាន់  សុភា" is "ចាន់សុភា"), or with a name left out; phones by their last eight digits. A worker
/// matches when at least two of passport or ID number, name, date of birth and telephone agree.
/// </summary>
public static class WorkerMatch
{
    public sealed record Described(string Name, string? DocumentNumber, DateOnly? DateOfBirth, string? Phone);

    public sealed record Candidate(Guid Id, string NameLatin, string NameKm, string? PassportNumber, string NationalId, DateOnly DateOfBirth, string Phone);

    public const int Needed = 2;

    public static int Score(Described described, Candidate worker)
    {
        var score = 0;
        if (described.DocumentNumber is { Length: > 0 } number && (number == worker.PassportNumber || number == worker.NationalId)) score++;
        if (SameName(described.Name, worker.NameLatin) || SameName(described.Name, worker.NameKm)) score++;
        if (described.DateOfBirth == worker.DateOfBirth) score++;
        if (PhoneKey(described.Phone) is { } phone && phone == PhoneKey(worker.Phone)) score++;
        return score;
    }

    public static bool SameName(string typed, string registered)
    {
        var a = Words(typed);
        var b = Words(registered);
        return a.Count > 0 && (string.Concat(a) == string.Concat(b) || Joined(a) == Joined(b) || Within(a, b) || Within(b, a));
    }

    /// <summary>A name of two words or more all of whose words the other name has: a family may leave out a middle name.</summary>
    private static bool Within(List<string> shorter, List<string> longer) => shorter.Count >= 2 && shorter.All(longer.Contains);

    /// <summary>The name's words in a comparable form: NFC, upper case, zero-width characters dropped, any run of spaces one break.</summary>
    private static List<string> Words(string name)
    {
        var text = new string(name.Normalize(NormalizationForm.FormC).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format).ToArray());
        return text.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    /// <summary>The words joined in sorted order, so that a name written without spaces in one order still meets itself.</summary>
    private static string Joined(List<string> words) => string.Concat(words.Order(StringComparer.Ordinal));

    private static string? PhoneKey(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsAsciiDigit).ToArray());
        return digits.Length >= 8 ? digits[^8..] : null;
    }
}
