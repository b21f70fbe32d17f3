using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LoanSubsidies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PolicyYear",
                table: "FinanceRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Trace",
                table: "FinanceRecords",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PolicyYear",
                table: "FinanceRecords");

            migrationBuilder.DropColumn(
                name: "Trace",
                table: "FinanceRecords");
        }
    }
}
