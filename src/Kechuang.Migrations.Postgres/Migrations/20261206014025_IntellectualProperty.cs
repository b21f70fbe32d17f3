using System;
using Microsoft.EntityFrameworkCore.Migrations;


#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Kechuang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class IntellectualProperty : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IpCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Complainant = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Respondent = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HandledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IpCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Patents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Applicant = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    GrantedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LapsedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Patents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegionPopulations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Population = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionPopulations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Trademarks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegistrationNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Classes = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Trademarks", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "Indicators",
                columns: new[] { "Code", "Assessed", "DenominatorCode", "Direction", "Kind", "Name", "NumeratorCode", "Retired", "SortOrder", "Source", "Unit", "Version" },
                values: new object[,]
                {
                    { "invention_patents_granted", true, null, "higher", "flow", "企业发明专利授权数", null, false, 34, "derived", "件", 0 },
                    { "patents_per_10k", true, null, "higher", "ratio", "每万人发明专利拥有量", null, false, 35, "derived", "件/万人", 0 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_IpCases_RegionCode_ReceivedOn",
                table: "IpCases",
                columns: new[] { "RegionCode", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Patents_EnterpriseId",
                table: "Patents",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Patents_Number",
                table: "Patents",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Patents_RegionCode_Kind_GrantedOn",
                table: "Patents",
                columns: new[] { "RegionCode", "Kind", "GrantedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RegionPopulations_RegionCode_Year",
                table: "RegionPopulations",
                columns: new[] { "RegionCode", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Trademarks_RegionCode_RegisteredOn",
                table: "Trademarks",
                columns: new[] { "RegionCode", "RegisteredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Trademarks_RegistrationNumber",
                table: "Trademarks",
                column: "RegistrationNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IpCases");

            migrationBuilder.DropTable(
                name: "Patents");

            migrationBuilder.DropTable(
                name: "RegionPopulations");

            migrationBuilder.DropTable(
                name: "Trademarks");

            migrationBuilder.DeleteData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "invention_patents_granted");

            migrationBuilder.DeleteData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "patents_per_10k");
        }
    }
}
