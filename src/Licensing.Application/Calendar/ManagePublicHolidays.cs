using System.Globalization;
using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Calendar;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Calendar;

/// <summary>
/// Administrators keep the list of public holidays that working-day deadlines skip (R35): the fixed national holidays
/// are seeded, the lunar ones are added each year. A change takes effect for the next deadline computed.
/// </summary>
public static class ManagePublicHolidays
{
    public sealed record Command(DateOnly? Date, string NameKm, string NameEn);

    public sealed record View(Guid Id, DateOnly Date, string NameKm, string NameEn);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Date).NotNull().WithName(_ => Text.Pick("Date", "កាលបរិច្ឆេទ"));
            RuleFor(c => c.NameKm).NotEmpty().MaximumLength(PublicHoliday.NameMaxLength).WithName(_ => Text.Pick("Name in Khmer", "ឈ្មោះជាភាសាខ្មែរ"));
            RuleFor(c => c.NameEn).NotEmpty().MaximumLength(PublicHoliday.NameMaxLength).WithName(_ => Text.Pick("Name in English", "ឈ្មោះជាភាសាអង់គ្លេស"));
        }
    }

    public sealed class Handler(ILicensingDb db, BusinessCalendar calendar)
    {
        /// <summary>The holidays of one year, or from this year on.</summary>
        public async Task<IReadOnlyList<View>> ListAsync(int? year, CancellationToken cancellationToken)
        {
            var from = new DateOnly(year ?? calendar.Today.Year, 1, 1);
            var holidays = db.PublicHolidays.AsNoTracking().Where(h => h.Date >= from);
            if (year is not null) holidays = holidays.Where(h => h.Date < from.AddYears(1));
            return await holidays.OrderBy(h => h.Date).Select(h => new View(h.Id, h.Date, h.Name.Km, h.Name.En)).ToListAsync(cancellationToken);
        }

        public async Task<Guid> AddAsync(Command command, CancellationToken cancellationToken)
        {
            var date = command.Date ?? throw new DomainException(ErrorCodes.HolidayDateMissing, DomainErrorKind.Invalid);
            if (await db.PublicHolidays.AnyAsync(h => h.Date == date, cancellationToken))
            {
                var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                throw new DomainException(ErrorCodes.HolidayExists, DomainErrorKind.Conflict, day);
            }
            var holiday = new PublicHoliday(date, new LocalizedText(command.NameKm, command.NameEn));
            db.PublicHolidays.Add(holiday);
            await db.SaveChangesAsync(cancellationToken);
            calendar.HolidaysChanged();
            return holiday.Id;
        }

        public async Task RemoveAsync(Guid id, CancellationToken cancellationToken)
        {
            var holiday = await db.PublicHolidays.SingleOrDefaultAsync(h => h.Id == id, cancellationToken) ?? throw DomainException.NotFound();
            db.PublicHolidays.Remove(holiday);
            await db.SaveChangesAsync(cancellationToken);
            calendar.HolidaysChanged();
        }
    }
}
