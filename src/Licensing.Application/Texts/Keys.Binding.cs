namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of the messages that refuse a typed number, day or time (docs/numbers-and-dates.md).</summary>
public static partial class Keys
{
    public const string NumberMissing = "number.missing";
    public const string NumberUnreadable = "number.unreadable";
    public const string NumberAmbiguous = "number.ambiguous";
    public const string NumberNotWhole = "number.not_whole";
    public const string NumberOutOfRange = "number.out_of_range";
    public const string DayMissing = "day.missing";
    public const string DayUnreadable = "day.unreadable";
    public const string TimeMissing = "time.missing";
}
