using Licensing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Licensing.Migrations;

/// <summary>
/// Restrictions carry their legal basis in both languages, may start in a month the source gives without a day,
/// and may be ended (one in force per country and sector); a country may be reserved to public agencies and an
/// agency marked public (R26, R33); an agency has at most one evaluation under way (R34). South Korea is reserved, and the Malaysia domestic-work restriction starts in
/// October 2011 with its legal basis.
/// </summary>
[DbContext(typeof(LicensingDbContext))]
[Migration("20261204030000_RestrictionsPublicAgenciesEvaluationCycle")]
public sealed class RestrictionsPublicAgenciesEvaluationCycle : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>("ReservedToPublicAgencies", "Countries", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<bool>("IsPublicAgency", "Agencies", nullable: false, defaultValue: false);

        migrationBuilder.RenameColumn("Reason", "DeploymentRestrictions", "LegalBasis_En");
        migrationBuilder.AddColumn<string>("LegalBasis_Km", "DeploymentRestrictions", maxLength: 500, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<bool>("SinceMonthOnly", "DeploymentRestrictions", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<DateOnly>("EndedOn", "DeploymentRestrictions", nullable: true);
        migrationBuilder.DropIndex("IX_DeploymentRestrictions_CountryCode_SectorCode", "DeploymentRestrictions");
        migrationBuilder.CreateIndex("IX_DeploymentRestrictions_CountryCode_SectorCode", "DeploymentRestrictions", ["CountryCode", "SectorCode"],
            unique: true, filter: "\"EndedOn\" IS NULL");

        migrationBuilder.CreateIndex("IX_Evaluations_OneOpenPerAgency", "Evaluations", "AgencyId", unique: true, filter: "\"Status\" <> 'Decided'");

        var yes = migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true ? "TRUE" : "1";
        migrationBuilder.Sql($"UPDATE \"Countries\" SET \"ReservedToPublicAgencies\" = {yes} WHERE \"Code\" = 'KR';");
        migrationBuilder.Sql($"""
            UPDATE "DeploymentRestrictions"
            SET "Since" = '2011-10-01', "SinceMonthOnly" = {yes},
                "LegalBasis_Km" = 'ការផ្អាកការបញ្ជូនពលករខ្មែរទៅធ្វើការងារតាមផ្ទះនៅប្រទេសម៉ាឡេស៊ី ដោយរាជរដ្ឋាភិបាលកម្ពុជា ខែតុលា ឆ្នាំ២០១១',
                "LegalBasis_En" = 'Royal Government of Cambodia suspension of sending Cambodian domestic workers to Malaysia, October 2011'
            WHERE "CountryCode" = 'MY' AND "SectorCode" = 'domestic-work';
            """);
    }
}
