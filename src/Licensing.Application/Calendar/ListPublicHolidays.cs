using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Calendar;

/// <summary>The public holidays that working-day deadlines skip (R35): of one year, or from this year on.</summary>
public static class ListPublicHolidays
{
    public sealed record View(Guid Id, DateOnly Date, string NameKm, string NameEn);

    public sealed class Handler(ILicensingDb db, BusinessCalendar calendar)
    {
        public async Task<IReadOnlyList<View>> HandleAsync(int? year, CancellationToken cancellationToken)
        {
            var from = new DateOnly(year ?? calendar.Today.Year, 1, 1);
            var holidays = db.PublicHolidays.AsNoTracking().Where(h => h.Date >= from);
            if (year is not null) holidays = holidays.Where(h => h.Date < from.AddYears(1));
            return await holidays.OrderBy(h => h.Date).Select(h => new View(h.Id, h.Date, h.Name.Km, h.Name.En)).ToListAsync(cancellationToken);
        }
    }
}
