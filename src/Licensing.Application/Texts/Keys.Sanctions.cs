namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of the sanctions use cases: field names and their messages.</summary>
public static partial class Keys
{
    public const string FineUsd = "label.fine_usd";
    public const string GroundsOfAppeal = "label.grounds_of_appeal";
    public const string MonthsOfSuspension = "label.months_of_suspension";
    public const string Source = "label.source";
}
