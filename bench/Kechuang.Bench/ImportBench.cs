using System.Diagnostics;
using System.Globalization;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Demo;
using Kechuang.Enterprises;
using Kechuang.Enterprises.Excel;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Npgsql;
using NpgsqlTypes;

namespace Kechuang.Bench;

/// <summary>
/// Excel import of COUNT enterprises (Jiangsu's counties, so they do not mix with the evaluated register)
/// through the import use case — read, check every row, write in one transaction — against what no import can do
/// without: reading the same .xlsx with the streaming reader, plus the database's own bulk loader writing the same rows
/// into a scratch table with no checks; both parts are printed, measured in the same run.
/// </summary>
internal static class ImportBench
{
    private static readonly Caller Nation = new("bench", "bench", new HashSet<string> { Roles.Admin }, RegionCode.Country, null);

    public static async Task RunAsync(string name, DbContextOptions<KechuangDbContext> options, int count, DateOnly today)
    {
        var rows = await GenerateAsync(options, count, today);
        using var file = new MemoryStream();
        file.SaveAs(rows.Select(e => EnterpriseColumns.All.ToDictionary(c => c.Header, c => Cell(e, c.Field))));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: import file of {count} enterprises, {file.Length / 1024 / 1024.0:0.0} MB"));

        file.Position = 0;
        var reading = Stopwatch.StartNew();
        var cells = ReadAll(file);
        reading.Stop();
        var loading = Stopwatch.StartNew();
        await BulkLoadAsync(options, rows);
        loading.Stop();
        var baseline = reading.Elapsed + loading.Elapsed;

        file.Position = 0;
        await using var db = new KechuangDbContext(options);
        var ours = Stopwatch.StartNew();
        var report = await new ImportEnterprises(db, TimeProvider.System, new UploadLimits()).HandleAsync(Nation, file, new ImportOptions(), null);
        ours.Stop();
        if (report.Created != count)
        {
            throw new InvalidOperationException($"import created {report.Created} of {count}: {report.Summary}");
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: Excel import of {count} enterprises {ours.Elapsed.TotalSeconds:0.00} s; baseline {baseline.TotalSeconds:0.00} s = reading the same .xlsx with the streaming reader ({cells} cells) {reading.Elapsed.TotalSeconds:0.00} s + the database's bulk loader, same rows, no checks {loading.Elapsed.TotalSeconds:0.00} s; ratio {ours.Elapsed / baseline:0.00}× (goal ≤ 3×; {ours.Elapsed / loading.Elapsed:0.0}× the loader alone)"));
    }

    /// <summary>The baseline's reading half: every cell of the first sheet through MiniExcel's streaming reader, as the import reads it.</summary>
    internal static int ReadAll(Stream xlsx)
    {
        var cells = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(xlsx, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            foreach (var value in row.Values)
            {
                cells += value is null ? 0 : 1;
            }
        }
        return cells;
    }

    internal static async Task<List<Enterprise>> GenerateAsync(DbContextOptions<KechuangDbContext> options, int count, DateOnly today)
    {
        await using var db = new KechuangDbContext(options);
        var counties = await db.Regions.AsNoTracking().Where(r => r.Code.StartsWith("32") && r.Level == RegionLevel.County).OrderBy(r => r.Code).ToListAsync();
        var generator = new EnterpriseGenerator(seed: 11, today);
        return Enumerable.Range(0, count).Select(i =>
        {
            var county = counties[i % counties.Count];
            return generator.Next(county.Code, county.Name, [], i).Enterprise;
        }).ToList();
    }

    internal static object? Cell(Enterprise e, string field) => field switch
    {
        "name" => e.Name,
        "uscc" => e.Uscc,
        "regionCode" => e.RegionCode,
        "townCode" => e.TownCode,
        "address" => e.Address,
        "industryCode" => e.IndustryCode,
        "foundedOn" => e.FoundedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "aboveScale" => e.AboveScale ? "是" : "否",
        "technologyField" => e.TechnologyField,
        "contactName" => e.ContactName,
        "contactPhone" => e.ContactPhone,
        "contactEmail" => e.ContactEmail,
        _ => null,
    };

    /// <summary>PostgreSQL COPY, or SQLite's prepared INSERT in one transaction, into a scratch copy of the table.</summary>
    internal static async Task BulkLoadAsync(DbContextOptions<KechuangDbContext> options, List<Enterprise> rows)
    {
        await using var db = new KechuangDbContext(options);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        if (connection is NpgsqlConnection pg)
        {
            await using (var create = new NpgsqlCommand("""CREATE TEMP TABLE bench_enterprises (LIKE "Enterprises" INCLUDING DEFAULTS)""", pg))
            {
                await create.ExecuteNonQueryAsync();
            }
            await using var writer = await pg.BeginBinaryImportAsync(
                """COPY bench_enterprises ("Id", "Name", "Uscc", "RegionCode", "Address", "IndustryCode", "FoundedOn", "AboveScale", "TechnologyField", "ContactName", "ContactPhone", "CreatedAt", "UpdatedAt", "Version") FROM STDIN (FORMAT BINARY)""");
            var now = DateTime.UtcNow;
            foreach (var e in rows)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(e.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(e.Name, NpgsqlDbType.Varchar);
                await writer.WriteAsync(e.Uscc, NpgsqlDbType.Varchar);
                await writer.WriteAsync(e.RegionCode, NpgsqlDbType.Varchar);
                await writer.WriteAsync(e.Address, NpgsqlDbType.Varchar);
                await writer.WriteAsync(e.IndustryCode, NpgsqlDbType.Varchar);
                await writer.WriteAsync(e.FoundedOn!.Value, NpgsqlDbType.Date);
                await writer.WriteAsync(e.AboveScale, NpgsqlDbType.Boolean);
                await writer.WriteAsync(e.TechnologyField, NpgsqlDbType.Varchar);
                await writer.WriteAsync(e.ContactName, NpgsqlDbType.Varchar);
                await writer.WriteAsync(e.ContactPhone, NpgsqlDbType.Varchar);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(0, NpgsqlDbType.Integer);
            }
            await writer.CompleteAsync();
            return;
        }
        var sqlite = (SqliteConnection)connection;
        await using (var create = new SqliteCommand("""CREATE TEMP TABLE bench_enterprises AS SELECT * FROM "Enterprises" WHERE 0""", sqlite))
        {
            await create.ExecuteNonQueryAsync();
        }
        await using var transaction = sqlite.BeginTransaction();
        await using var insert = new SqliteCommand(
            """INSERT INTO bench_enterprises ("Id", "Name", "Uscc", "RegionCode", "Address", "IndustryCode", "FoundedOn", "AboveScale", "TechnologyField", "ContactName", "ContactPhone", "CreatedAt", "UpdatedAt", "Version") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, 0)""",
            sqlite, transaction);
        var parameters = Enumerable.Range(1, 12).Select(i => insert.Parameters.Add("$" + i.ToString(CultureInfo.InvariantCulture), SqliteType.Text)).ToArray();
        insert.Prepare();
        var stamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        foreach (var e in rows)
        {
            parameters[0].Value = e.Id.ToString().ToUpperInvariant();
            parameters[1].Value = e.Name;
            parameters[2].Value = e.Uscc;
            parameters[3].Value = e.RegionCode;
            parameters[4].Value = (object?)e.Address ?? DBNull.Value;
            parameters[5].Value = (object?)e.IndustryCode ?? DBNull.Value;
            parameters[6].Value = e.FoundedOn!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            parameters[7].Value = e.AboveScale ? 1 : 0;
            parameters[8].Value = (object?)e.TechnologyField ?? DBNull.Value;
            parameters[9].Value = (object?)e.ContactName ?? DBNull.Value;
            parameters[10].Value = (object?)e.ContactPhone ?? DBNull.Value;
            parameters[11].Value = stamp;
            await insert.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }
}
