using Licensing.Domain.Common;

namespace Licensing.Domain.Calendar;

/// <summary>
/// A public holiday in Cambodia on one date (R35). The fixed national holidays are seeded; those that follow the
/// lunar calendar (Khmer New Year, Visak Bochea, Royal Ploughing, Pchum Ben, Water Festival) are entered each year
/// by an administrator from the government's announcement.
/// </summary>
public sealed class PublicHoliday : Entity
{
    public const int NameMaxLength = 200;

    private PublicHoliday() { }

    public PublicHoliday(DateOnly date, LocalizedText name)
    {
        Date = date;
        Name = new LocalizedText(Required(name.Km), Required(name.En));
    }

    public DateOnly Date { get; private set; }
    public LocalizedText Name { get; private set; } = null!;

    private static string Required(string? name) => string.IsNullOrWhiteSpace(name) || name.Trim().Length > NameMaxLength
        ? throw new DomainException(ErrorCodes.HolidayNameInvalid, DomainErrorKind.Invalid, NameMaxLength)
        : name.Trim();
}
