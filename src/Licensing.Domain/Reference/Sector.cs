using Licensing.Domain.Common;

namespace Licensing.Domain.Reference;

/// <summary>An economic sector workers are sent to work in.</summary>
public sealed class Sector
{
    private Sector() { }

    public Sector(string code, LocalizedText name)
    {
        Code = code;
        Name = name;
    }

    public string Code { get; private set; } = "";
    public LocalizedText Name { get; private set; } = null!;
}
