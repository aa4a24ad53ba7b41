namespace Licensing.Domain.Settings;

/// <summary>A configurable default from DOMAIN.md §6: its key, shape, default value and meaning.</summary>
public sealed record SettingDefinition(string Key, SettingKind Kind, string Default, string Description);
