using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Changes are counted per register, region scope and year (0: every year), so a year's facts make only that year's
    /// figures stale (ADR 0025); the counting trigger writes the year too.
    /// </summary>
    public partial class RegisterVersionYears : Migration
    {
        // Written as SQL: EF would rebuild RegisterVersions (its key changes) after every other operation, so the
        // counting trigger, which names the table, could neither come back last nor survive the rebuild.

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "RegisterChanges_Version";
                ALTER TABLE "RegisterChanges" ADD "Year" INTEGER NOT NULL DEFAULT 0;
                CREATE TABLE "ef_temp_RegisterVersions" (
                    "Register" TEXT NOT NULL,
                    "Scope" TEXT NOT NULL,
                    "Year" INTEGER NOT NULL,
                    "Version" INTEGER NOT NULL,
                    CONSTRAINT "PK_RegisterVersions" PRIMARY KEY ("Register", "Scope", "Year"));
                INSERT INTO "ef_temp_RegisterVersions" ("Register", "Scope", "Year", "Version")
                SELECT "Register", "Scope", 0, "Version" FROM "RegisterVersions";
                DROP TABLE "RegisterVersions";
                ALTER TABLE "ef_temp_RegisterVersions" RENAME TO "RegisterVersions";
                CREATE TRIGGER "RegisterChanges_Version" AFTER INSERT ON "RegisterChanges" BEGIN
                INSERT INTO "RegisterVersions" ("Register", "Scope", "Year", "Version") VALUES (NEW."Register", NEW."Scope", NEW."Year", 1)
                ON CONFLICT ("Register", "Scope", "Year") DO UPDATE SET "Version" = "Version" + 1;
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "RegisterChanges_Version";
                ALTER TABLE "RegisterChanges" DROP COLUMN "Year";
                CREATE TABLE "ef_temp_RegisterVersions" (
                    "Register" TEXT NOT NULL,
                    "Scope" TEXT NOT NULL,
                    "Version" INTEGER NOT NULL,
                    CONSTRAINT "PK_RegisterVersions" PRIMARY KEY ("Register", "Scope"));
                INSERT INTO "ef_temp_RegisterVersions" ("Register", "Scope", "Version")
                SELECT "Register", "Scope", SUM("Version") FROM "RegisterVersions" GROUP BY "Register", "Scope";
                DROP TABLE "RegisterVersions";
                ALTER TABLE "ef_temp_RegisterVersions" RENAME TO "RegisterVersions";
                CREATE TRIGGER "RegisterChanges_Version" AFTER INSERT ON "RegisterChanges" BEGIN
                INSERT INTO "RegisterVersions" ("Register", "Scope", "Version") VALUES (NEW."Register", NEW."Scope", 1)
                ON CONFLICT ("Register", "Scope") DO UPDATE SET "Version" = "Version" + 1;
                END;
                """);
        }
    }
}
