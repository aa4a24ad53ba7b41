namespace Licensing.Domain.Disappearances;

/// <summary>
/// One body told of disappearances: the Cambodian mission in a receiving country, the Ministry of Interior or MLVT.
/// Alerts, webhooks and acknowledgements are routed by it; it is stored and sent as its key, "embassy:TH", "interior"
/// or "ministry", which only <see cref="Parse"/> reads.
/// </summary>
public sealed record RecipientBody
{
    private const string EmbassyPrefix = "embassy:";

    private RecipientBody(RecipientKind kind, string? countryCode)
    {
        Kind = kind;
        CountryCode = countryCode;
    }

    public static RecipientBody Interior { get; } = new(RecipientKind.Interior, null);
    public static RecipientBody Ministry { get; } = new(RecipientKind.Ministry, null);

    public RecipientKind Kind { get; }

    /// <summary>The receiving country of an embassy; null for the ministries.</summary>
    public string? CountryCode { get; }

    public string Key => Kind switch
    {
        RecipientKind.Embassy => EmbassyPrefix + CountryCode,
        RecipientKind.Interior => "interior",
        _ => "ministry",
    };

    public CaseParty Party => Kind switch
    {
        RecipientKind.Embassy => CaseParty.Embassy,
        RecipientKind.Interior => CaseParty.Interior,
        _ => CaseParty.Ministry,
    };

    public static RecipientBody Embassy(string countryCode) => new(RecipientKind.Embassy, countryCode.ToUpperInvariant());

    /// <summary>The body of <paramref name="kind"/> for a case in <paramref name="countryCode"/>.</summary>
    public static RecipientBody For(RecipientKind kind, string countryCode) => kind switch
    {
        RecipientKind.Embassy => Embassy(countryCode),
        RecipientKind.Interior => Interior,
        _ => Ministry,
    };

    /// <summary>The body a key names, or null when it names none ("embassy:" needs a two-letter upper-case country code).</summary>
    public static RecipientBody? Parse(string? key) => key switch
    {
        "interior" => Interior,
        "ministry" => Ministry,
        { Length: 10 } when key.StartsWith(EmbassyPrefix, StringComparison.Ordinal) && key[8..].All(char.IsAsciiLetterUpper) =>
            new(RecipientKind.Embassy, key[8..]),
        _ => null,
    };

    public override string ToString() => Key;
}
