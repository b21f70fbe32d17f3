using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Changes are counted per register, region scope and year (0: every year), so a year's facts make only that year's
    /// figures stale (ADR 0025); the counting trigger writes the year too.
    /// </summary>
    public partial class RegisterVersionYears : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_RegisterVersions",
                table: "RegisterVersions");

            migrationBuilder.AddColumn<int>(
                name: "Year",
                table: "RegisterVersions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Year",
                table: "RegisterChanges",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddPrimaryKey(
                name: "PK_RegisterVersions",
                table: "RegisterVersions",
                columns: new[] { "Register", "Scope", "Year" });

            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION kechuang_register_version() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO "RegisterVersions" ("Register", "Scope", "Year", "Version") VALUES (NEW."Register", NEW."Scope", NEW."Year", 1)
                    ON CONFLICT ("Register", "Scope", "Year") DO UPDATE SET "Version" = "RegisterVersions"."Version" + 1;
                    RETURN NULL;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION kechuang_register_version() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO "RegisterVersions" ("Register", "Scope", "Version") VALUES (NEW."Register", NEW."Scope", 1)
                    ON CONFLICT ("Register", "Scope") DO UPDATE SET "Version" = "RegisterVersions"."Version" + 1;
                    RETURN NULL;
                END $$;
                """);

            migrationBuilder.DropPrimaryKey(
                name: "PK_RegisterVersions",
                table: "RegisterVersions");

            migrationBuilder.DropColumn(
                name: "Year",
                table: "RegisterVersions");

            migrationBuilder.DropColumn(
                name: "Year",
                table: "RegisterChanges");

            migrationBuilder.AddPrimaryKey(
                name: "PK_RegisterVersions",
                table: "RegisterVersions",
                columns: new[] { "Register", "Scope" });
        }
    }
}
