using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Calendar;

/// <summary>Administrators remove a public holiday (R35); the next deadline computed counts the day as a working day.</summary>
public static class RemovePublicHoliday
{
    public sealed class Handler(ILicensingDb db, BusinessCalendar calendar)
    {
        public async Task HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var holiday = await db.PublicHolidays.SingleOrDefaultAsync(h => h.Id == id, cancellationToken) ?? throw DomainException.NotFound();
            db.PublicHolidays.Remove(holiday);
            await db.SaveChangesAsync(cancellationToken);
            calendar.HolidaysChanged();
        }
    }
}
