using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Commissioners : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Commissioners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Institution = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Field = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Enterprises = table.Column<List<string>>(type: "text[]", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Commissioners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CommissionerMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommissionerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Institution = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Expertise = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommissionerMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommissionerMembers_Commissioners_CommissionerId",
                        column: x => x.CommissionerId,
                        principalTable: "Commissioners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommissionerProjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommissionerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FundsYuan = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommissionerProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommissionerProjects_Commissioners_CommissionerId",
                        column: x => x.CommissionerId,
                        principalTable: "Commissioners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommissionerTowns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommissionerId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommissionerTowns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommissionerTowns_Commissioners_CommissionerId",
                        column: x => x.CommissionerId,
                        principalTable: "Commissioners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.UpdateData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "commissioners",
                column: "Source",
                value: "derived");

            migrationBuilder.CreateIndex(
                name: "IX_CommissionerMembers_CommissionerId",
                table: "CommissionerMembers",
                column: "CommissionerId");

            migrationBuilder.CreateIndex(
                name: "IX_CommissionerProjects_CommissionerId",
                table: "CommissionerProjects",
                column: "CommissionerId");

            migrationBuilder.CreateIndex(
                name: "IX_Commissioners_RegionCode_Year_Name",
                table: "Commissioners",
                columns: new[] { "RegionCode", "Year", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommissionerTowns_CommissionerId_TownCode",
                table: "CommissionerTowns",
                columns: new[] { "CommissionerId", "TownCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommissionerTowns_TownCode",
                table: "CommissionerTowns",
                column: "TownCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommissionerMembers");

            migrationBuilder.DropTable(
                name: "CommissionerProjects");

            migrationBuilder.DropTable(
                name: "CommissionerTowns");

            migrationBuilder.DropTable(
                name: "Commissioners");

            migrationBuilder.UpdateData(
                table: "Indicators",
                keyColumn: "Code",
                keyValue: "commissioners",
                column: "Source",
                value: "reported");
        }
    }
}
