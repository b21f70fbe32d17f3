using System;
using Microsoft.EntityFrameworkCore.Migrations;


#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Kechuang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProjectReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ApprovalDocument",
                table: "ProjectCalls",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ApprovedAt",
                table: "ProjectCalls",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PublicityFrom",
                table: "ProjectCalls",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PublicityUntil",
                table: "ProjectCalls",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ApprovedAt",
                table: "ProjectApplications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ApprovedFunding",
                table: "ProjectApplications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BudgetComment",
                table: "ProjectApplications",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ApprovedSpecial",
                table: "ProjectApplicationBudget",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProjectReviewAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DrawId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExpertId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExpertName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ExpertOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Affinity = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Total = table.Column<long>(type: "INTEGER", nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectReviewAssignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProjectReviewDraws",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Seed = table.Column<long>(type: "INTEGER", nullable: true),
                    EngineVersion = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    PerApplication = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxPerExpert = table.Column<int>(type: "INTEGER", nullable: false),
                    LookBackYears = table.Column<int>(type: "INTEGER", nullable: false),
                    Applications = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalAffinity = table.Column<long>(type: "INTEGER", nullable: false),
                    DrawnBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DrawnAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectReviewDraws", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProjectReviewScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CriterionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectReviewScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectReviewScores_ProjectReviewAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "ProjectReviewAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Indicators",
                columns: new[] { "Code", "Assessed", "DenominatorCode", "Direction", "Kind", "Name", "NumeratorCode", "Retired", "SortOrder", "Source", "Unit", "Version" },
                values: new object[,]
                {
                    { "plan_project_funding", true, null, "higher", "flow", "下达科技计划项目经费", null, false, 25, "derived", "万元", 0 },
                    { "plan_projects_approved", true, null, "higher", "flow", "立项科技计划项目数", null, false, 24, "derived", "项", 0 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectReviewAssignments_CallId_ApplicationId",
                table: "ProjectReviewAssignments",
                columns: new[] { "CallId", "ApplicationId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectReviewAssignments_ExpertId_Status",
                table: "ProjectReviewAssignments",
                columns: new[] { "ExpertId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectReviewDraws_CallId",
                table: "ProjectReviewDraws",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectReviewScores_AssignmentId",
                table: "ProjectReviewScores",
                column: "AssignmentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProjectReviewDraws");

            migrationBuilder.DropTable(
                name: "ProjectReviewScores");

            migrationBuilder.DropTable(
                name: "ProjectReviewAssignments");

            migrationBuilder.DeleteData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "plan_project_funding");

            migrationBuilder.DeleteData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "plan_projects_approved");

            migrationBuilder.DropColumn(
                name: "ApprovalDocument",
                table: "ProjectCalls");

            migrationBuilder.DropColumn(
                name: "ApprovedAt",
                table: "ProjectCalls");

            migrationBuilder.DropColumn(
                name: "PublicityFrom",
                table: "ProjectCalls");

            migrationBuilder.DropColumn(
                name: "PublicityUntil",
                table: "ProjectCalls");

            migrationBuilder.DropColumn(
                name: "ApprovedAt",
                table: "ProjectApplications");

            migrationBuilder.DropColumn(
                name: "ApprovedFunding",
                table: "ProjectApplications");

            migrationBuilder.DropColumn(
                name: "BudgetComment",
                table: "ProjectApplications");

            migrationBuilder.DropColumn(
                name: "ApprovedSpecial",
                table: "ProjectApplicationBudget");
        }
    }
}
