using System;
using Microsoft.EntityFrameworkCore.Migrations;


#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Kechuang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PlatformEntryConditions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlatformEntryConditions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Measure = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Minimum = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformEntryConditions", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "PlatformEntryConditions",
                columns: new[] { "Id", "Kind", "Level", "Measure", "Minimum", "SortOrder", "Source", "Unit", "Version" },
                values: new object[,]
                {
                    { new Guid("0193e000-0000-7000-8000-000000000001"), "高新技术企业研发中心", "省级", "HighTech", 1m, 1, "浙江省高新技术企业研究开发中心认定条件（浙江省科学技术厅）", "", 1 },
                    { new Guid("0193e000-0000-7000-8000-000000000002"), "高新技术企业研发中心", "省级", "RdRatio", 3m, 2, "浙江省高新技术企业研究开发中心认定条件（浙江省科学技术厅）", "%", 1 },
                    { new Guid("0193e000-0000-7000-8000-000000000003"), "高新技术企业研发中心", "省级", "RdStaff", 10m, 3, "浙江省高新技术企业研究开发中心认定条件（浙江省科学技术厅）", "人", 1 },
                    { new Guid("0193e000-0000-7000-8000-000000000004"), "企业研究院", "省级", "HighTech", 1m, 4, "浙江省省级企业研究院认定条件（浙江省科学技术厅）", "", 1 },
                    { new Guid("0193e000-0000-7000-8000-000000000005"), "企业研究院", "省级", "RdExpense", 1000m, 5, "浙江省省级企业研究院认定条件（浙江省科学技术厅）", "万元", 1 },
                    { new Guid("0193e000-0000-7000-8000-000000000006"), "企业研究院", "省级", "RdRatio", 3m, 6, "浙江省省级企业研究院认定条件（浙江省科学技术厅）", "%", 1 },
                    { new Guid("0193e000-0000-7000-8000-000000000007"), "企业研究院", "省级", "RdStaff", 50m, 7, "浙江省省级企业研究院认定条件（浙江省科学技术厅）", "人", 1 },
                    { new Guid("0193e000-0000-7000-8000-000000000008"), "企业研发中心", "市级", "RdExpense", 100m, 8, "市级企业研发中心认定条件（设区市科技局）", "万元", 1 },
                    { new Guid("0193e000-0000-7000-8000-000000000009"), "企业研发中心", "市级", "RdStaff", 5m, 9, "市级企业研发中心认定条件（设区市科技局）", "人", 1 },
                    { new Guid("0193e000-0000-7000-8000-000000000010"), "企业研发中心", "县级", "RdExpense", 50m, 10, "县级企业研发中心认定条件（县（市、区）科技局）", "万元", 1 },
                    { new Guid("0193e000-0000-7000-8000-000000000011"), "企业研发中心", "县级", "RdStaff", 3m, 11, "县级企业研发中心认定条件（县（市、区）科技局）", "人", 1 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlatformEntryConditions_Kind_Level_Measure",
                table: "PlatformEntryConditions",
                columns: new[] { "Kind", "Level", "Measure" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlatformEntryConditions");
        }
    }
}
