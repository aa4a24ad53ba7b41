using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Migrations;

/// <summary>
/// Lists read from an index instead of sorting or scanning a whole table: the inspections by
/// date (a stored column, the scheduled day else the planned day) and the outbox's undelivered
/// messages in id order.
/// </summary>
[DbContext(typeof(LicensingDbContext))]
[Migration("20261122120000_ListIndexes")]
public sealed class ListIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateOnly>("Date", "Inspections", nullable: false,
            computedColumnSql: "COALESCE(\"ScheduledOn\", \"PlannedFor\")", stored: true);
        migrationBuilder.CreateIndex("IX_Inspections_Date", "Inspections", "Date");
        migrationBuilder.CreateIndex("IX_OutboxMessages_Undelivered", "OutboxMessages", "Id", filter: "\"DeliveredAt\" IS NULL");
    }
}
