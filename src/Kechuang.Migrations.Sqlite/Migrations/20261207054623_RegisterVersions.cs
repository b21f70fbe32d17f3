using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Derived figures are stamped per register and region with change counts a row trigger keeps in the writing
    /// transaction (ADR 0025). The start-up check puts the same trigger back after a table rebuild (RegisterChanges.EnsureTriggerAsync).
    /// </summary>
    public partial class RegisterVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Scope",
                table: "RegisterChanges",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "RegisterVersions",
                columns: table => new
                {
                    Register = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterVersions", x => new { x.Register, x.Scope });
                });

            // The changes so far, as one count per register over every region.
            migrationBuilder.Sql("""
                INSERT INTO "RegisterVersions" ("Register", "Scope", "Version")
                SELECT "Register", '', count(*) FROM "RegisterChanges" GROUP BY "Register";
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER IF NOT EXISTS "RegisterChanges_Version" AFTER INSERT ON "RegisterChanges" BEGIN
                INSERT INTO "RegisterVersions" ("Register", "Scope", "Version") VALUES (NEW."Register", NEW."Scope", 1)
                ON CONFLICT ("Register", "Scope") DO UPDATE SET "Version" = "Version" + 1;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "RegisterChanges_Version";""");
            migrationBuilder.DropTable(
                name: "RegisterVersions");

            migrationBuilder.DropColumn(
                name: "Scope",
                table: "RegisterChanges");
        }
    }
}
