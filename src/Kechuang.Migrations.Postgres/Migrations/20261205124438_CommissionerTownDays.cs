using System;
using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CommissionerTownDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "From",
                table: "CommissionerTowns",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "To",
                table: "CommissionerTowns",
                type: "date",
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
        }
    }
}
