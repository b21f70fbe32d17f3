using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enterprises_RegionCode_Name",
                table: "Enterprises");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_RegionCode_Name_Id",
                table: "Enterprises",
                columns: new[] { "RegionCode", "Name", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enterprises_RegionCode_Name_Id",
                table: "Enterprises");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_RegionCode_Name",
                table: "Enterprises",
                columns: new[] { "RegionCode", "Name" });
        }
    }
}
