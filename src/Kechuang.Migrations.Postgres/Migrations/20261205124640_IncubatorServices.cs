using System;
using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class IncubatorServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IncubatorActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IncubatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Participants = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncubatorActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IncubatorActivities_Incubators_IncubatorId",
                        column: x => x.IncubatorId,
                        principalTable: "Incubators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IncubatorEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IncubatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Grade = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Remark = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncubatorEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IncubatorEvaluations_Incubators_IncubatorId",
                        column: x => x.IncubatorId,
                        principalTable: "Incubators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IncubatorActivities_IncubatorId_HeldOn",
                table: "IncubatorActivities",
                columns: new[] { "IncubatorId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_IncubatorEvaluations_IncubatorId_Year",
                table: "IncubatorEvaluations",
                columns: new[] { "IncubatorId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IncubatorActivities");

            migrationBuilder.DropTable(
                name: "IncubatorEvaluations");
        }
    }
}
