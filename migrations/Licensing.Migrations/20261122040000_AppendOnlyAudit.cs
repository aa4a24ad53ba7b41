using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Migrations;

/// <summary>
/// The database itself refuses to change or delete an audit line, whatever connects to it; the
/// application already refuses (AuditInterceptor), this also covers SQL run by hand.
/// </summary>
[DbContext(typeof(LicensingDbContext))]
[Migration("20261122040000_AppendOnlyAudit")]
public sealed class AppendOnlyAudit : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'The audit trail is append-only'; END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON "AuditEntries"
                FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
                """);
            return;
        }
        migrationBuilder.Sql("""
            CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON "AuditEntries"
            BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only'); END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON "AuditEntries"
            BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only'); END;
            """);
    }
}
