using System;
using Microsoft.EntityFrameworkCore.Migrations;


#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Kechuang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Visits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Visitors = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Attendees = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VisitProblems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VisitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AssigneeUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Assignee = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitProblems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitProblems_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProblemFollowUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProblemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProblemFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProblemFollowUps_VisitProblems_ProblemId",
                        column: x => x.ProblemId,
                        principalTable: "VisitProblems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Indicators",
                columns: new[] { "Code", "Assessed", "DenominatorCode", "Direction", "Kind", "Name", "NumeratorCode", "Retired", "SortOrder", "Source", "Unit", "Version" },
                values: new object[,]
                {
                    { "enterprises_visited", true, null, "higher", "flow", "走访企业数", null, false, 52, "derived", "家", 0 },
                    { "visit_problems", true, null, "higher", "flow", "走访收集问题数", null, false, 53, "derived", "个", 0 },
                    { "visit_problems_solved", true, null, "higher", "flow", "走访问题解决数", null, false, 54, "derived", "个", 0 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProblemFollowUps_ProblemId",
                table: "ProblemFollowUps",
                column: "ProblemId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitProblems_ClosedOn_DueOn",
                table: "VisitProblems",
                columns: new[] { "ClosedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitProblems_EnterpriseId",
                table: "VisitProblems",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitProblems_RegionCode_RaisedOn",
                table: "VisitProblems",
                columns: new[] { "RegionCode", "RaisedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitProblems_VisitId",
                table: "VisitProblems",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_EnterpriseId",
                table: "Visits",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_RegionCode_VisitedOn",
                table: "Visits",
                columns: new[] { "RegionCode", "VisitedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProblemFollowUps");

            migrationBuilder.DropTable(
                name: "VisitProblems");

            migrationBuilder.DropTable(
                name: "Visits");

            migrationBuilder.DeleteData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "enterprises_visited");

            migrationBuilder.DeleteData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "visit_problems");

            migrationBuilder.DeleteData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "visit_problems_solved");
        }
    }
}
