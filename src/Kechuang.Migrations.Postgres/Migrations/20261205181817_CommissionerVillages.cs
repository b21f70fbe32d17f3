using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CommissionerVillages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "Villages",
                table: "CommissionerTowns",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");   // towns recorded before villages were kept serve none by name
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Villages",
                table: "CommissionerTowns");
        }
    }
}
