using System;
using Microsoft.EntityFrameworkCore.Migrations;


#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Kechuang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PolicyRewards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PolicyCeilings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Exemptions = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyCeilings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PolicyClauses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Edition = table.Column<int>(type: "integer", nullable: false),
                    Current = table.Column<bool>(type: "boolean", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Document = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Condition = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Amount = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Cap = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Budget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    OverBudget = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    AutoGrant = table.Column<bool>(type: "boolean", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyClauses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PolicyAwards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClauseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Source = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Status = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Trace = table.Column<string>(type: "text", nullable: false),
                    AppliedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublicFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    PublicTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Objection = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Answer = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    VoucherNo = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyAwards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyAwards_PolicyClauses_ClauseId",
                        column: x => x.ClauseId,
                        principalTable: "PolicyClauses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "Indicators",
                columns: new[] { "Code", "Assessed", "DenominatorCode", "Direction", "Kind", "Name", "NumeratorCode", "Retired", "SortOrder", "Source", "Unit", "Version" },
                values: new object[,]
                {
                    { "policy_enterprises", true, null, "higher", "flow", "获政策兑现企业数", null, false, 37, "derived", "家", 0 },
                    { "policy_rewards_paid", true, null, "higher", "flow", "兑现科技创新奖励扶持资金", null, false, 36, "derived", "万元", 0 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyAwards_ClauseId",
                table: "PolicyAwards",
                column: "ClauseId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyAwards_Code_Year_EnterpriseId",
                table: "PolicyAwards",
                columns: new[] { "Code", "Year", "EnterpriseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyAwards_EnterpriseId_Year",
                table: "PolicyAwards",
                columns: new[] { "EnterpriseId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyAwards_RegionCode_PaidOn",
                table: "PolicyAwards",
                columns: new[] { "RegionCode", "PaidOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyCeilings_RegionCode_Year",
                table: "PolicyCeilings",
                columns: new[] { "RegionCode", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyClauses_Code_Edition",
                table: "PolicyClauses",
                columns: new[] { "Code", "Edition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyClauses_RegionCode_Year",
                table: "PolicyClauses",
                columns: new[] { "RegionCode", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PolicyAwards");

            migrationBuilder.DropTable(
                name: "PolicyCeilings");

            migrationBuilder.DropTable(
                name: "PolicyClauses");

            migrationBuilder.DeleteData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "policy_enterprises");

            migrationBuilder.DeleteData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "policy_rewards_paid");
        }
    }
}
