using System.Globalization;
using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Calendar;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Calendar;

/// <summary>
/// Administrators add a public holiday that working-day deadlines skip (R35): the fixed national holidays are seeded,
/// the lunar ones are added each year. It takes effect for the next deadline computed.
/// </summary>
public static class AddPublicHoliday
{
    public sealed record Command(DateOnly? Date, string NameKm, string NameEn);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Date).NotNull().WithName(_ => Catalogue.Say(Keys.Date));
            RuleFor(c => c.NameKm).NotEmpty().MaximumLength(PublicHoliday.NameMaxLength).WithName(_ => Catalogue.Say(Keys.CommonNameInKhmer));
            RuleFor(c => c.NameEn).NotEmpty().MaximumLength(PublicHoliday.NameMaxLength).WithName(_ => Catalogue.Say(Keys.NameInEnglish));
        }
    }

    public sealed class Handler(ILicensingDb db, BusinessCalendar calendar)
    {
        public async Task<Guid> HandleAsync(Command command, CancellationToken cancellationToken)
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
    }
}
