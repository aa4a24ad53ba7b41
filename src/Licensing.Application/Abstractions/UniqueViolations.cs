using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Abstractions;

public static class UniqueViolations
{
    private const string PostgresUniqueViolation = "23505";
    private const string SqliteUniqueViolation = "UNIQUE constraint failed";

    /// <summary>Whether a save failed because a unique index refused a row (PostgreSQL 23505; SQLite names the failed constraint in its message).</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception.InnerException is DbException inner
        && (inner.SqlState == PostgresUniqueViolation || inner.Message.Contains(SqliteUniqueViolation, StringComparison.Ordinal));
}
