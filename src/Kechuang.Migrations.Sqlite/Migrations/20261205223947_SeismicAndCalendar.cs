using System;
using Microsoft.EntityFrameworkCore.Migrations;


#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Kechuang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SeismicAndCalendar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SeismicApprovals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Applicant = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Site = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LimitDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueProvisional = table.Column<bool>(type: "INTEGER", nullable: false),
                    Requirement = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    DecisionRemark = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeismicApprovals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SeismicDrills",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: false),
                    Organiser = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeismicDrills", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SeismicStations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Site = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Keeper = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BuiltOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeismicStations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SpecialDays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpecialDays", x => x.Date);
                });

            migrationBuilder.InsertData(
                table: "Indicators",
                columns: new[] { "Code", "Assessed", "DenominatorCode", "Direction", "Kind", "Name", "NumeratorCode", "Retired", "SortOrder", "Source", "Unit", "Version" },
                values: new object[,]
                {
                    { "seismic_approvals", true, null, "higher", "flow", "抗震设防要求审批办结数", null, false, 26, "derived", "件", 0 },
                    { "seismic_ontime_share", true, null, "higher", "ratio", "抗震设防要求审批按时办结率", null, false, 27, "derived", "%", 0 }
                });

            migrationBuilder.InsertData(
                table: "SpecialDays",
                columns: new[] { "Date", "Kind", "Name" },
                values: new object[,]
                {
                    { new DateOnly(2024, 1, 1), "休", "元旦" },
                    { new DateOnly(2024, 2, 4), "班", "春节" },
                    { new DateOnly(2024, 2, 12), "休", "春节" },
                    { new DateOnly(2024, 2, 13), "休", "春节" },
                    { new DateOnly(2024, 2, 14), "休", "春节" },
                    { new DateOnly(2024, 2, 15), "休", "春节" },
                    { new DateOnly(2024, 2, 16), "休", "春节" },
                    { new DateOnly(2024, 2, 18), "班", "春节" },
                    { new DateOnly(2024, 4, 4), "休", "清明节" },
                    { new DateOnly(2024, 4, 5), "休", "清明节" },
                    { new DateOnly(2024, 4, 7), "班", "清明节" },
                    { new DateOnly(2024, 4, 28), "班", "劳动节" },
                    { new DateOnly(2024, 5, 1), "休", "劳动节" },
                    { new DateOnly(2024, 5, 2), "休", "劳动节" },
                    { new DateOnly(2024, 5, 3), "休", "劳动节" },
                    { new DateOnly(2024, 5, 11), "班", "劳动节" },
                    { new DateOnly(2024, 6, 10), "休", "端午节" },
                    { new DateOnly(2024, 9, 14), "班", "中秋节" },
                    { new DateOnly(2024, 9, 16), "休", "中秋节" },
                    { new DateOnly(2024, 9, 17), "休", "中秋节" },
                    { new DateOnly(2024, 9, 29), "班", "国庆节" },
                    { new DateOnly(2024, 10, 1), "休", "国庆节" },
                    { new DateOnly(2024, 10, 2), "休", "国庆节" },
                    { new DateOnly(2024, 10, 3), "休", "国庆节" },
                    { new DateOnly(2024, 10, 4), "休", "国庆节" },
                    { new DateOnly(2024, 10, 7), "休", "国庆节" },
                    { new DateOnly(2024, 10, 12), "班", "国庆节" },
                    { new DateOnly(2025, 1, 1), "休", "元旦" },
                    { new DateOnly(2025, 1, 26), "班", "春节" },
                    { new DateOnly(2025, 1, 28), "休", "春节" },
                    { new DateOnly(2025, 1, 29), "休", "春节" },
                    { new DateOnly(2025, 1, 30), "休", "春节" },
                    { new DateOnly(2025, 1, 31), "休", "春节" },
                    { new DateOnly(2025, 2, 3), "休", "春节" },
                    { new DateOnly(2025, 2, 4), "休", "春节" },
                    { new DateOnly(2025, 2, 8), "班", "春节" },
                    { new DateOnly(2025, 4, 4), "休", "清明节" },
                    { new DateOnly(2025, 4, 27), "班", "劳动节" },
                    { new DateOnly(2025, 5, 1), "休", "劳动节" },
                    { new DateOnly(2025, 5, 2), "休", "劳动节" },
                    { new DateOnly(2025, 5, 5), "休", "劳动节" },
                    { new DateOnly(2025, 6, 2), "休", "端午节" },
                    { new DateOnly(2025, 9, 28), "班", "国庆节、中秋节" },
                    { new DateOnly(2025, 10, 1), "休", "国庆节、中秋节" },
                    { new DateOnly(2025, 10, 2), "休", "国庆节、中秋节" },
                    { new DateOnly(2025, 10, 3), "休", "国庆节、中秋节" },
                    { new DateOnly(2025, 10, 6), "休", "国庆节、中秋节" },
                    { new DateOnly(2025, 10, 7), "休", "国庆节、中秋节" },
                    { new DateOnly(2025, 10, 8), "休", "国庆节、中秋节" },
                    { new DateOnly(2025, 10, 11), "班", "国庆节、中秋节" },
                    { new DateOnly(2026, 1, 1), "休", "元旦" },
                    { new DateOnly(2026, 1, 2), "休", "元旦" },
                    { new DateOnly(2026, 1, 4), "班", "元旦" },
                    { new DateOnly(2026, 2, 14), "班", "春节" },
                    { new DateOnly(2026, 2, 16), "休", "春节" },
                    { new DateOnly(2026, 2, 17), "休", "春节" },
                    { new DateOnly(2026, 2, 18), "休", "春节" },
                    { new DateOnly(2026, 2, 19), "休", "春节" },
                    { new DateOnly(2026, 2, 20), "休", "春节" },
                    { new DateOnly(2026, 2, 23), "休", "春节" },
                    { new DateOnly(2026, 2, 28), "班", "春节" },
                    { new DateOnly(2026, 4, 6), "休", "清明节" },
                    { new DateOnly(2026, 5, 1), "休", "劳动节" },
                    { new DateOnly(2026, 5, 4), "休", "劳动节" },
                    { new DateOnly(2026, 5, 5), "休", "劳动节" },
                    { new DateOnly(2026, 5, 9), "班", "劳动节" },
                    { new DateOnly(2026, 6, 19), "休", "端午节" },
                    { new DateOnly(2026, 9, 20), "班", "国庆节" },
                    { new DateOnly(2026, 9, 25), "休", "中秋节" },
                    { new DateOnly(2026, 10, 1), "休", "国庆节" },
                    { new DateOnly(2026, 10, 2), "休", "国庆节" },
                    { new DateOnly(2026, 10, 5), "休", "国庆节" },
                    { new DateOnly(2026, 10, 6), "休", "国庆节" },
                    { new DateOnly(2026, 10, 7), "休", "国庆节" },
                    { new DateOnly(2026, 10, 10), "班", "国庆节" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_SeismicApprovals_RegionCode_DecidedOn",
                table: "SeismicApprovals",
                columns: new[] { "RegionCode", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SeismicApprovals_RegionCode_Decision_DueOn",
                table: "SeismicApprovals",
                columns: new[] { "RegionCode", "Decision", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SeismicDrills_RegionCode_HeldOn",
                table: "SeismicDrills",
                columns: new[] { "RegionCode", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SeismicStations_RegionCode_Name",
                table: "SeismicStations",
                columns: new[] { "RegionCode", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SeismicApprovals");

            migrationBuilder.DropTable(
                name: "SeismicDrills");

            migrationBuilder.DropTable(
                name: "SeismicStations");

            migrationBuilder.DropTable(
                name: "SpecialDays");

            migrationBuilder.DeleteData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "seismic_approvals");

            migrationBuilder.DeleteData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "seismic_ontime_share");
        }
    }
}
