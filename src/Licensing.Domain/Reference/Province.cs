using Licensing.Domain.Common;

namespace Licensing.Domain.Reference;

/// <summary>One of Cambodia's 25 provinces (Phnom Penh counted as one).</summary>
public sealed class Province
{
    private Province() { }

    public Province(string code, LocalizedText name)
    {
        Code = code;
        Name = name;
    }

    public string Code { get; private set; } = "";
    public LocalizedText Name { get; private set; } = null!;
}
