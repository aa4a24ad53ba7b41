using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Common;

/// <summary>
/// Allocates the numbers of a yearly series (licences, departure clearances) without a counter table: a use case takes
/// the next after the year's highest, and the unique index on the number turns away all but one of the requests that
/// picked it at once. The others run their whole use case again on a clean slate, so they re-read every check and take
/// the next number; each round issues at least one, so this many rounds serve as many requests at once. Past them the
/// caller is told to try again (409), never a 500.
/// </summary>
public static class YearlyNumbers
{
    private const int Attempts = 40;

    public static async Task<YearlyNumber> NextAsync(this IQueryable<string> numbers, NumberSeries series, int year, CancellationToken cancellationToken)
    {
        var prefix = series.YearPrefix(year);
        var last = await numbers.Where(n => n.StartsWith(prefix))
            .OrderByDescending(n => n.Length).ThenByDescending(n => n).FirstOrDefaultAsync(cancellationToken);
        if (last is null) return series.Number(year, 1);
        var parsed = series.Parse(last) ?? throw new InvalidOperationException($"{last} is not a number of the {series.Prefix} series.");
        return parsed.Next();
    }

    /// <summary>Runs <paramref name="issue"/> (which reads the next number and stages its changes) and saves, again while a unique index refuses the save.</summary>
    public static async Task<T> SaveWithNextNumberAsync<T>(this ILicensingDb db, Func<Task<T>> issue, Func<DomainException> busy, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var issued = await issue();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return issued;
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation())
            {
                db.ForgetTracked();
                if (attempt == Attempts) throw busy();
                await Task.Delay(Random.Shared.Next(5, 25 * attempt), cancellationToken);
            }
        }
    }
}
