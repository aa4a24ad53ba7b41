namespace Licensing.Domain.Disappearances;

/// <summary>
/// The key naming one recipient body, used to route alerts, webhooks and acknowledgements:
/// "embassy:TH" for the mission in Thailand, "interior", "ministry".
/// </summary>
public static class AlertBodies
{
    public const string Interior = "interior";
    public const string Ministry = "ministry";

    public static string Embassy(string countryCode) => "embassy:" + countryCode.ToUpperInvariant();

    public static string Key(RecipientKind kind, string countryCode) => kind switch
    {
        RecipientKind.Embassy => Embassy(countryCode),
        RecipientKind.Interior => Interior,
        _ => Ministry,
    };

    public static CaseParty PartyOf(RecipientKind kind) => kind switch
    {
        RecipientKind.Embassy => CaseParty.Embassy,
        RecipientKind.Interior => CaseParty.Interior,
        _ => CaseParty.Ministry,
    };
}
