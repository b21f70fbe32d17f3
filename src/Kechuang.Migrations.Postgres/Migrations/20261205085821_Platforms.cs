using System;
using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Platforms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Platforms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: true),
                    HostName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Field = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawnReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platforms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlatformEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlatformId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Grade = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Staff = table.Column<int>(type: "integer", nullable: true),
                    RdSpending = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlatformEvaluations_Platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "Platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlatformRecognitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlatformId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RecognisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformRecognitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlatformRecognitions_Platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "Platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.UpdateData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "new_rd_institutions",
                column: "Source",
                value: "derived");

            migrationBuilder.CreateIndex(
                name: "IX_PlatformEvaluations_PlatformId_Year",
                table: "PlatformEvaluations",
                columns: new[] { "PlatformId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlatformRecognitions_PlatformId_RecognisedOn",
                table: "PlatformRecognitions",
                columns: new[] { "PlatformId", "RecognisedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Platforms_EnterpriseId_Kind",
                table: "Platforms",
                columns: new[] { "EnterpriseId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Platforms_RegionCode_Kind",
                table: "Platforms",
                columns: new[] { "RegionCode", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlatformEvaluations");

            migrationBuilder.DropTable(
                name: "PlatformRecognitions");

            migrationBuilder.DropTable(
                name: "Platforms");

            migrationBuilder.UpdateData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "new_rd_institutions",
                column: "Source",
                value: "reported");
        }
    }
}
