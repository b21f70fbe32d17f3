using System;
using Microsoft.EntityFrameworkCore.Migrations;


#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Kechuang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PlatformKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlatformKinds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Levels = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformKinds", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "PlatformKinds",
                columns: new[] { "Id", "Levels", "Name", "SortOrder", "Version" },
                values: new object[,]
                {
                    { new Guid("0193e001-0000-7000-8000-000000000001"), "省级", "重点企业研究院", 10, 1 },
                    { new Guid("0193e001-0000-7000-8000-000000000002"), "省级", "企业研究院", 20, 1 },
                    { new Guid("0193e001-0000-7000-8000-000000000003"), "省级", "高新技术企业研发中心", 30, 1 },
                    { new Guid("0193e001-0000-7000-8000-000000000004"), "市级、县级", "企业研发中心", 40, 1 },
                    { new Guid("0193e001-0000-7000-8000-000000000005"), "国家级、省级、市级", "重点实验室", 50, 1 },
                    { new Guid("0193e001-0000-7000-8000-000000000006"), "国家级、省级、市级", "工程技术研究中心", 60, 1 },
                    { new Guid("0193e001-0000-7000-8000-000000000007"), "省级、市级、县级", "新型研发机构", 70, 1 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlatformKinds_Name",
                table: "PlatformKinds",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlatformKinds");
        }
    }
}
