using System.Globalization;
using Licensing.Domain.Settings;
using Licensing.Infrastructure.Scheduling;
using Licensing.Web;
using Microsoft.Extensions.Localization;

namespace Licensing.Web.Tests.Localization;

/// <summary>The settings and scheduled jobs pages show each one's description through the catalogue: each needs its Khmer wording.</summary>
public sealed class AdministrationWordingTests
{
    private static readonly IStringLocalizer Catalogue = new CatalogueLocalizer();

    [Fact]
    public void EverySettingAndScheduledJob_IsDescribedInKhmer()
    {
        var descriptions = SettingCatalog.All.Select(s => s.Description).Concat(JobCatalog.All.Select(j => j.Description));
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("km");
        try
        {
            var untranslated = descriptions.Where(d => Catalogue[d].ResourceNotFound).ToList();
            Assert.True(untranslated.Count == 0, $"described only in English:\n{string.Join('\n', untranslated)}");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
