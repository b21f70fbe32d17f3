using Microsoft.EntityFrameworkCore.Migrations;

namespace Kechuang.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Every statement that records register changes notifies the channel the nodes listen on; PostgreSQL delivers
    /// it at commit, once per transaction (ADR 0024). PostgreSQL only: SQLite runs one node.
    /// </summary>
    public partial class ClusterSignals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION kechuang_registers_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('kechuang_registers', '');
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "RegisterChanges_notify" AFTER INSERT ON "RegisterChanges"
                    FOR EACH STATEMENT EXECUTE FUNCTION kechuang_registers_changed();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "RegisterChanges_notify" ON "RegisterChanges";
                DROP FUNCTION kechuang_registers_changed();
                """);
        }
    }
}
