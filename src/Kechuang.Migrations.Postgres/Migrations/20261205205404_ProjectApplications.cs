using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    CallRegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EnterpriseRegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Field = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Leader = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    LeaderPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Partners = table.Column<List<string>>(type: "text[]", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CheckedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CheckedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectApplications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProjectApplicationBudget",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Special = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Own = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Role = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Content = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectApplicationMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectApplicationMilestones_ProjectApplications_Applicatio~",
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
