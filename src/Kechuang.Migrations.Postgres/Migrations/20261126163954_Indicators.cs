using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;


#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Kechuang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Indicators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndicatorRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IndicatorCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: true),
                    OldValue = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true),
                    NewValue = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorRevisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Direction = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Source = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    NumeratorCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DenominatorCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Retired = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "RegisterChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Register = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorTargets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorTargets_Indicators_IndicatorCode",
                        column: x => x.IndicatorCode,
                        principalTable: "Indicators",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndicatorTargets_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorValues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    BelowPreviousMonth = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_Indicators_IndicatorCode",
                        column: x => x.IndicatorCode,
                        principalTable: "Indicators",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "Indicators",
                columns: new[] { "Code", "DenominatorCode", "Direction", "Kind", "Name", "NumeratorCode", "Retired", "SortOrder", "Source", "Unit", "Version" },
                values: new object[,]
                {
                    { "above_scale_rd_expense", null, "higher", "flow", "规上工业企业研发费用", null, false, 3, "reported", "亿元", 0 },
                    { "commissioner_coverage", null, "higher", "ratio", "科技特派员镇村覆盖率", null, false, 21, "reported", "%", 0 },
                    { "commissioners", null, "higher", "stock", "科技特派员数", null, false, 20, "reported", "人", 0 },
                    { "fiscal_spending", null, "higher", "flow", "一般公共预算支出", null, false, 92, "reported", "亿元", 0 },
                    { "fiscal_st_share", "fiscal_spending", "higher", "ratio", "财政科技投入占一般公共预算支出比重", "fiscal_st_spending", false, 23, "derived", "%", 0 },
                    { "fiscal_st_spending", null, "higher", "flow", "财政科技投入", null, false, 22, "reported", "亿元", 0 },
                    { "gdp", null, "higher", "flow", "地区生产总值", null, false, 90, "reported", "亿元", 0 },
                    { "high_tech_investment", null, "higher", "flow", "高新技术产业投资", null, false, 8, "reported", "亿元", 0 },
                    { "high_tech_value_added", null, "higher", "flow", "高新技术产业增加值", null, false, 6, "reported", "亿元", 0 },
                    { "high_tech_value_added_share", "industrial_value_added", "higher", "ratio", "高新技术产业增加值占规上工业增加值比重", "high_tech_value_added", false, 7, "derived", "%", 0 },
                    { "hte_total", null, "higher", "stock", "高新技术企业总数", null, false, 13, "derived", "家", 0 },
                    { "industrial_value_added", null, "higher", "flow", "规上工业增加值", null, false, 91, "reported", "亿元", 0 },
                    { "invention_patent_grants", null, "higher", "flow", "发明专利授权量", null, false, 19, "reported", "件", 0 },
                    { "new_hte_count", null, "higher", "flow", "新认定高新技术企业数", null, false, 12, "derived", "家", 0 },
                    { "new_incubator_area", null, "higher", "flow", "新增孵化空间面积", null, false, 16, "reported", "万平方米", 0 },
                    { "new_rd_institutions", null, "higher", "flow", "新增省级以上研发机构数", null, false, 15, "reported", "家", 0 },
                    { "patent_applications", null, "higher", "flow", "专利申请量", null, false, 17, "reported", "件", 0 },
                    { "patent_grants", null, "higher", "flow", "专利授权量", null, false, 18, "reported", "件", 0 },
                    { "rd_active_enterprises", null, "higher", "stock", "有研发活动的规上企业数", null, false, 4, "derived", "家", 0 },
                    { "rd_active_share", "reporting_above_scale_enterprises", "higher", "ratio", "有研发活动的规上企业占比", "rd_active_enterprises", false, 5, "derived", "%", 0 },
                    { "rd_expenditure", null, "higher", "flow", "全社会R&D经费投入", null, false, 1, "reported", "亿元", 0 },
                    { "rd_intensity", "gdp", "higher", "ratio", "R&D经费投入强度", "rd_expenditure", false, 2, "derived", "%", 0 },
                    { "reporting_above_scale_enterprises", null, "higher", "stock", "填报年度数据的规上企业数", null, false, 93, "derived", "家", 0 },
                    { "tech_contract_count", null, "higher", "flow", "技术合同数", null, false, 9, "derived", "项", 0 },
                    { "tech_contract_turnover", null, "higher", "flow", "技术合同成交额", null, false, 10, "derived", "亿元", 0 },
                    { "tech_sme_count", null, "higher", "flow", "科技型中小企业入库数", null, false, 14, "derived", "家", 0 },
                    { "tech_transaction", null, "higher", "flow", "技术交易额", null, false, 11, "derived", "亿元", 0 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorRevisions_IndicatorCode_RegionCode_Year_Month",
                table: "IndicatorRevisions",
                columns: new[] { "IndicatorCode", "RegionCode", "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorTargets_IndicatorCode",
                table: "IndicatorTargets",
                column: "IndicatorCode");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorTargets_RegionCode",
                table: "IndicatorTargets",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorTargets_Year_RegionCode_IndicatorCode",
                table: "IndicatorTargets",
                columns: new[] { "Year", "RegionCode", "IndicatorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_IndicatorCode",
                table: "IndicatorValues",
                column: "IndicatorCode");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_RegionCode",
                table: "IndicatorValues",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_Year_Month_RegionCode_IndicatorCode",
                table: "IndicatorValues",
                columns: new[] { "Year", "Month", "RegionCode", "IndicatorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisterChanges_Register_Id",
                table: "RegisterChanges",
                columns: new[] { "Register", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndicatorRevisions");

            migrationBuilder.DropTable(
                name: "IndicatorTargets");

            migrationBuilder.DropTable(
                name: "IndicatorValues");

            migrationBuilder.DropTable(
                name: "RegisterChanges");

            migrationBuilder.DropTable(
                name: "Indicators");
        }
    }
}
