using Licensing.Application.Common;
using Licensing.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace Licensing.Infrastructure.Persistence;

/// <summary>
/// Lets statistics queries use <see cref="CalendarMonth"/> and <see cref="UnixTime"/> in SQL. On SQLite
/// dates and instants are stored as text (an instant as its UTC DateTime), which strftime and unixepoch read.
/// An instant's month is its Phnom Penh month (R35), as the running totals' triggers compute it.
/// </summary>
internal static class StatisticsFunctions
{
    public static void MapStatisticsFunctions(this ModelBuilder builder, bool sqlite)
    {
        builder.HasDbFunction(typeof(CalendarMonth).GetMethod(nameof(CalendarMonth.Of), [typeof(DateOnly)])!)
            .HasTranslation(args => sqlite ? Month("strftime", Fragment("'%Y-%m'"), args[0]) : Month("to_char", args[0], Fragment("'YYYY-MM'")));
        builder.HasDbFunction(typeof(CalendarMonth).GetMethod(nameof(CalendarMonth.Of), [typeof(DateTimeOffset)])!)
            .HasTranslation(args => sqlite ? Month("strftime", Fragment("'%Y-%m'"), args[0], Fragment("'+7 hours'")) : Month("to_char", InPhnomPenh(args[0]), Fragment("'YYYY-MM'")));
        builder.HasDbFunction(typeof(UnixTime).GetMethod(nameof(UnixTime.Seconds))!)
            .HasTranslation(args => sqlite ? Seconds("unixepoch", args[0], Fragment("'subsec'")) : Seconds("date_part", Fragment("'epoch'"), args[0]));
    }

    /// <summary>timezone('Asia/Phnom_Penh', instant); an inner call needs a store type of its own, and the instant's serves: nothing reads it back.</summary>
    private static SqlFunctionExpression InPhnomPenh(SqlExpression instant) =>
        new("timezone", [Fragment($"'{PhnomPenh.ZoneId}'"), instant], nullable: true, argumentsPropagateNullability: [false, true], typeof(DateTime), instant.TypeMapping);

    private static SqlFunctionExpression Month(string name, params SqlExpression[] arguments) => Function(name, arguments, typeof(string));

    private static SqlFunctionExpression Seconds(string name, params SqlExpression[] arguments) => Function(name, arguments, typeof(double));

    /// <summary>The outermost call; EF Core gives it the store type of the mapped method's result.</summary>
    private static SqlFunctionExpression Function(string name, SqlExpression[] arguments, Type type) =>
        new(name, arguments, nullable: true, argumentsPropagateNullability: arguments.Select(a => a is not SqlFragmentExpression).ToArray(), type, null);

    private static SqlFragmentExpression Fragment(string sql) => new(sql);
}
