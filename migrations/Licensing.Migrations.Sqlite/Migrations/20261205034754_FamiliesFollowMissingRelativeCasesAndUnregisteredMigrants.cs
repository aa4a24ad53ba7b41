using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Licensing.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AlterColumn<Guid>(
                name: "WorkerId",
                table: "DisappearanceCases",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<Guid>(
                name: "DeploymentId",
                table: "DisappearanceCases",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<Guid>(
                name: "AgencyId",
                table: "DisappearanceCases",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<int>(
                name: "FailedPinAttempts",
                table: "DisappearanceCases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Person_AgencyName",
                table: "DisappearanceCases",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Person_DateOfBirth",
                table: "DisappearanceCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Person_DocumentNumber",
                table: "DisappearanceCases",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Person_Name",
                table: "DisappearanceCases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Person_Phone",
                table: "DisappearanceCases",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PinHash",
                table: "DisappearanceCases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PinLockedUntil",
                table: "DisappearanceCases",
                type: "TEXT",
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
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "DeploymentId",
                table: "DisappearanceCases",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "AgencyId",
                table: "DisappearanceCases",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
