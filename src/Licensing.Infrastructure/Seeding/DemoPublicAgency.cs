using Licensing.Domain.Agencies;
using Licensing.Domain.Common;
using Licensing.Domain.Licences;

namespace Licensing.Infrastructure.Seeding;

/// <summary>MTOSB, the public agency that alone places workers in South Korea under the Employment Permit System (R33), licensed like the others.</summary>
public static class DemoPublicAgency
{
    public const string RegistrationNumber = "MTOSB-0001";

    public static (Agency Agency, Licence Licence) Create(DateOnly today, int termMonths)
    {
        var agency = new Agency(
            new LocalizedText("ក្រុមប្រឹក្សាបណ្តុះបណ្តាលកម្លាំងពលកម្ម និងបញ្ជូនពលករទៅក្រៅប្រទេស (MTOSB)", "Manpower Training and Overseas Sending Board (MTOSB)"),
            RegistrationNumber, "L001-000000000", new Address("Ministry of Labour and Vocational Training, Russian Federation Blvd", "KH-12"),
            "+855 23 884 375", "info@mtosb.example", "Director General (public body)");
        agency.MarkPublicAgency(true);
        agency.AddTrainingCentre("MTOSB Korean Language and PDOT Centre", new Address("Russian Federation Blvd", "KH-12"), capacity: 200);
        return (agency, Licence.Issue(agency.Id, agency.RegistrationNumber, today.AddDays(-200), termMonths, sequence: DemoAgencies.Count + 1));
    }
}
