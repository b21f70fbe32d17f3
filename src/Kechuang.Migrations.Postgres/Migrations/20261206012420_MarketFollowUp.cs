using System;
using Microsoft.EntityFrameworkCore.Migrations;


#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Kechuang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MarketFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BrokerVerdicts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    NeedId = table.Column<Guid>(type: "uuid", nullable: false),
                    OtherKind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OtherId = table.Column<Guid>(type: "uuid", nullable: false),
                    Verdict = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    JudgedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    JudgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BrokerVerdicts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CooperationProjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Mode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    NeedId = table.Column<Guid>(type: "uuid", nullable: true),
                    NeedTitle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AchievementId = table.Column<Guid>(type: "uuid", nullable: true),
                    AchievementTitle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ExpertId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExpertName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    EventId = table.Column<Guid>(type: "uuid", nullable: true),
                    EventTitle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContractLabel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NextFollowUpOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastFollowUpOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FollowUpNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationProjects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MarketEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Organisers = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CooperationPayments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CooperationPayments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CooperationPayments_CooperationProjects_CooperationId",
                        column: x => x.CooperationId,
                        principalTable: "CooperationProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MarketEventIntentions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NeedId = table.Column<Guid>(type: "uuid", nullable: true),
                    AchievementId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketEventIntentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketEventIntentions_MarketEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "MarketEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MarketEventInvitees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Attended = table.Column<bool>(type: "boolean", nullable: false),
                    HeadCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketEventInvitees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketEventInvitees_MarketEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "MarketEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MarketEventPairs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    NeedId = table.Column<Guid>(type: "uuid", nullable: false),
                    NeedTitle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AchievementId = table.Column<Guid>(type: "uuid", nullable: false),
                    AchievementTitle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketEventPairs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarketEventPairs_MarketEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "MarketEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Indicators",
                columns: new[] { "Code", "Assessed", "DenominatorCode", "Direction", "Kind", "Name", "NumeratorCode", "Retired", "SortOrder", "Source", "Unit", "Version" },
                values: new object[,]
                {
                    { "market_achievements", true, null, "higher", "flow", "发布科技成果数", null, false, 30, "derived", "项", 0 },
                    { "market_cooperation_amount", true, null, "higher", "flow", "产学研合作合同金额", null, false, 33, "derived", "万元", 0 },
                    { "market_cooperations", true, null, "higher", "flow", "促成产学研合作项目数", null, false, 32, "derived", "项", 0 },
                    { "market_events", true, null, "higher", "flow", "举办产学研对接活动数", null, false, 31, "derived", "场", 0 },
                    { "market_needs", true, null, "higher", "flow", "征集企业技术需求数", null, false, 29, "derived", "项", 0 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_BrokerVerdicts_NeedId_OtherKind_OtherId",
                table: "BrokerVerdicts",
                columns: new[] { "NeedId", "OtherKind", "OtherId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BrokerVerdicts_RegionCode",
                table: "BrokerVerdicts",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationPayments_CooperationId",
                table: "CooperationPayments",
                column: "CooperationId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationProjects_EnterpriseId",
                table: "CooperationProjects",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationProjects_EventId",
                table: "CooperationProjects",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_CooperationProjects_RegionCode_SignedOn",
                table: "CooperationProjects",
                columns: new[] { "RegionCode", "SignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MarketEventIntentions_EventId",
                table: "MarketEventIntentions",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_MarketEventInvitees_EnterpriseId",
                table: "MarketEventInvitees",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_MarketEventInvitees_EventId",
                table: "MarketEventInvitees",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_MarketEventPairs_EventId",
                table: "MarketEventPairs",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_MarketEvents_RegionCode_HeldOn",
                table: "MarketEvents",
                columns: new[] { "RegionCode", "HeldOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BrokerVerdicts");

            migrationBuilder.DropTable(
                name: "CooperationPayments");

            migrationBuilder.DropTable(
                name: "MarketEventIntentions");

            migrationBuilder.DropTable(
                name: "MarketEventInvitees");

            migrationBuilder.DropTable(
                name: "MarketEventPairs");

            migrationBuilder.DropTable(
                name: "CooperationProjects");

            migrationBuilder.DropTable(
                name: "MarketEvents");

            migrationBuilder.DeleteData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "market_achievements");

            migrationBuilder.DeleteData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "market_cooperation_amount");

            migrationBuilder.DeleteData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "market_cooperations");

            migrationBuilder.DeleteData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "market_events");

            migrationBuilder.DeleteData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "market_needs");
        }
    }
}
