using System;
using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProjectCalls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProjectCalls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Programme = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    TotalBudget = table.Column<long>(type: "INTEGER", nullable: false),
                    CapPerProject = table.Column<long>(type: "INTEGER", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RequiredTitles = table.Column<string>(type: "TEXT", nullable: false),
                    RegisteredInRegion = table.Column<bool>(type: "INTEGER", nullable: false),
                    Attachments = table.Column<string>(type: "TEXT", nullable: false),
                    IndirectCostCapPercent = table.Column<long>(type: "INTEGER", nullable: true),
                    ExpertsPerApplication = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxPerExpert = table.Column<int>(type: "INTEGER", nullable: false),
                    LookBackYears = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectCalls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProjectCallCriteria",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    MaxScore = table.Column<long>(type: "INTEGER", nullable: false),
                    Weight = table.Column<long>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectCallCriteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectCallCriteria_ProjectCalls_CallId",
                        column: x => x.CallId,
                        principalTable: "ProjectCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectCallCriteria_CallId",
                table: "ProjectCallCriteria",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectCalls_RegionCode_Year",
                table: "ProjectCalls",
                columns: new[] { "RegionCode", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectCalls_RegionCode_Year_Title",
                table: "ProjectCalls",
                columns: new[] { "RegionCode", "Year", "Title" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProjectCallCriteria");

            migrationBuilder.DropTable(
                name: "ProjectCalls");
        }
    }
}
