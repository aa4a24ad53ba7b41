using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Migrations;

/// <summary>
/// Departure clearances (R32): the system's decision that a worker may leave, with its number, validity and status.
/// The health check keeps physical and mental health apart (R18): the old single result becomes the physical one,
/// and the mental one stays empty on checks recorded before, so the gate asks for it again.
/// </summary>
[DbContext(typeof(LicensingDbContext))]
[Migration("20261204020000_DepartureClearances")]
public sealed class DepartureClearances : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.RenameColumn("Medical_Fit", "Deployments", "Medical_PhysicallyFit");
        migrationBuilder.AddColumn<bool>("Medical_MentallyFit", "Deployments", nullable: true);

        migrationBuilder.CreateTable("DepartureClearances", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Number = t.Column<string>(maxLength: 20, nullable: false),
            DeploymentId = t.Column<Guid>(nullable: false),
            WorkerId = t.Column<Guid>(nullable: false),
            AgencyId = t.Column<Guid>(nullable: false),
            CountryCode = t.Column<string>(maxLength: 2, nullable: false),
            IssuedOn = t.Column<DateOnly>(nullable: false),
            ValidUntil = t.Column<DateOnly>(nullable: false),
            IssuedAt = t.Column<DateTimeOffset>(nullable: false),
            IssuedBy = t.Column<string>(maxLength: 256, nullable: false),
            Status = t.Column<string>(maxLength: 16, nullable: false),
            OpenSlot = t.Column<string>(maxLength: 64, nullable: true),
            UsedOn = t.Column<DateOnly>(nullable: true),
            VoidReason = t.Column<string>(maxLength: 1000, nullable: true),
            Version = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_DepartureClearances", x => x.Id);
            t.ForeignKey("FK_DepartureClearances_Agencies_AgencyId", x => x.AgencyId, "Agencies", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_DepartureClearances_Deployments_DeploymentId", x => x.DeploymentId, "Deployments", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_DepartureClearances_Workers_WorkerId", x => x.WorkerId, "Workers", "Id", onDelete: ReferentialAction.Restrict);
        });
        migrationBuilder.CreateIndex("IX_DepartureClearances_Number", "DepartureClearances", "Number", unique: true);
        migrationBuilder.CreateIndex("IX_DepartureClearances_OpenSlot", "DepartureClearances", "OpenSlot", unique: true);
        migrationBuilder.CreateIndex("IX_DepartureClearances_DeploymentId", "DepartureClearances", "DeploymentId");
        migrationBuilder.CreateIndex("IX_DepartureClearances_WorkerId", "DepartureClearances", "WorkerId");
        migrationBuilder.CreateIndex("IX_DepartureClearances_AgencyId_Status", "DepartureClearances", ["AgencyId", "Status"]);
        migrationBuilder.CreateIndex("IX_DepartureClearances_Status_ValidUntil", "DepartureClearances", ["Status", "ValidUntil"]);
    }
}
