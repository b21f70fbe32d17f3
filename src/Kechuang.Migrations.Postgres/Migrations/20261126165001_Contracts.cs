using System;
using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Contracts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContractMonthStats",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Turnover = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    TechTransaction = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractMonthStats", x => new { x.RegionCode, x.Period, x.Type });
                });

            migrationBuilder.CreateTable(
                name: "TechContracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationNo = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SellerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SellerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    SellerRegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    BuyerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BuyerUscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    BuyerRegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    TechnologyField = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Turnover = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    TechTransaction = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    RefusalReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RegisteredPeriod = table.Column<int>(type: "integer", nullable: true),
                    ScanFileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ScanContentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ScanSize = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechContracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContractScans",
                columns: table => new
                {
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractScans", x => x.ContractId);
                    table.ForeignKey(
                        name: "FK_ContractScans_TechContracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "TechContracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TechContracts_RegistrationNo",
                table: "TechContracts",
                column: "RegistrationNo",
                unique: true,
                filter: "\"RegistrationNo\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TechContracts_SellerRegionCode_Status_ReceivedOn",
                table: "TechContracts",
                columns: new[] { "SellerRegionCode", "Status", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TechContracts_SellerUscc",
                table: "TechContracts",
                column: "SellerUscc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContractMonthStats");

            migrationBuilder.DropTable(
                name: "ContractScans");

            migrationBuilder.DropTable(
                name: "TechContracts");
        }
    }
}
