namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of the common use cases: field names and their messages.</summary>
public static partial class Keys
{
    public const string Code = "label.code";
    public const string CommonNameInKhmer = "common.name_in_khmer";
    public const string Date = "label.date";
    public const string Language = "label.language";
    public const string NameInEnglish = "label.name_in_english";
    public const string Order = "label.order";
    public const string Year = "label.year";
}
