using System;
using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CommissionerAssessmentAndTownDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "From",
                table: "CommissionerTowns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "To",
                table: "CommissionerTowns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssessedBy",
                table: "Commissioners",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AssessedOn",
                table: "Commissioners",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssessmentGrade",
                table: "Commissioners",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssessmentRemark",
                table: "Commissioners",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "From",
                table: "CommissionerTowns");

            migrationBuilder.DropColumn(
                name: "To",
                table: "CommissionerTowns");

            migrationBuilder.DropColumn(
                name: "AssessedBy",
                table: "Commissioners");

            migrationBuilder.DropColumn(
                name: "AssessedOn",
                table: "Commissioners");

            migrationBuilder.DropColumn(
                name: "AssessmentGrade",
                table: "Commissioners");

            migrationBuilder.DropColumn(
                name: "AssessmentRemark",
                table: "Commissioners");
        }
    }
}
