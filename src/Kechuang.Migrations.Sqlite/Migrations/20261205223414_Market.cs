using System;
using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Market : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Achievements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Field = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Keywords = table.Column<string>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Price = table.Column<long>(type: "INTEGER", nullable: true),
                    TransferMode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Achievements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TechNeeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TargetParameters = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Field = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Keywords = table.Column<string>(type: "TEXT", nullable: false),
                    BudgetMin = table.Column<long>(type: "INTEGER", nullable: true),
                    BudgetMax = table.Column<long>(type: "INTEGER", nullable: true),
                    CooperationMode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Review = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechNeeds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AchievementPatents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AchievementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AchievementPatents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AchievementPatents_Achievements_AchievementId",
                        column: x => x.AchievementId,
                        principalTable: "Achievements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AchievementPatents_AchievementId",
                table: "AchievementPatents",
                column: "AchievementId");

            migrationBuilder.CreateIndex(
                name: "IX_Achievements_RegionCode",
                table: "Achievements",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_TechNeeds_EnterpriseId",
                table: "TechNeeds",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_TechNeeds_RegionCode_Review",
                table: "TechNeeds",
                columns: new[] { "RegionCode", "Review" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AchievementPatents");

            migrationBuilder.DropTable(
                name: "TechNeeds");

            migrationBuilder.DropTable(
                name: "Achievements");
        }
    }
}
