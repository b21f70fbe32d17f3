using System;
using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Sqlite.Migrations
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
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Turnover = table.Column<long>(type: "INTEGER", nullable: false),
                    TechTransaction = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractMonthStats", x => new { x.RegionCode, x.Period, x.Type });
                });

            migrationBuilder.CreateTable(
                name: "TechContracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationNo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SellerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SellerUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    SellerRegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    BuyerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BuyerUscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    BuyerRegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TechnologyField = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Turnover = table.Column<long>(type: "INTEGER", nullable: false),
                    TechTransaction = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegisteredPeriod = table.Column<int>(type: "INTEGER", nullable: true),
                    ScanFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ScanContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ScanSize = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TechContracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContractScans",
                columns: table => new
                {
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
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
