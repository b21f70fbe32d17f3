using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MarketWatermark : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TechNeeds_RegionCode_Review",
                table: "TechNeeds");

            migrationBuilder.DropIndex(
                name: "IX_Achievements_RegionCode",
                table: "Achievements");

            migrationBuilder.CreateIndex(
                name: "IX_TechNeeds_RegionCode_Review_Version_Id",
                table: "TechNeeds",
                columns: new[] { "RegionCode", "Review", "Version", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Achievements_RegionCode_Version_Id",
                table: "Achievements",
                columns: new[] { "RegionCode", "Version", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TechNeeds_RegionCode_Review_Version_Id",
                table: "TechNeeds");

            migrationBuilder.DropIndex(
                name: "IX_Achievements_RegionCode_Version_Id",
                table: "Achievements");

            migrationBuilder.CreateIndex(
                name: "IX_TechNeeds_RegionCode_Review",
                table: "TechNeeds",
                columns: new[] { "RegionCode", "Review" });

            migrationBuilder.CreateIndex(
                name: "IX_Achievements_RegionCode",
                table: "Achievements",
                column: "RegionCode");
        }
    }
}
