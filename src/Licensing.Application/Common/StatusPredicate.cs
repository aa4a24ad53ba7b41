using System.Linq.Expressions;

namespace Licensing.Application.Common;

/// <summary>
/// A query condition "the status is one of these", written from the domain's set with each status as a constant, so
/// that the database sees the same literal list as the partial index over that set and reads from it.
/// </summary>
public static class StatusPredicate
{
    public static Expression<Func<T, bool>> AnyOf<T, TStatus>(Expression<Func<T, TStatus>> status, IEnumerable<TStatus> statuses) where TStatus : struct, Enum
    {
        var condition = statuses.Select(s => (Expression)Expression.Equal(status.Body, Expression.Constant(s))).Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<T, bool>>(condition, status.Parameters);
    }
}
