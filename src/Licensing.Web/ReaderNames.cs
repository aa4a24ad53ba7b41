using System.Globalization;
using Licensing.Application.Common;
using Licensing.Domain.Common;

namespace Licensing.Web;

/// <summary>Names, not codes, on pages: a province's or a country's name in the reader's language (the code itself when it is unknown).</summary>
public sealed class ReaderNames(ReferenceNames names)
{
    private static string Language => Languages.Of(CultureInfo.CurrentUICulture.Name);

    public async Task<string> ProvinceAsync(string? code) => code is null ? "—" : (await names.ProvinceAsync(code, CancellationToken.None)).In(Language);

    public async Task<string> CountryAsync(string? code) => code is null ? "—" : (await names.CountryAsync(code, CancellationToken.None)).In(Language);
}
