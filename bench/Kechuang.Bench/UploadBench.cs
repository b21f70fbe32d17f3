using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Kechuang.Audit;
using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Enterprises.Excel;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Kechuang.Bench;

/// <summary>
/// Memory during imports (docs/architecture.md, Uploads and exports): how far the process grows above where it stood
/// while (1) the crafted files of the security review are refused — one 300 MB cell packed into a few hundred KB, and a
/// sheet of five million rows — and (2) the largest enterprise file the limits allow is imported. Baseline, measured the
/// same way in the same run: the database's own bulk loader writing the same rows.
/// </summary>
internal static class UploadBench
{
    private static readonly Caller Nation = new("bench", "bench", new HashSet<string> { Roles.Admin }, RegionCode.Country, null);

    public static async Task RunAsync(int count)
    {
        var target = DatabaseTarget.Parse(Path.Combine(Path.GetTempPath(), $"kc-bench-{Guid.NewGuid():N}.db"));
        var options = DatabaseSetup.Options(target, new SystemUser("bench"), TimeProvider.System);
        var limits = new UploadLimits();
        try
        {
            await using (var db = new KechuangDbContext(options))
            {
                await db.Database.MigrateAsync();
                await LoadRegions.IfEmptyAsync(db);
            }

            var bomb = Crafted(sheet => sheet.Write($"<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>{new string('甲', 100_000_000)}</t></is></c></row>"));
            await RefusedAsync("one 300 MB cell", bomb, options, limits);
            var rows = Crafted(sheet =>
            {
                for (var r = 2; r <= 5_000_001; r++)
                {
                    sheet.Write(string.Create(CultureInfo.InvariantCulture, $"<row r=\"{r}\"/>"));
                }
            });
            await RefusedAsync("five million rows", rows, options, limits);

            var today = ChinaClock.TodayInChina(TimeProvider.System);
            var enterprises = await ImportBench.GenerateAsync(options, count, today);
            using var file = new MemoryStream();
            file.SaveAs(enterprises.Select(e => EnterpriseColumns.All.ToDictionary(c => c.Header, c => ImportBench.Cell(e, c.Field))));
            Print($"enterprise file of {count} rows, {file.Length / 1024.0 / 1024:0.0} MB (limit {limits.Enterprises.SizeText}, {limits.Enterprises.MaxRows} rows)");

            var baseline = await PeakAsync(() => ImportBench.BulkLoadAsync(options, enterprises));
            file.Position = 0;
            var ours = await PeakAsync(async () =>
            {
                await using var db = new KechuangDbContext(options);
                var report = await new ImportEnterprises(db, TimeProvider.System, limits).HandleAsync(Nation, file, new ImportOptions(), null);
                if (report.Created != count)
                {
                    throw new InvalidOperationException($"import created {report.Created} of {count}: {report.Summary}");
                }
            });
            Print($"import of {count} enterprises: peak +{ours.Megabytes:0} MB in {ours.Seconds:0.0} s; baseline (bulk loader, same rows) +{baseline.Megabytes:0} MB in {baseline.Seconds:0.0} s; memory ratio {ours.Megabytes / Math.Max(1, baseline.Megabytes):0.0}×");
        }
        finally
        {
            await using var db = new KechuangDbContext(options);
            await db.Database.EnsureDeletedAsync();
        }
    }

    private static async Task RefusedAsync(string name, byte[] file, DbContextOptions<KechuangDbContext> options, UploadLimits limits)
    {
        string? message = null;
        var peak = await PeakAsync(async () =>
        {
            await using var db = new KechuangDbContext(options);
            try
            {
                await new ImportEnterprises(db, TimeProvider.System, limits).HandleAsync(Nation, new MemoryStream(file), new ImportOptions(), null);
            }
            catch (ValidationFailedException e)
            {
                message = e.Errors["file"][0];
            }
        });
        Print($"{name} ({file.Length / 1024} KB): refused in {peak.Seconds:0.00} s, peak +{peak.Megabytes:0} MB — {message ?? "NOT REFUSED"}");
    }

    /// <summary>An .xlsx with the enterprise template's header and the rows <paramref name="write"/> puts into the sheet's XML.</summary>
    private static byte[] Crafted(Action<StreamWriter> write)
    {
        using var template = new MemoryStream();
        template.SaveAs(new[] { EnterpriseColumns.All.ToDictionary(c => c.Header, _ => (object?)null) });
        template.Position = 0;
        using var from = new ZipArchive(template, ZipArchiveMode.Read);
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in from.Entries.Where(e => !e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
            {
                using var source = entry.Open();
                using var copy = zip.CreateEntry(entry.FullName).Open();
                source.CopyTo(copy);
            }
            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false), 1 << 16);
            sheet.Write("""<?xml version="1.0" encoding="utf-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">""");
            for (var i = 0; i < EnterpriseColumns.All.Count; i++)
            {
                sheet.Write($"<c r=\"{Letter(i)}1\" t=\"inlineStr\"><is><t>{EnterpriseColumns.All[i].Header}</t></is></c>");
            }
            sheet.Write("</row>");
            write(sheet);
            sheet.Write("</sheetData></worksheet>");
        }
        return output.ToArray();
    }

    private static string Letter(int i) => i < 26 ? $"{(char)('A' + i)}" : $"{(char)('A' + i / 26 - 1)}{(char)('A' + i % 26)}";

    private readonly record struct Peak(double Megabytes, double Seconds);

    /// <summary>The most the process's working set grew above where it stood before <paramref name="work"/>, sampled every 10 ms.</summary>
    private static async Task<Peak> PeakAsync(Func<Task> work)
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.WorkingSet64;
        long peak = before;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            using var me = Process.GetCurrentProcess();
            while (!stop.IsCancellationRequested)
            {
                me.Refresh();
                peak = Math.Max(peak, me.WorkingSet64);
                await Task.Delay(10, CancellationToken.None);
            }
        }, CancellationToken.None);
        var watch = Stopwatch.StartNew();
        await work();
        watch.Stop();
        await stop.CancelAsync();
        await sampler;
        return new Peak((peak - before) / 1024.0 / 1024, watch.Elapsed.TotalSeconds);
    }

    private static void Print(string line) => Console.WriteLine("uploads: " + line);
}
