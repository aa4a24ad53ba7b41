using Licensing.Domain.Common;
using Licensing.Domain.Documents;
using Licensing.Domain.Inspections;
using Licensing.Domain.Reference;
using Licensing.Domain.Workers;

namespace Licensing.Infrastructure.Seeding;

/// <summary>The reference data of DOMAIN.md §4, seeded on every start where missing.</summary>
public static class ReferenceData
{
    public static IReadOnlyList<Country> Countries() =>
    [
        Mou("TH", "Thailand", "ថៃ", "Royal Embassy of Cambodia in Bangkok", "ស្ថានទូតកម្ពុជាប្រចាំប្រទេសថៃ"),
        ReservedToPublicAgencies(Mou(SouthKorea, "South Korea", "កូរ៉េខាងត្បូង", "Royal Embassy of Cambodia in Seoul", "ស្ថានទូតកម្ពុជាប្រចាំសាធារណរដ្ឋកូរ៉េ")),
        Mou("JP", "Japan", "ជប៉ុន", "Royal Embassy of Cambodia in Tokyo", "ស្ថានទូតកម្ពុជាប្រចាំប្រទេសជប៉ុន"),
        Mou("SG", "Singapore", "សិង្ហបុរី", "Royal Embassy of Cambodia in Singapore", "ស្ថានទូតកម្ពុជាប្រចាំសិង្ហបុរី"),
        Mou("HK", "Hong Kong", "ហុងកុង", "Consulate General of Cambodia in Hong Kong", "អគ្គកុងស៊ុលកម្ពុជាប្រចាំហុងកុង"),
        Mou("MY", "Malaysia", "ម៉ាឡេស៊ី", "Royal Embassy of Cambodia in Kuala Lumpur", "ស្ថានទូតកម្ពុជាប្រចាំប្រទេសម៉ាឡេស៊ី"),
        Mou("SA", "Saudi Arabia", "អារ៉ាប៊ីសាអូឌីត", "Royal Embassy of Cambodia in Riyadh", "ស្ថានទូតកម្ពុជាប្រចាំអារ៉ាប៊ីសាអូឌីត"),
        Mou("KW", "Kuwait", "គុយវ៉ែត", "Royal Embassy of Cambodia in Kuwait City", "ស្ថានទូតកម្ពុជាប្រចាំគុយវ៉ែត"),
        Mou("QA", "Qatar", "កាតា", "Royal Embassy of Cambodia in Doha", "ស្ថានទូតកម្ពុជាប្រចាំកាតា"),
    ];

    /// <summary>ISO 3166-2:KH codes.</summary>
    public static IReadOnlyList<Province> Provinces() =>
    [
        new("KH-1", new("បន្ទាយមានជ័យ", "Banteay Meanchey")),
        new("KH-2", new("បាត់ដំបង", "Battambang")),
        new("KH-3", new("កំពង់ចាម", "Kampong Cham")),
        new("KH-4", new("កំពង់ឆ្នាំង", "Kampong Chhnang")),
        new("KH-5", new("កំពង់ស្ពឺ", "Kampong Speu")),
        new("KH-6", new("កំពង់ធំ", "Kampong Thom")),
        new("KH-7", new("កំពត", "Kampot")),
        new("KH-8", new("កណ្ដាល", "Kandal")),
        new("KH-9", new("កោះកុង", "Koh Kong")),
        new("KH-10", new("ក្រចេះ", "Kratie")),
        new("KH-11", new("មណ្ឌលគិរី", "Mondulkiri")),
        new("KH-12", new("ភ្នំពេញ", "Phnom Penh")),
        new("KH-13", new("ព្រះវិហារ", "Preah Vihear")),
        new("KH-14", new("ព្រៃវែង", "Prey Veng")),
        new("KH-15", new("ពោធិ៍សាត់", "Pursat")),
        new("KH-16", new("រតនគិរី", "Ratanakiri")),
        new("KH-17", new("សៀមរាប", "Siem Reap")),
        new("KH-18", new("ព្រះសីហនុ", "Preah Sihanouk")),
        new("KH-19", new("ស្ទឹងត្រែង", "Stung Treng")),
        new("KH-20", new("ស្វាយរៀង", "Svay Rieng")),
        new("KH-21", new("តាកែវ", "Takeo")),
        new("KH-22", new("ឧត្ដរមានជ័យ", "Oddar Meanchey")),
        new("KH-23", new("កែប", "Kep")),
        new("KH-24", new("ប៉ៃលិន", "Pailin")),
        new("KH-25", new("ត្បូងឃ្មុំ", "Tbong Khmum")),
    ];

