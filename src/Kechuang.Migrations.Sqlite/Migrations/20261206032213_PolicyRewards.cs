using System;
using Microsoft.EntityFrameworkCore.Migrations;


#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Kechuang.Migrations.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Exemptions = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyCeilings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PolicyClauses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Edition = table.Column<int>(type: "INTEGER", nullable: false),
                    Current = table.Column<bool>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Document = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Condition = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Amount = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Cap = table.Column<long>(type: "INTEGER", nullable: true),
                    Budget = table.Column<long>(type: "INTEGER", nullable: true),
                    OverBudget = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    AutoGrant = table.Column<bool>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyClauses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PolicyAwards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClauseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Trace = table.Column<string>(type: "TEXT", nullable: false),
                    AppliedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublicFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublicTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Objection = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    VoucherNo = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
