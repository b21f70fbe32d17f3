using System;
using Microsoft.EntityFrameworkCore.Migrations;


#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Kechuang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Enterprises : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Enterprises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    TownCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    IndustryCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    FoundedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AboveScale = table.Column<bool>(type: "INTEGER", nullable: false),
                    TechnologyField = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enterprises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enterprises_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QualificationTypes",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ValidYears = table.Column<int>(type: "INTEGER", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualificationTypes", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "CultivationEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CultivationEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CultivationEntries_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EnterpriseYears",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Staff = table.Column<int>(type: "INTEGER", nullable: false),
                    TechStaff = table.Column<int>(type: "INTEGER", nullable: false),
                    SalesRevenue = table.Column<long>(type: "INTEGER", nullable: false),
                    TotalIncome = table.Column<long>(type: "INTEGER", nullable: false),
                    HighTechIncome = table.Column<long>(type: "INTEGER", nullable: false),
                    RdExpense = table.Column<long>(type: "INTEGER", nullable: false),
                    RdExpenseDomestic = table.Column<long>(type: "INTEGER", nullable: false),
                    TotalCostsAndExpenses = table.Column<long>(type: "INTEGER", nullable: false),
                    TotalAssets = table.Column<long>(type: "INTEGER", nullable: false),
                    NetAssets = table.Column<long>(type: "INTEGER", nullable: false),
                    ClassOneIp = table.Column<int>(type: "INTEGER", nullable: false),
                    ClassTwoIp = table.Column<int>(type: "INTEGER", nullable: false),
                    Conversions = table.Column<int>(type: "INTEGER", nullable: false),
                    MajorViolation = table.Column<bool>(type: "INTEGER", nullable: false),
                    IpAdvancement = table.Column<int>(type: "INTEGER", nullable: true),
                    IpCoreRole = table.Column<int>(type: "INTEGER", nullable: true),
                    IpOwnRd = table.Column<bool>(type: "INTEGER", nullable: true),
                    RdManagement = table.Column<int>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnterpriseYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnterpriseYears_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Qualifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RevokedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Qualifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Qualifications_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Qualifications_QualificationTypes_Type",
                        column: x => x.Type,
                        principalTable: "QualificationTypes",
                        principalColumn: "Name",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "QualificationTypes",
                columns: new[] { "Name", "SortOrder", "ValidYears" },
                values: new object[,]
                {
                    { "专精特新“小巨人”企业", 5, 3 },
                    { "专精特新中小企业", 4, 3 },
                    { "创新型中小企业", 6, 3 },
                    { "省级企业研发中心", 7, null },
                    { "科技型中小企业", 2, 1 },
                    { "科技小巨人", 3, 3 },
                    { "领军企业", 8, null },
                    { "高新技术企业", 1, 3 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_CultivationEntries_EnterpriseId_Year_Target",
                table: "CultivationEntries",
                columns: new[] { "EnterpriseId", "Year", "Target" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CultivationEntries_Year_Stage",
                table: "CultivationEntries",
                columns: new[] { "Year", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_RegionCode_Name",
                table: "Enterprises",
                columns: new[] { "RegionCode", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_Uscc",
                table: "Enterprises",
                column: "Uscc",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseYears_EnterpriseId_Year",
                table: "EnterpriseYears",
                columns: new[] { "EnterpriseId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Qualifications_EnterpriseId_Type",
                table: "Qualifications",
                columns: new[] { "EnterpriseId", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_Qualifications_Type_ExpiresOn",
                table: "Qualifications",
                columns: new[] { "Type", "ExpiresOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CultivationEntries");

            migrationBuilder.DropTable(
                name: "EnterpriseYears");

            migrationBuilder.DropTable(
                name: "Qualifications");

            migrationBuilder.DropTable(
                name: "Enterprises");

            migrationBuilder.DropTable(
                name: "QualificationTypes");
        }
    }
}
