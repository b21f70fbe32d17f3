using Microsoft.EntityFrameworkCore.Migrations;


namespace Kechuang.Migrations.Postgres.Migrations
{
    /// <summary>USCC joins the search index; an index for one- and two-character name terms (ADR 0009).</summary>
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

            // A term of one or two characters has no trigram: this index holds each name's characters and pairs
            // of characters (ADR 0009, Enterprises/NameGrams.cs).
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION kc_name_grams(name text) RETURNS text[]
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                AS $$ SELECT ARRAY(SELECT DISTINCT substr(name, i, n) FROM generate_series(1, char_length(name)) AS i, (VALUES (1), (2)) AS s(n)) $$;
                CREATE INDEX "IX_Enterprises_Name_grams" ON "Enterprises" USING gin (kc_name_grams("Name"));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS "IX_Enterprises_Name_grams";
                DROP FUNCTION IF EXISTS kc_name_grams(text);
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
