namespace Licensing.Api.Hosting;

/// <summary>Configuration section <c>Demo</c>: whether to seed the demo data (default: in Development) and its logins' password.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool? Enabled { get; set; }
    public string Password { get; set; } = "Demo-Password-1";
}
