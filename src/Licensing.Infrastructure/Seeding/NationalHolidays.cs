using Licensing.Domain.Calendar;

namespace Licensing.Infrastructure.Seeding;

/// <summary>
/// Cambodia's public holidays that fall on the same date every year, as the government's yearly list has kept them
/// since the 2024 reduction. The holidays of the lunar calendar (Khmer New Year, Visak Bochea, the Royal Ploughing
/// Ceremony, Pchum Ben, the Water Festival) move every year: administrators enter them from the announcement.
/// </summary>
public static class NationalHolidays
{
    private static readonly (int Month, int Day, string Km, string En)[] FixedDates =
    [
        (1, 1, "ទិវាចូលឆ្នាំសកល", "International New Year Day"),
        (1, 7, "ទិវាជ័យជម្នះលើរបបប្រល័យពូជសាសន៍", "Victory over Genocide Day"),
        (3, 8, "ទិវានារីអន្តរជាតិ", "International Women's Day"),
        (5, 1, "ទិវាពលកម្មអន្តរជាតិ", "International Labour Day"),
        (5, 14, "ព្រះរាជពិធីបុណ្យចម្រើនព្រះជន្ម ព្រះករុណា ព្រះបាទសម្តេចព្រះបរមនាថ នរោត្តម សីហមុនី", "Birthday of King Norodom Sihamoni"),
        (6, 18, "ព្រះរាជពិធីបុណ្យចម្រើនព្រះជន្ម សម្តេចព្រះមហាក្សត្រី នរោត្តម មុនិនាថ សីហនុ ព្រះវររាជមាតាជាតិខ្មែរ", "Birthday of Queen Mother Norodom Monineath Sihanouk"),
        (9, 24, "ទិវាប្រកាសរដ្ឋធម្មនុញ្ញ", "Constitution Day"),
        (10, 15, "ទិវាប្រារព្ធពិធីគោរពព្រះវិញ្ញាណក្ខន្ធ ព្រះករុណា ព្រះបាទសម្តេចព្រះ នរោត្តម សីហនុ ព្រះវររាជបិតាឯករាជ្យ បូរណភាពទឹកដី និងឯកភាពជាតិខ្មែរ", "Commemoration Day of King Father Norodom Sihanouk"),
        (10, 29, "ព្រះរាជពិធីគ្រងព្រះបរមរាជសម្បត្តិ ព្រះករុណា ព្រះបាទសម្តេចព្រះបរមនាថ នរោត្តម សីហមុនី", "Coronation Day of King Norodom Sihamoni"),
        (11, 9, "ពិធីបុណ្យឯករាជ្យជាតិ", "Independence Day"),
    ];

    public static IEnumerable<PublicHoliday> Of(int year) =>
        FixedDates.Select(h => new PublicHoliday(new DateOnly(year, h.Month, h.Day), new(h.Km, h.En)));
}
