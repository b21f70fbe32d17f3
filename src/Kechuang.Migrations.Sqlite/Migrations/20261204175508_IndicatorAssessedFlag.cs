using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorAssessedFlag : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every indicator already in the catalogue stays a 考核指标 …
            migrationBuilder.AddColumn<bool>(
                name: "Assessed",
                table: "Indicators",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            // … except the catalogue's context indicators, the denominators of ratios (docs/domain.md §3, §9), so an
            // upgraded database reads like a new one.
            foreach (var code in new[] { "gdp", "industrial_value_added", "fiscal_spending", "reporting_above_scale_enterprises" })
            {
                migrationBuilder.UpdateData(
                    table: "Indicators",
                    keyColumn: "Code",
                    keyValue: code,
                    column: "Assessed",
                    value: false);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Assessed",
                table: "Indicators");
        }
    }
}
