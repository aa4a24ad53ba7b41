using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Licensing.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FamiliesFollowMissingRelativeCasesAndUnregisteredMigrants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "SharedWithFamily",
                table: "DisappearanceUpdates",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AlterColumn<Guid>(
                name: "WorkerId",
                table: "DisappearanceCases",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AlterColumn<Guid>(
                name: "DeploymentId",
                table: "DisappearanceCases",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AlterColumn<Guid>(
                name: "AgencyId",
                table: "DisappearanceCases",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<int>(
                name: "FailedPinAttempts",
                table: "DisappearanceCases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Person_AgencyName",
                table: "DisappearanceCases",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Person_DateOfBirth",
                table: "DisappearanceCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Person_DocumentNumber",
                table: "DisappearanceCases",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Person_Name",
                table: "DisappearanceCases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Person_Phone",
                table: "DisappearanceCases",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PinHash",
                table: "DisappearanceCases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PinLockedUntil",
                table: "DisappearanceCases",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SharedWithFamily",
                table: "DisappearanceUpdates");

            migrationBuilder.DropColumn(
                name: "FailedPinAttempts",
                table: "DisappearanceCases");

            migrationBuilder.DropColumn(
                name: "Person_AgencyName",
                table: "DisappearanceCases");

            migrationBuilder.DropColumn(
                name: "Person_DateOfBirth",
                table: "DisappearanceCases");

            migrationBuilder.DropColumn(
                name: "Person_DocumentNumber",
                table: "DisappearanceCases");

            migrationBuilder.DropColumn(
                name: "Person_Name",
                table: "DisappearanceCases");

            migrationBuilder.DropColumn(
                name: "Person_Phone",
                table: "DisappearanceCases");

            migrationBuilder.DropColumn(
                name: "PinHash",
                table: "DisappearanceCases");

            migrationBuilder.DropColumn(
                name: "PinLockedUntil",
                table: "DisappearanceCases");

            migrationBuilder.AlterColumn<Guid>(
                name: "WorkerId",
                table: "DisappearanceCases",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "DeploymentId",
                table: "DisappearanceCases",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "AgencyId",
                table: "DisappearanceCases",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
