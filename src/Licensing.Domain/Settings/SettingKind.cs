using System.Globalization;

namespace Licensing.Domain.Settings;

/// <summary>The shape of a setting's value, used to refuse a value that would break the rules that read it.</summary>
public enum SettingKind
{
    PositiveInteger,
    IntegerList,
    OptionalMoney,
    Text,
    YesNo,
    BandThresholds,
    PhoneNumber,
}

public static class SettingKindRules
{
    public static bool Accepts(this SettingKind kind, string value) => kind switch
    {
        SettingKind.PositiveInteger => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0,
        SettingKind.IntegerList => value.Split(',').All(p => int.TryParse(p.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0),
        SettingKind.OptionalMoney => value.Length == 0
            || (decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var m) && m >= 0),
        SettingKind.Text => value.Length <= 2000,
        SettingKind.YesNo => value is "yes" or "no",
        SettingKind.BandThresholds => Evaluations.BandThresholds.IsValid(value),
        SettingKind.PhoneNumber => value.Length is > 0 and <= 30 && (char.IsAsciiDigit(value[0]) || value[0] == '+')
            && value.Skip(1).All(c => char.IsAsciiDigit(c) || c is ' ' or '-'),
        _ => false,
    };
}
