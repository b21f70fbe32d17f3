using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Derived figures are stamped per register and region with change counts a row trigger keeps in the writing
    /// transaction (ADR 0025); this replaces the notification each node listened for (ADR 0024), so it is dropped.
    /// </summary>
    public partial class RegisterVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Scope",
                table: "RegisterChanges",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "RegisterVersions",
                columns: table => new
                {
                    Register = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Scope = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
                DROP TRIGGER "RegisterChanges_notify" ON "RegisterChanges";
                DROP FUNCTION kechuang_registers_changed();
                CREATE FUNCTION kechuang_register_version() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO "RegisterVersions" ("Register", "Scope", "Version") VALUES (NEW."Register", NEW."Scope", 1)
                    ON CONFLICT ("Register", "Scope") DO UPDATE SET "Version" = "RegisterVersions"."Version" + 1;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "RegisterChanges_Version" AFTER INSERT ON "RegisterChanges"
                    FOR EACH ROW EXECUTE FUNCTION kechuang_register_version();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "RegisterChanges_Version" ON "RegisterChanges";
                DROP FUNCTION kechuang_register_version();
                CREATE FUNCTION kechuang_registers_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('kechuang_registers', '');
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "RegisterChanges_notify" AFTER INSERT ON "RegisterChanges"
                    FOR EACH STATEMENT EXECUTE FUNCTION kechuang_registers_changed();
                """);

            migrationBuilder.DropTable(
                name: "RegisterVersions");

            migrationBuilder.DropColumn(
                name: "Scope",
                table: "RegisterChanges");
        }
    }
}
