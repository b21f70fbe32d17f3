using System;
using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ProjectExecution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BanYears",
                table: "ProjectCalls",
                type: "integer",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<DateOnly>(
                name: "BanUntil",
                table: "ProjectApplications",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CloseReason",
                table: "ProjectApplications",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClosedAt",
                table: "ProjectApplications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TaskBookSignedOn",
                table: "ProjectApplications",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProjectAcceptances",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AppliedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Mode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Seed = table.Column<long>(type: "bigint", nullable: true),
                    EngineVersion = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    DrawnBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MeetingOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Conclusion = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Opinion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ConcludedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ConcludedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectAcceptances", x => x.ApplicationId);
                });

            migrationBuilder.CreateTable(
                name: "ProjectApplicationAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Requirement = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FileName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProjectApplicationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectApplicationAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectApplicationAttachments_ProjectApplications_ProjectAp~",
                        column: x => x.ProjectApplicationId,
                        principalTable: "ProjectApplications",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ProjectChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PreviousEndOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NewEndOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PreviousLeader = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    NewLeader = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    FromCategory = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ToCategory = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Status = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecisionComment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProjectDisbursements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tranche = table.Column<int>(type: "integer", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectDisbursements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProjectMidterms",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Progress = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Spent = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Problems = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Conclusion = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ConcludedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ConcludedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectMidterms", x => x.ApplicationId);
                });

            migrationBuilder.CreateTable(
                name: "ProjectPublicityObjections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RaisedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Handling = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Upheld = table.Column<bool>(type: "boolean", nullable: true),
                    HandledBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    HandledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectPublicityObjections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProjectAcceptanceAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SpentSpecial = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    SpentOwn = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectAcceptanceAccounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectAcceptanceAccounts_ProjectAcceptances_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "ProjectAcceptances",
                        principalColumn: "ApplicationId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectAcceptanceExperts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExpertId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Affinity = table.Column<int>(type: "integer", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectAcceptanceExperts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectAcceptanceExperts_ProjectAcceptances_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "ProjectAcceptances",
                        principalColumn: "ApplicationId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectApplicationAttachmentContents",
                columns: table => new
                {
                    AttachmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectApplicationAttachmentContents", x => x.AttachmentId);
                    table.ForeignKey(
                        name: "FK_ProjectApplicationAttachmentContents_ProjectApplicationAtta~",
                        column: x => x.AttachmentId,
                        principalTable: "ProjectApplicationAttachments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Indicators",
                columns: new[] { "Code", "Assessed", "DenominatorCode", "Direction", "Kind", "Name", "NumeratorCode", "Retired", "SortOrder", "Source", "Unit", "Version" },
                values: new object[] { "plan_projects_accepted", true, null, "higher", "flow", "验收科技计划项目数", null, false, 28, "derived", "项", 0 });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectAcceptanceAccounts_ApplicationId",
                table: "ProjectAcceptanceAccounts",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectAcceptanceExperts_ApplicationId",
                table: "ProjectAcceptanceExperts",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectAcceptanceExperts_ExpertId",
                table: "ProjectAcceptanceExperts",
                column: "ExpertId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectApplicationAttachments_ApplicationId_Requirement",
                table: "ProjectApplicationAttachments",
                columns: new[] { "ApplicationId", "Requirement" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectApplicationAttachments_ProjectApplicationId",
                table: "ProjectApplicationAttachments",
                column: "ProjectApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectChanges_ApplicationId_RequestedAt",
                table: "ProjectChanges",
                columns: new[] { "ApplicationId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectDisbursements_ApplicationId_Tranche",
                table: "ProjectDisbursements",
                columns: new[] { "ApplicationId", "Tranche" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectPublicityObjections_CallId",
                table: "ProjectPublicityObjections",
                column: "CallId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProjectAcceptanceAccounts");

            migrationBuilder.DropTable(
                name: "ProjectAcceptanceExperts");

            migrationBuilder.DropTable(
                name: "ProjectApplicationAttachmentContents");

            migrationBuilder.DropTable(
                name: "ProjectChanges");

            migrationBuilder.DropTable(
                name: "ProjectDisbursements");

            migrationBuilder.DropTable(
                name: "ProjectMidterms");

            migrationBuilder.DropTable(
                name: "ProjectPublicityObjections");

            migrationBuilder.DropTable(
                name: "ProjectAcceptances");

            migrationBuilder.DropTable(
                name: "ProjectApplicationAttachments");

            migrationBuilder.DeleteData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "plan_projects_accepted");

            migrationBuilder.DropColumn(
                name: "BanYears",
                table: "ProjectCalls");

            migrationBuilder.DropColumn(
                name: "BanUntil",
                table: "ProjectApplications");

            migrationBuilder.DropColumn(
                name: "CloseReason",
                table: "ProjectApplications");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "ProjectApplications");

            migrationBuilder.DropColumn(
                name: "TaskBookSignedOn",
                table: "ProjectApplications");
        }
    }
}
