using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// USCC joins the search index so a code-like term is tested without reading rows; the name index for
    /// search on SQLite (ADR 0009, Enterprises/NameGrams.cs): FTS5 and three tables, three triggers that note every
    /// change in the writing transaction, and a first fill from the register.
    /// </summary>
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enterprises_RegionCode_Name_Id",
                table: "Enterprises");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_RegionCode_Name_Id_Uscc",
                table: "Enterprises",
                columns: new[] { "RegionCode", "Name", "Id", "Uscc" });

            migrationBuilder.Sql("""
                CREATE TABLE IF NOT EXISTS "EnterpriseNamePositions" ("N" INTEGER NOT NULL PRIMARY KEY);
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
                INSERT OR IGNORE INTO "EnterpriseNamePositions" ("N") SELECT i FROM n;
                CREATE TABLE IF NOT EXISTS "EnterpriseSearchRows" ("Row" INTEGER NOT NULL PRIMARY KEY, "Id" TEXT NOT NULL UNIQUE);
                CREATE TABLE IF NOT EXISTS "EnterpriseSearchPending" ("Id" TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID;
                CREATE VIRTUAL TABLE IF NOT EXISTS "EnterpriseNameSearch" USING fts5("Tokens", content='', contentless_delete=1, detail=none, tokenize='ascii');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER IF NOT EXISTS "EnterpriseNameSearch_Insert" AFTER INSERT ON "Enterprises" BEGIN
                INSERT OR IGNORE INTO "EnterpriseSearchPending" ("Id") VALUES (NEW."Id");
                END;
                CREATE TRIGGER IF NOT EXISTS "EnterpriseNameSearch_Update" AFTER UPDATE OF "Name", "Id" ON "Enterprises"
                WHEN OLD."Name" IS NOT NEW."Name" OR OLD."Id" IS NOT NEW."Id" BEGIN
                INSERT OR IGNORE INTO "EnterpriseSearchPending" ("Id") VALUES (OLD."Id");
                INSERT OR IGNORE INTO "EnterpriseSearchPending" ("Id") VALUES (NEW."Id");
                END;
                CREATE TRIGGER IF NOT EXISTS "EnterpriseNameSearch_Delete" AFTER DELETE ON "Enterprises" BEGIN
                INSERT OR IGNORE INTO "EnterpriseSearchPending" ("Id") VALUES (OLD."Id");
                END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "EnterpriseSearchRows" ("Id") SELECT "Id" FROM "Enterprises" ORDER BY "Id";
                INSERT INTO "EnterpriseNameSearch" (rowid, "Tokens")
                SELECT r."Row", (SELECT group_concat(hex(substr(lower(e."Name"), p."N", 2)), ' ') FROM "EnterpriseNamePositions" AS p WHERE p."N" <= length(e."Name")) FROM "EnterpriseSearchRows" AS r JOIN "Enterprises" AS e ON e."Id" = r."Id";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "EnterpriseNameSearch_Insert";
                DROP TRIGGER IF EXISTS "EnterpriseNameSearch_Update";
                DROP TRIGGER IF EXISTS "EnterpriseNameSearch_Delete";
                DROP TABLE IF EXISTS "EnterpriseNameSearch";
                DROP TABLE IF EXISTS "EnterpriseSearchRows";
                DROP TABLE IF EXISTS "EnterpriseSearchPending";
                DROP TABLE IF EXISTS "EnterpriseNamePositions";
                """);

            migrationBuilder.DropIndex(
                name: "IX_Enterprises_RegionCode_Name_Id_Uscc",
                table: "Enterprises");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_RegionCode_Name_Id",
                table: "Enterprises",
                columns: new[] { "RegionCode", "Name", "Id" });
        }
    }
}
