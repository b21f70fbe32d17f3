using System;
using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProjectApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProjectApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CallRegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EnterpriseRegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Field = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    StartOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Leader = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    LeaderPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Partners = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CheckedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CheckedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectApplications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProjectApplicationBudget",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Special = table.Column<long>(type: "INTEGER", nullable: false),
                    Own = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectApplicationBudget", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectApplicationBudget_ProjectApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "ProjectApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectApplicationMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectApplicationMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectApplicationMembers_ProjectApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "ProjectApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectApplicationMilestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectApplicationMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectApplicationMilestones_ProjectApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "ProjectApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectApplicationBudget_ApplicationId",
                table: "ProjectApplicationBudget",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectApplicationMembers_ApplicationId",
                table: "ProjectApplicationMembers",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectApplicationMilestones_ApplicationId",
                table: "ProjectApplicationMilestones",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectApplications_CallId_EnterpriseId",
                table: "ProjectApplications",
                columns: new[] { "CallId", "EnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectApplications_CallRegionCode_Status",
                table: "ProjectApplications",
                columns: new[] { "CallRegionCode", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProjectApplicationBudget");

            migrationBuilder.DropTable(
                name: "ProjectApplicationMembers");

            migrationBuilder.DropTable(
                name: "ProjectApplicationMilestones");

            migrationBuilder.DropTable(
                name: "ProjectApplications");
        }
    }
}
