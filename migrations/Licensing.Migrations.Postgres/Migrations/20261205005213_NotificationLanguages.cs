using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Licensing.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class NotificationLanguages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Family_Language",
                table: "DisappearanceCases",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Complainant_Language",
                table: "Complaints",
                type: "character varying(2)",
                maxLength: 2,
                nullable: false,
                defaultValue: "km");

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "AspNetUsers",
                type: "character varying(2)",
                maxLength: 2,
                nullable: false,
                defaultValue: "km");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Family_Language",
                table: "DisappearanceCases");

            migrationBuilder.DropColumn(
                name: "Complainant_Language",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "AspNetUsers");
        }
    }
}
