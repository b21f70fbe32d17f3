using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Programme = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    TotalBudget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    CapPerProject = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RequiredTitles = table.Column<List<string>>(type: "text[]", nullable: false),
                    RegisteredInRegion = table.Column<bool>(type: "boolean", nullable: false),
                    Attachments = table.Column<List<string>>(type: "text[]", nullable: false),
                    IndirectCostCapPercent = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ExpertsPerApplication = table.Column<int>(type: "integer", nullable: false),
                    MaxPerExpert = table.Column<int>(type: "integer", nullable: false),
                    LookBackYears = table.Column<int>(type: "integer", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectCalls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProjectCallCriteria",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    MaxScore = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Weight = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
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
