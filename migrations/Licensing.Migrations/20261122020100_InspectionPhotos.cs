using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Migrations;

/// <summary>Photos taken by inspectors as evidence for checklist items.</summary>
[DbContext(typeof(LicensingDbContext))]
[Migration("20261122020100_InspectionPhotos")]
public sealed class InspectionPhotos : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable("InspectionPhotos", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            InspectionId = t.Column<Guid>(nullable: false),
            ItemCode = t.Column<string>(maxLength: 64, nullable: false),
            UploadedAt = t.Column<DateTimeOffset>(nullable: false),
            UploadedBy = t.Column<string>(maxLength: 256, nullable: false),
            File_ContentType = t.Column<string>(maxLength: 50, nullable: false),
            File_FileName = t.Column<string>(maxLength: 255, nullable: false),
            File_Sha256 = t.Column<string>(maxLength: 64, nullable: false),
            File_SizeBytes = t.Column<long>(nullable: false),
            File_StorageKey = t.Column<string>(maxLength: 200, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_InspectionPhotos", x => x.Id);
            t.ForeignKey("FK_InspectionPhotos_Inspections_InspectionId", x => x.InspectionId, "Inspections", "Id", onDelete: ReferentialAction.Cascade);
        });
        migrationBuilder.CreateIndex("IX_InspectionPhotos_InspectionId", "InspectionPhotos", "InspectionId");
    }
}
