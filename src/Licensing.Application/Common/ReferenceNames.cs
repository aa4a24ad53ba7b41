using Licensing.Application.Abstractions;
using Licensing.Application.ReferenceData;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Common;

/// <summary>The names people read in both languages for a term of the system (an enum value's name, a role); the edge's translations give them.</summary>
public interface ITermNames
{
    LocalizedText Of(string term);
}

/// <summary>
/// Names, not codes, for what a notice, a page or an export tells: provinces (<see cref="ProvinceNames"/>) and
/// countries (read once per unit of work) from the reference tables, enum values from <see cref="ITermNames"/>. An unknown code is shown as it is.
/// </summary>
public sealed class ReferenceNames(ILicensingDb db, ProvinceNames provinceNames, ITermNames terms)
{
    private IReadOnlyDictionary<string, LocalizedText>? _countries;

    public async Task<LocalizedText> ProvinceAsync(string code, CancellationToken cancellationToken) => Named(await ProvincesAsync(cancellationToken), code);

    /// <summary>Every province's name by its code, for a caller that names many rows while the database is busy streaming them.</summary>
    public Task<IReadOnlyDictionary<string, LocalizedText>> ProvincesAsync(CancellationToken cancellationToken) => provinceNames.GetAsync(db, cancellationToken);

    public static LocalizedText Named(IReadOnlyDictionary<string, LocalizedText> names, string code) => names.GetValueOrDefault(code) ?? new LocalizedText(code, code);

    public async Task<LocalizedText> CountryAsync(string code, CancellationToken cancellationToken)
    {
        _countries ??= await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Code, c => new LocalizedText(c.Name.Km, c.Name.En), cancellationToken);
        return Named(_countries, code);
    }

    public LocalizedText Term(Enum value) => terms.Of(value.ToString());

    public LocalizedText Role(string role) => terms.Of(role);
}
