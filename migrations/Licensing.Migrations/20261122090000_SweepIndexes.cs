using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Migrations;

/// <summary>
/// Indexes for the scheduled sweeps: the open complaints in id order (the deadline sweeps page
/// through them), and a licence's applications (whether a renewal is under review at expiry).
/// </summary>
[DbContext(typeof(LicensingDbContext))]
[Migration("20261122090000_SweepIndexes")]
public sealed class SweepIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex("IX_Complaints_Open", "Complaints", "Id",
            filter: "\"Status\" IN ('Received', 'Acknowledged', 'UnderInvestigation', 'Conciliation')");
        migrationBuilder.CreateIndex("IX_LicenceApplications_LicenceId", "LicenceApplications", "LicenceId");
    }
}
