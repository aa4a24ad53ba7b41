using Licensing.Domain.Agencies;
using Licensing.Domain.Common;
using Licensing.Domain.Licences;

namespace Licensing.Infrastructure.Seeding;

/// <summary>Fictitious, deterministic agencies with licences, branches and PDOT centres for demos.</summary>
public static class DemoAgencies
{
    public const int Count = 120;

    private static readonly (string En, string Km)[] First =
    [
        ("Angkor", "អង្គរ"), ("Mekong", "មេគង្គ"), ("Tonle", "ទន្លេ"), ("Bayon", "បាយ័ន"), ("Sovann", "សុវណ្ណ"), ("Chenla", "ចេនឡា"),
        ("Kampuchea", "កម្ពុជា"), ("Lotus", "ឈូក"), ("Apsara", "អប្សរា"), ("Naga", "នាគ"), ("Sunrise", "ថ្ងៃរះ"), ("Kirirom", "គិរីរម្យ"),
    ];

    private static readonly (string En, string Km)[] Second =
    [
        ("Star", "ផ្កាយ"), ("Bridge", "ស្ពាន"), ("Golden", "មាស"), ("Future", "អនាគត"), ("Pioneer", "ត្រួសត្រាយ"),
        ("Harmony", "សុខដុម"), ("Unity", "សាមគ្គី"), ("Prosperity", "វិបុលភាព"), ("Horizon", "ជើងមេឃ"), ("Trust", "ទំនុកចិត្ត"),
    ];

    private static readonly string[] HeadOfficeProvinces = ["KH-12", "KH-12", "KH-12", "KH-12", "KH-2", "KH-1", "KH-17", "KH-8", "KH-3"];
    private static readonly string[] BranchProvinces = ["KH-2", "KH-1", "KH-17", "KH-3", "KH-14", "KH-21", "KH-6", "KH-20", "KH-15"];

    public static IReadOnlyList<(Agency Agency, Licence Licence)> Create(DateOnly today, int termMonths)
    {
        var random = new Random(190);
        var result = new List<(Agency, Licence)>(Count);
        for (var i = 0; i < Count; i++)
        {
            var (firstEn, firstKm) = First[i % First.Length];
            var (secondEn, secondKm) = Second[i / First.Length % Second.Length];
            var province = HeadOfficeProvinces[random.Next(HeadOfficeProvinces.Length)];
            var agency = new Agency(
                new LocalizedText($"ក្រុមហ៊ុន {firstKm}{secondKm} ម៉ែនផៅវើ ឯ.ក", $"{firstEn} {secondEn} Manpower Co., Ltd."),
                registrationNumber: $"{10001 + i:D8}",
                taxNumber: $"L001-{100000000 + i * 7:D9}",
                headOffice: new Address($"No. {random.Next(1, 300)}, Street {random.Next(100, 600)}, Sangkat {secondEn}", province),
                phone: $"+855 23 {random.Next(100, 999)} {random.Next(100, 999)}",
                email: $"info@{firstEn.ToLowerInvariant()}{secondEn.ToLowerInvariant()}.example",
                directors: $"Director {i + 1} (fictitious)");
            for (var b = 0; b < random.Next(1, 3); b++)
            {
                agency.AddBranch($"Branch {b + 1}", new Address($"Village {random.Next(1, 50)}, Commune {random.Next(1, 20)}", BranchProvinces[random.Next(BranchProvinces.Length)]));
            }
            agency.AddTrainingCentre("PDOT Centre", new Address($"No. {random.Next(1, 200)}, Street {random.Next(100, 600)}", province), capacity: 20 + 10 * random.Next(0, 9));
            var issuedOn = today.AddDays(-random.Next(30, termMonths * 30 - 10));
            result.Add((agency, Licence.Issue(agency.Id, agency.RegistrationNumber, issuedOn, termMonths, sequence: i + 1)));
        }
        return result;
    }
}
