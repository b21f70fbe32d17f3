using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// USCC joins the search index so a code-like term is tested without reading rows; the name-gram index for
    /// search on SQLite (ADR 0008, Enterprises/NameGrams.cs): two tables, three triggers that keep it in the
    /// writing transaction, and a first fill from the register.
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
                CREATE TABLE IF NOT EXISTS "EnterpriseNameGrams" ("Gram" TEXT NOT NULL, "EnterpriseId" TEXT NOT NULL, PRIMARY KEY ("Gram", "EnterpriseId")) WITHOUT ROWID;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER IF NOT EXISTS "EnterpriseNameGrams_Insert" AFTER INSERT ON "Enterprises" BEGIN
                INSERT OR IGNORE INTO "EnterpriseNameGrams" ("Gram", "EnterpriseId")
                SELECT substr(lower(NEW."Name"), p."N", 2), NEW."Id" FROM "EnterpriseNamePositions" AS p WHERE p."N" <= length(NEW."Name");
                END;
                CREATE TRIGGER IF NOT EXISTS "EnterpriseNameGrams_Update" AFTER UPDATE OF "Name", "Id" ON "Enterprises"
                WHEN OLD."Name" IS NOT NEW."Name" OR OLD."Id" IS NOT NEW."Id" BEGIN
                DELETE FROM "EnterpriseNameGrams" WHERE "EnterpriseId" = OLD."Id" AND "Gram" IN
                (SELECT substr(lower(OLD."Name"), p."N", 2) FROM "EnterpriseNamePositions" AS p WHERE p."N" <= length(OLD."Name"));
                INSERT OR IGNORE INTO "EnterpriseNameGrams" ("Gram", "EnterpriseId")
                SELECT substr(lower(NEW."Name"), p."N", 2), NEW."Id" FROM "EnterpriseNamePositions" AS p WHERE p."N" <= length(NEW."Name");
                END;
                CREATE TRIGGER IF NOT EXISTS "EnterpriseNameGrams_Delete" AFTER DELETE ON "Enterprises" BEGIN
                DELETE FROM "EnterpriseNameGrams" WHERE "EnterpriseId" = OLD."Id" AND "Gram" IN
                (SELECT substr(lower(OLD."Name"), p."N", 2) FROM "EnterpriseNamePositions" AS p WHERE p."N" <= length(OLD."Name"));
                END;
                """);
            migrationBuilder.Sql("""
                DELETE FROM "EnterpriseNameGrams";
                INSERT OR IGNORE INTO "EnterpriseNameGrams" ("Gram", "EnterpriseId")
                SELECT substr(lower(e."Name"), p."N", 2) AS g, e."Id" FROM "Enterprises" AS e JOIN "EnterpriseNamePositions" AS p ON p."N" <= length(e."Name")
                ORDER BY g, e."Id";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "EnterpriseNameGrams_Insert";
                DROP TRIGGER IF EXISTS "EnterpriseNameGrams_Update";
                DROP TRIGGER IF EXISTS "EnterpriseNameGrams_Delete";
                DROP TABLE IF EXISTS "EnterpriseNameGrams";
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
