namespace Licensing.Infrastructure.Documents.Shaping;

/// <summary>What a character does in a Khmer syllable, as far as syllable breaking and reordering care.</summary>
internal enum KhmerCategory
{
    /// <summary>Anything outside a Khmer syllable: Latin, digits, punctuation, spaces.</summary>
    Other,

    /// <summary>A consonant or independent vowel.</summary>
    Base,

    /// <summary>The consonant RO, whose subscript form is drawn before the base.</summary>
    Ro,

    /// <summary>COENG (U+17D2), which makes the next consonant subscript.</summary>
    Coeng,

    /// <summary>A dependent vowel drawn before the base (E, AE, AI).</summary>
    PreBaseVowel,

    /// <summary>Any other dependent vowel or sign.</summary>
    Mark,

    /// <summary>Zero width joiner or non-joiner.</summary>
    Joiner,
}

internal static class KhmerCharacters
{
    public static KhmerCategory CategoryOf(int codePoint) => codePoint switch
    {
        0x179A => KhmerCategory.Ro,
        >= 0x1780 and <= 0x17B3 or 0x25CC => KhmerCategory.Base,
        0x17D2 => KhmerCategory.Coeng,
        >= 0x17C1 and <= 0x17C3 => KhmerCategory.PreBaseVowel,
        >= 0x17B4 and <= 0x17D3 or 0x17DD => KhmerCategory.Mark,
        0x200C or 0x200D => KhmerCategory.Joiner,
        _ => KhmerCategory.Other,
    };

    /// <summary>
    /// Splits the two-part vowels (OE, YA, IE, OO, AU) into the pre-base E and their own character, which Khmer fonts
    /// draw as the remaining part; Unicode gives them no decomposition of their own.
    /// </summary>
    public static IEnumerable<int> Decompose(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is 0x17BE or 0x17BF or 0x17C0 or 0x17C4 or 0x17C5)
            {
                yield return 0x17C1;
            }
            yield return rune.Value;
        }
    }

    /// <summary>Whether a character of this category begins a new syllable, given the category of the one before it.</summary>
    public static bool StartsSyllable(KhmerCategory category, KhmerCategory? previous) => category switch
    {
        KhmerCategory.Other => true,
        KhmerCategory.Base or KhmerCategory.Ro => previous != KhmerCategory.Coeng,
        _ => previous is null,
    };
}