    public const string DomesticWork = "domestic-work";

    public static IReadOnlyList<Sector> Sectors() =>
    [
        new("construction", new("សំណង់", "Construction")),
        new("agriculture", new("កសិកម្ម និងចិញ្ចឹមសត្វ", "Agriculture and livestock")),
        new("fisheries", new("នេសាទ", "Fisheries")),
        new("manufacturing", new("ផលិតកម្ម", "Manufacturing")),
        new(DomesticWork, new("ការងារតាមផ្ទះ", "Domestic work")),
        new("hospitality", new("បដិសណ្ឋារកិច្ច", "Hospitality")),
        new("wholesale-retail", new("លក់ដុំ និងលក់រាយ", "Wholesale and retail")),
        new("food-beverage", new("ម្ហូបអាហារ និងភេសជ្ជៈ", "Food and beverage")),
    ];

    /// <summary>The default checklist of documents for a licence application (Prakas 047/13).</summary>
    public static IReadOnlyList<DocumentRequirement> DocumentRequirements() =>
    [
        new("incorporation", new("វិញ្ញាបនបត្រចុះបញ្ជីក្រុមហ៊ុន", "Certificate of incorporation"), 1),
        new("statute", new("លក្ខន្តិកៈក្រុមហ៊ុន", "Company statute"), 2),
        new("directors-id", new("អត្តសញ្ញាណប័ណ្ណរបស់នាយក", "Directors' identity documents"), 3),
        new("premises", new("ភស្តុតាងនៃទីតាំងការិយាល័យ", "Proof of premises"), 4),
        new("pdot-centre", new("ភស្តុតាងនៃមជ្ឈមណ្ឌលបណ្តុះបណ្តាលតម្រង់ទិសមុនចេញដំណើរ", "Proof of PDOT centre"), 5),
        new("financial-guarantee", new("ភស្តុតាងនៃការធានាហិរញ្ញវត្ថុ", "Proof of financial guarantee"), 6),
        new("tax-registration", new("វិញ្ញាបនបត្រចុះបញ្ជីពន្ធដារ", "Tax registration"), 7),
    ];

    /// <summary>Version 1 of the inspection checklist (Prakas 250), each item with its legal basis.</summary>
    public static IReadOnlyList<ChecklistItem> InspectionChecklist() =>
    [
        Item(1, "licence-displayed", "អាជ្ញាប័ណ្ណមានសុពលភាព និងបិទផ្សាយ", "Licence valid and displayed", "Prakas 047/13"),
        Item(2, "registered-premises", "សកម្មភាពធ្វើតែនៅទីតាំងដែលបានចុះបញ្ជី", "Activity only at registered premises", "Prakas 047/13"),
        Item(3, "no-subcontracting", "គ្មានការជួលបន្ត ឬលក់អាជ្ញាប័ណ្ណ", "No sub-contracting or selling of the licence", "Prakas 047/13"),
        Item(4, "worker-files-complete", "ឯកសារពលករពេញលេញ (ការងារស្របច្បាប់ សុខភាព វគ្គតម្រង់ទិស កិច្ចសន្យា)", "Worker files complete (legal work, health check, PDOT record, contract)", "Prakas 046/13"),
        Item(5, "passports-held-by-workers", "លិខិតឆ្លងដែនស្ថិតនៅនឹងពលករ មិនមែននៅភ្នាក់ងារ", "Passports held by the workers, not the agency", "Sub-Decree 190"),
        Item(6, "fees-receipted", "ថ្លៃសេវាដែលគិតត្រូវបានកត់ត្រា មានបង្កាន់ដៃ និងក្នុងកម្រិតកំណត់", "Fees charged recorded, receipted and within any limit", "Sub-Decree 190"),
        Item(7, "contracts-minimum-standards", "កិច្ចសន្យាបំពេញស្តង់ដារអប្បបរមា", "Placement contracts meet the minimum standards", "Prakas 253"),
        Item(8, "pdot-centre", "មជ្ឈមណ្ឌល និងកម្មវិធីសិក្សាវគ្គតម្រង់ទិសមុនចេញដំណើរ", "PDOT centre facilities and curriculum (the 046/13 topics)", "Prakas 046/13"),
        Item(9, "on-site-services", "សេវានៅទីកន្លែង និងការរៀបចំធ្វើមាតុភូមិនិវត្តន៍", "On-site services and repatriation arrangements", "Prakas 252"),
        Item(10, "disappearance-notices", "ការជូនដំណឹងអំពីការបាត់ខ្លួនបានធ្វើទាន់ពេល", "Disappearance notices filed on time", "Sub-Decree 190 Art. 31/32"),
        Item(11, "complaint-register", "មានបញ្ជីកត់ត្រាបណ្តឹង", "Complaint register kept", "Prakas 249"),
        Item(12, "code-of-conduct", "ក្រមសីលធម៌ត្រូវបានបិទផ្សាយ", "Code of Conduct displayed", "Code of Conduct 2020"),
    ];

