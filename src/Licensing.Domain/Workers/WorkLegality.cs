using Licensing.Domain.Common;
using Licensing.Domain.Reference;

namespace Licensing.Domain.Workers;

/// <summary>
/// Whether the work a job order offers may legally be placed, checked when the order is registered and again
/// when an officer verifies it: no restriction in force on its (country, sector) (R26), and a country reserved
/// to public agencies only for a public agency (R33).
/// </summary>
public static class WorkLegality
{
    public static void Ensure(JobOffer offer, Country country, Sector sector, bool publicAgency, IEnumerable<DeploymentRestriction> restrictions, DateOnly on)
    {
        if (restrictions.FirstOrDefault(r => r.Blocks(offer.CountryCode, offer.SectorCode, on)) is { } restriction)
        {
            throw restriction.Refusal(country.Name, sector.Name);
        }
        if (country.ReservedToPublicAgencies && !publicAgency)
        {
            throw new DomainException(ErrorCodes.CountryReservedToPublicAgencies, DomainErrorKind.Conflict, country.Name);
        }
    }
}
