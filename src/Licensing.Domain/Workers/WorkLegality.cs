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
            throw new DomainException(ErrorCodes.CountryReservedToPublicAgencies, new LocalizedText(
                $"មានតែភ្នាក់ងារសាធារណៈ (MTOSB) ទេដែលអាចបញ្ជូនពលករទៅប្រទេស{country.Name.Km} តាមប្រព័ន្ធផ្តល់ការអនុញ្ញាតការងារ (EPS)។ ភ្នាក់ងារឯកជនមិនអាចចុះបញ្ជីសំណើជ្រើសរើសពលករសម្រាប់ប្រទេសនេះបានទេ។",
                $"Only a public agency (MTOSB) places workers in {country.Name.En}, under the Employment Permit System. A private agency's job order for this country is refused."));
        }
    }
}
