using System;
using Microsoft.EntityFrameworkCore.Migrations;


#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Kechuang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Talent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ForeignExperts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Nationality = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    PermitCategory = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    PermitNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Employer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Field = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ForeignExperts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TalentProgrammes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    AnnualFunding = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    FundingYears = table.Column<int>(type: "integer", nullable: true),
                    Remark = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Retired = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalentProgrammes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TalentRecruits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Employer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    PersonName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Degree = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    School = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Major = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RecruitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalentRecruits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TalentAwards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Employer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    PersonName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Gender = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    IdType = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    IdNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Degree = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Field = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FundingGranted = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    FundingPaid = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Remark = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalentAwards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TalentAwards_TalentProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "TalentProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TalentChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AwardId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Result = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Remark = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalentChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TalentChecks_TalentAwards_AwardId",
                        column: x => x.AwardId,
                        principalTable: "TalentAwards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Indicators",
                columns: new[] { "Code", "Assessed", "DenominatorCode", "Direction", "Kind", "Name", "NumeratorCode", "Retired", "SortOrder", "Source", "Unit", "Version" },
                values: new object[,]
                {
                    { "postdocs_recruited", true, null, "higher", "flow", "新招引博士后数", null, false, 42, "derived", "人", 0 },
                    { "postgraduates_recruited", true, null, "higher", "flow", "新招引研究生数", null, false, 41, "derived", "人", 0 },
                    { "talents_awarded", true, null, "higher", "flow", "入选省级以上人才计划人数", null, false, 40, "derived", "人", 0 }
                });

            migrationBuilder.InsertData(
                table: "TalentProgrammes",
                columns: new[] { "Id", "AnnualFunding", "FundingYears", "Level", "Name", "RegionCode", "Remark", "Retired", "UpdatedAt", "Version" },
                values: new object[,]
                {
                    { new Guid("0193f000-0000-7000-8000-000000000701"), null, null, "国家级", "国家海外高层次人才引进计划", "100000", null, false, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0 },
                    { new Guid("0193f000-0000-7000-8000-000000000702"), null, null, "国家级", "国家高层次人才特殊支持计划（国家“万人计划”）", "100000", null, false, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0 },
                    { new Guid("0193f000-0000-7000-8000-000000000703"), null, null, "省级", "浙江省“鲲鹏行动”计划", "330000", null, false, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0 },
                    { new Guid("0193f000-0000-7000-8000-000000000704"), null, null, "省级", "浙江省海外高层次人才引进计划", "330000", null, false, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0 },
                    { new Guid("0193f000-0000-7000-8000-000000000705"), null, null, "省级", "浙江省高层次人才特殊支持计划（省“万人计划”）", "330000", null, false, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0 },
                    { new Guid("0193f000-0000-7000-8000-000000000706"), null, null, "市级", "温州市“瓯越英才计划”", "330300", null, false, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_ForeignExperts_RegionCode_ValidTo",
                table: "ForeignExperts",
                columns: new[] { "RegionCode", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_TalentAwards_EnterpriseId",
                table: "TalentAwards",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_TalentAwards_ProgrammeId",
                table: "TalentAwards",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_TalentAwards_RegionCode_DecidedOn",
                table: "TalentAwards",
                columns: new[] { "RegionCode", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TalentChecks_AwardId_Year",
                table: "TalentChecks",
                columns: new[] { "AwardId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TalentProgrammes_RegionCode_Name",
                table: "TalentProgrammes",
                columns: new[] { "RegionCode", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TalentRecruits_EnterpriseId",
                table: "TalentRecruits",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_TalentRecruits_RegionCode_RecruitedOn",
                table: "TalentRecruits",
                columns: new[] { "RegionCode", "RecruitedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ForeignExperts");

            migrationBuilder.DropTable(
                name: "TalentChecks");

            migrationBuilder.DropTable(
                name: "TalentRecruits");

            migrationBuilder.DropTable(
                name: "TalentAwards");

            migrationBuilder.DropTable(
                name: "TalentProgrammes");

            migrationBuilder.DeleteData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "postdocs_recruited");

            migrationBuilder.DeleteData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "postgraduates_recruited");

            migrationBuilder.DeleteData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "talents_awarded");
        }
    }
}
