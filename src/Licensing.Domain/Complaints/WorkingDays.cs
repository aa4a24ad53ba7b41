namespace Licensing.Domain.Complaints;

/// <summary>Working days are Monday to Friday; public holidays are not yet known to the system.</summary>
public static class WorkingDays
{
    public static DateOnly Add(DateOnly start, int days)
    {
        var date = start;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days--;
        }
        return date;
    }
}
