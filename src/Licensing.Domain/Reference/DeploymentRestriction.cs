using Licensing.Domain.Common;

namespace Licensing.Domain.Reference;

/// <summary>
/// A (country, sector) pair to which no worker may be sent, with its legal basis, such as domestic work in
/// Malaysia since October 2011 (R26). Administrators add restrictions and end them; an ended restriction
/// stays on record. When the source gives only the month of the start, the start is that month's first day
/// and is worded as the month.
/// </summary>
public sealed class DeploymentRestriction : AggregateRoot
{
    private DeploymentRestriction() { }

    public DeploymentRestriction(string countryCode, string sectorCode, DateOnly since, bool sinceMonthOnly, LocalizedText legalBasis)
    {
        if (string.IsNullOrWhiteSpace(legalBasis.Km) || string.IsNullOrWhiteSpace(legalBasis.En))
        {
            throw new DomainException(ErrorCodes.LegalBasisMissing, DomainErrorKind.Invalid);
        }
        CountryCode = countryCode.ToUpperInvariant();
        SectorCode = sectorCode;
        Since = sinceMonthOnly ? new DateOnly(since.Year, since.Month, 1) : since;
        SinceMonthOnly = sinceMonthOnly;
        LegalBasis = legalBasis;
    }

    public string CountryCode { get; private set; } = "";
    public string SectorCode { get; private set; } = "";
    public DateOnly Since { get; private set; }

    /// <summary>The source gives the month of the start, not the day: <see cref="Since"/> is that month's first day.</summary>
    public bool SinceMonthOnly { get; private set; }

    public LocalizedText LegalBasis { get; private set; } = null!;

    /// <summary>The first day the pair is no longer restricted, once an administrator ends the restriction.</summary>
    public DateOnly? EndedOn { get; private set; }

    public LocalizedText SinceText => SinceMonthOnly ? BilingualDate.Month(Since) : BilingualDate.Day(Since);

    public bool IsInForce(DateOnly on) => on >= Since && (EndedOn is null || on < EndedOn);

    public bool Blocks(string countryCode, string sectorCode, DateOnly on) =>
        IsInForce(on)
        && string.Equals(CountryCode, countryCode, StringComparison.OrdinalIgnoreCase)
        && string.Equals(SectorCode, sectorCode, StringComparison.OrdinalIgnoreCase);

    public void End(DateOnly on)
    {
        if (EndedOn is not null)
        {
            throw new DomainException(ErrorCodes.RestrictionEnded);
        }
        if (on <= Since)
        {
            throw new DomainException(ErrorCodes.RestrictionEndBeforeStart, DomainErrorKind.Invalid);
        }
        EndedOn = on;
    }

    /// <summary>The refusal of work this restriction forbids, naming the country, sector, start and legal basis in both languages.</summary>
    public DomainException Refusal(LocalizedText country, LocalizedText sector) => new(ErrorCodes.DeploymentRestricted, DomainErrorKind.Conflict, country, sector, SinceText, LegalBasis);
}