    private static ChecklistItem Item(int order, string code, string km, string en, string legalBasis) => new(1, code, new LocalizedText(km, en), legalBasis, order);

    /// <summary>Defaults for the Prakas 253 checklist, marked as such: the annex listing the minimum standards is not in our sources.</summary>
    public static IReadOnlyList<ContractClause> ContractClauses() =>
    [
        new("parties-job", new("ភាគីកិច្ចសន្យា និងការងារ", "Parties and job"), 1, isDefault: true),
        new("wage-payment", new("ប្រាក់ឈ្នួល និងការទូទាត់", "Wage and payment"), 2, isDefault: true),
        new("working-hours", new("ម៉ោងធ្វើការ និងការសម្រាក", "Working hours and rest"), 3, isDefault: true),
        new("duration", new("រយៈពេលនៃកិច្ចសន្យា", "Duration of the contract"), 4, isDefault: true),
        new("accommodation-food", new("កន្លែងស្នាក់នៅ និងអាហារ", "Accommodation and food"), 5, isDefault: true),
        new("travel-costs", new("ថ្លៃធ្វើដំណើរ", "Travel costs"), 6, isDefault: true),
        new("insurance-medical", new("ការធានារ៉ាប់រង និងការថែទាំសុខភាព", "Insurance and medical care"), 7, isDefault: true),
        new("termination-repatriation", new("ការបញ្ចប់កិច្ចសន្យា និងការធ្វើមាតុភូមិនិវត្តន៍", "Termination and repatriation"), 8, isDefault: true),
        new("dispute-settlement", new("ការដោះស្រាយវិវាទ", "Dispute settlement"), 9, isDefault: true),
    ];

    public const string SouthKorea = "KR";

    /// <summary>The source gives October 2011, not the day: the start is recorded as that month.</summary>
    public static DeploymentRestriction MalaysiaDomesticWork() =>
        new("MY", DomesticWork, new DateOnly(2011, 10, 1), sinceMonthOnly: true, new LocalizedText(
            "ការផ្អាកការបញ្ជូនពលករខ្មែរទៅធ្វើការងារតាមផ្ទះនៅប្រទេសម៉ាឡេស៊ី ដោយរាជរដ្ឋាភិបាលកម្ពុជា ខែតុលា ឆ្នាំ២០១១",
            "Royal Government of Cambodia suspension of sending Cambodian domestic workers to Malaysia, October 2011"));

    /// <summary>South Korea: the Employment Permit System admits only the public agency MTOSB (R33).</summary>
    private static Country ReservedToPublicAgencies(Country country)
    {
        country.ReserveToPublicAgencies(true);
        return country;
    }

    private static Country Mou(string code, string en, string km, string embassyEn, string embassyKm) =>
        new(code, new LocalizedText(km, en), new LocalizedText(embassyKm, embassyEn), $"duty.{code.ToLowerInvariant()}@embassy.licensing.example", hasLabourMou: true);
}
