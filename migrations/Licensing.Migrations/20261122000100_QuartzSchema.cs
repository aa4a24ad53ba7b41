using Licensing.Infrastructure.Persistence;
using Licensing.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Migrations;

/// <summary>
/// Quartz's job-store tables. The DDL is the one Quartz itself ships for each database (read
/// from its assembly, so it always matches the Quartz version in use); it only creates what
/// is missing.
/// </summary>
[DbContext(typeof(LicensingDbContext))]
[Migration("20261122000100_QuartzSchema")]
public sealed class QuartzSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var dialect = migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true ? "postgres" : "sqlite";
        foreach (var statement in QuartzDdl.Statements(dialect, SchedulingSetup.TablePrefix))
        {
            migrationBuilder.Sql(statement);
        }
    }
}
