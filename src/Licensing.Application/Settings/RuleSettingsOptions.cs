namespace Licensing.Application.Settings;

/// <summary>Configuration section <c>RuleSettings</c>: how long an instance may serve settings it loaded (ADR-022).</summary>
public sealed class RuleSettingsOptions
{
    public const string Section = "RuleSettings";

    public double FreshnessSeconds { get; set; } = 5;
}
