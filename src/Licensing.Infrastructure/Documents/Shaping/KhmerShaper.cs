namespace Licensing.Infrastructure.Documents.Shaping;

/// <summary>
/// Shapes text for one font following the OpenType Khmer script model, in the order HarfBuzz and Uniscribe use:
/// break into syllables, apply the pre-reordering features, move the pre-base vowel and subscript RO in front of the
/// base, apply the basic features syllable by syllable, then the presentation features and mark positioning.
/// </summary>
internal sealed class KhmerShaper
{
    private const Features BasicAfterBase = Features.Blwf | Features.Abvf | Features.Pstf;

    private readonly OpenTypeFont font;
    private readonly IReadOnlyList<(Lookup<ISubstitution>, Features)> beforeReordering;
    private readonly IReadOnlyList<(Lookup<ISubstitution>, Features)> basic;
    private readonly IReadOnlyList<(Lookup<ISubstitution>, Features)> presentation;
    private readonly IReadOnlyList<(Lookup<IPositioning>, Features)> positioning;

    public KhmerShaper(OpenTypeFont font)
    {
        this.font = font;
        beforeReordering = font.Substitutions.LookupsFor(("locl", Features.Global), ("ccmp", Features.Global));
        basic = font.Substitutions.LookupsFor(
            ("pref", Features.Pref), ("blwf", Features.Blwf), ("abvf", Features.Abvf), ("pstf", Features.Pstf), ("cfar", Features.Cfar));
        presentation = font.Substitutions.LookupsFor(
            ("pres", Features.Global), ("abvs", Features.Global), ("blws", Features.Global), ("psts", Features.Global),
            ("rlig", Features.Global), ("calt", Features.Global), ("clig", Features.Global), ("liga", Features.Global));
        positioning = font.Positionings.LookupsFor(
            ("abvm", Features.Global), ("blwm", Features.Global), ("mark", Features.Global), ("mkmk", Features.Global));
    }

    public OpenTypeFont Font => font;

    public ShapedText Shape(string text)
    {
        var syllables = Syllables(text);
        foreach (var syllable in syllables)
        {
            var buffer = new GlyphBuffer(font, syllable);
            SubstitutionLookups.Apply(buffer, font.Substitutions, beforeReordering);
            Reorder(syllable);
            SubstitutionLookups.Apply(buffer, font.Substitutions, basic);
        }
        var line = new GlyphBuffer(font, syllables.SelectMany(syllable => syllable).ToList());
        SubstitutionLookups.Apply(line, font.Substitutions, presentation);
        PositioningLookups.Apply(line, positioning);
        return Place(line);
    }

    private List<List<ShapedGlyph>> Syllables(string text)
    {
        var syllables = new List<List<ShapedGlyph>>();
        KhmerCategory? previous = null;
        foreach (var codePoint in KhmerCharacters.Decompose(text))
        {
            var category = KhmerCharacters.CategoryOf(codePoint);
            if (KhmerCharacters.StartsSyllable(category, previous))
            {
                syllables.Add([]);
            }
            syllables[^1].Add(new ShapedGlyph(font.GlyphOf(codePoint), category, Features.Global));
            previous = category;
        }
        return syllables;
    }

    /// <summary>
    /// Puts COENG+RO, then a pre-base vowel, before the base, and marks which glyphs the basic features may act on:
    /// 'pref' on the subscript RO, 'cfar' on what followed it, the other basic features on all but the base.
    /// </summary>
    private static void Reorder(List<ShapedGlyph> syllable)
    {
        foreach (var glyph in syllable.Skip(1))
        {
            glyph.Features |= BasicAfterBase;
        }
        var roMoved = false;
        for (var i = 1; i < syllable.Count; i++)
        {
            if (!roMoved && syllable[i].Category == KhmerCategory.Coeng && i + 1 < syllable.Count && syllable[i + 1].Category == KhmerCategory.Ro)
            {
                syllable[i].Features |= Features.Pref;
                syllable[i + 1].Features |= Features.Pref;
                foreach (var glyph in syllable.Skip(i + 2))
                {
                    glyph.Features |= Features.Cfar;
                }
                MoveToFront(syllable, i, 2);
                roMoved = true;
                i++;
            }
            else if (syllable[i].Category == KhmerCategory.PreBaseVowel)
            {
                MoveToFront(syllable, i, 1);
            }
        }
    }

    private static void MoveToFront(List<ShapedGlyph> syllable, int index, int count)
    {
        var moved = syllable.GetRange(index, count);
        syllable.RemoveRange(index, count);
        syllable.InsertRange(0, moved);
    }

    private ShapedText Place(GlyphBuffer line)
    {
        var placed = new PositionedGlyph[line.Count];
        var pen = 0;
        for (var i = 0; i < line.Count; i++)
        {
            var glyph = line[i];
            placed[i] = glyph.Attachment is var (parent, x, y)
                ? new PositionedGlyph(glyph.Id, placed[parent].X + x, placed[parent].Y + y)
                : new PositionedGlyph(glyph.Id, pen, 0);
            pen += font.AdvanceOf(glyph.Id);
        }
        return new ShapedText(placed, pen);
    }
}

/// <summary>A glyph and where its origin goes, in font units from the start of the text, y upwards.</summary>
internal sealed record PositionedGlyph(ushort Id, int X, int Y);

/// <summary>Shaped text: its glyphs and its total advance in font units.</summary>
internal sealed record ShapedText(IReadOnlyList<PositionedGlyph> Glyphs, int Advance);
