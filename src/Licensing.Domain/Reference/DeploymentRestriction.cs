using Licensing.Domain.Common;

namespace Licensing.Domain.Reference;

/// <summary>
/// A (country, sector) pair to which no worker may be deployed, such as domestic work in
/// Malaysia since October 2011. Administrators manage the list.
/// </summary>
public sealed class DeploymentRestriction : AggregateRoot
{
    private DeploymentRestriction() { }

    public DeploymentRestriction(string countryCode, string sectorCode, DateOnly since, string reason)
    {
        CountryCode = countryCode;
        SectorCode = sectorCode;
        Since = since;
        Reason = reason;
    }

    public string CountryCode { get; private set; } = "";
    public string SectorCode { get; private set; } = "";
    public DateOnly Since { get; private set; }
    public string Reason { get; private set; } = "";

    public bool Blocks(string countryCode, string sectorCode, DateOnly on) =>
        on >= Since
        && string.Equals(CountryCode, countryCode, StringComparison.OrdinalIgnoreCase)
        && string.Equals(SectorCode, sectorCode, StringComparison.OrdinalIgnoreCase);
}
