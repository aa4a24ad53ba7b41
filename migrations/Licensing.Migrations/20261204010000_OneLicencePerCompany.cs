using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Migrations;

/// <summary>
/// R31: a company holds one licence at a time. A unique index over the agency, filtered to the holding statuses
/// (Active, Suspended), keeps it. If the register already holds a company with two held licences the migration stops
/// before the index and names each such agency (registration number, id, licence numbers): an officer revokes or
/// records the surrender of all but one, and the migration is run again. Nothing is changed silently.
/// </summary>
[DbContext(typeof(LicensingDbContext))]
[Migration("20261204010000_OneLicencePerCompany")]
public sealed class OneLicencePerCompany : Migration
{
    private const string Refusal =
        "R31: a company holds one licence at a time, but these agencies hold more than one active or suspended licence. "
        + "Revoke, or record the surrender of, all but one licence of each, then run the migration again: ";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var postgres = migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true;
        if (postgres)
        {
            migrationBuilder.Sql(
                $"""
                DO $$
                DECLARE duplicates text;
                BEGIN
                    SELECT string_agg(format('agency %s (%s): %s', a."RegistrationNumber", d."AgencyId", d."Numbers"), '; ' ORDER BY a."RegistrationNumber")
                    INTO duplicates
                    FROM (SELECT "AgencyId", string_agg("Number", ', ' ORDER BY "Number") AS "Numbers"
                          FROM "Licences" WHERE "Status" IN ('Active', 'Suspended')
                          GROUP BY "AgencyId" HAVING count(*) > 1) d
                    JOIN "Agencies" a ON a."Id" = d."AgencyId";
                    IF duplicates IS NOT NULL THEN
                        RAISE EXCEPTION '{Refusal}%', duplicates;
                    END IF;
                END $$;
                """);
        }
        else
        {
            // SQLite has no procedural block: a row inserted only when duplicates exist fires a trigger that aborts with their list.
            migrationBuilder.Sql("""CREATE TEMP TABLE "HeldLicenceDuplicates" ("Agencies" TEXT NOT NULL);""");
            migrationBuilder.Sql(
                $"""
                CREATE TEMP TRIGGER "ReportHeldLicenceDuplicates" BEFORE INSERT ON "HeldLicenceDuplicates"
                BEGIN
                    SELECT RAISE(ABORT, '{Refusal}' || NEW."Agencies");
                END;
                """);
            migrationBuilder.Sql(
                """
                INSERT INTO "HeldLicenceDuplicates" ("Agencies")
                SELECT group_concat('agency ' || a."RegistrationNumber" || ' (' || d."AgencyId" || '): ' || d."Numbers", '; ' ORDER BY a."RegistrationNumber")
                FROM (SELECT "AgencyId", group_concat("Number", ', ' ORDER BY "Number") AS "Numbers"
                      FROM "Licences" WHERE "Status" IN ('Active', 'Suspended')
                      GROUP BY "AgencyId" HAVING count(*) > 1) d
                JOIN "Agencies" a ON a."Id" = d."AgencyId"
                HAVING count(*) > 0;
                """);
            migrationBuilder.Sql("""DROP TABLE "HeldLicenceDuplicates";""");
        }
        migrationBuilder.CreateIndex("IX_Licences_AgencyId_Held", "Licences", "AgencyId", unique: true,
            filter: "\"Status\" IN ('Active', 'Suspended')");
    }
}
