using Licensing.Domain.Common;

namespace Licensing.Domain.Workers;

/// <summary>The topics pre-departure orientation training must cover (Prakas 046/13); fixed by the Prakas, not a setting.</summary>
public static class PdotTopics
{
    public static readonly IReadOnlyList<(string Code, LocalizedText Name)> All =
    [
        ("duties", new("ភារកិច្ច និងរបៀបធ្វើការដែលរំពឹងទុក", "Duties and expected ways of working")),
        ("discipline-skills", new("វិន័យ និងជំនាញវិជ្ជាជីវៈ", "Discipline and vocational skills")),
        ("rights-benefits", new("សិទ្ធិ និងអត្ថប្រយោជន៍ស្របច្បាប់", "Legal rights and benefits")),
        ("workplace-language", new("ភាសាប្រើនៅកន្លែងការងារ", "Workplace language")),
        ("destination-country", new("ច្បាប់ របៀបរស់នៅ និងវប្បធម៌របស់ប្រទេសទទួល", "Laws, way of life and culture of the receiving country")),
    ];

    public static bool IsKnown(string code) => All.Any(t => t.Code == code);
}
