using Licensing.Domain.Common;

namespace Licensing.Domain.Settings;

/// <summary>An administrator-editable value of a <see cref="SettingDefinition"/>.</summary>
public sealed class Setting : AggregateRoot
{
    private Setting() { }

    public Setting(SettingDefinition definition)
    {
        Key = definition.Key;
        Value = definition.Default;
    }

    public string Key { get; private set; } = "";
    public string Value { get; private set; } = "";

    public void Change(string value)
    {
        var definition = SettingCatalog.Find(Key)
            ?? throw new DomainException(ErrorCodes.SettingUnknown, DomainErrorKind.NotFound, Key);
        if (!definition.Kind.Accepts(value))
        {
            throw new DomainException(ErrorCodes.SettingInvalid, DomainErrorKind.Invalid, value, definition.Description);
        }
        Value = value.Trim();
    }
}
