using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Indicators;
using Kechuang.Indicators.Assessment;
using Kechuang.Indicators.Excel;
using Kechuang.Reports;
using Kechuang.Tests.Enterprises.Excel;
using Kechuang.Tests.Support;
using Kechuang.Users;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Tests.Contracts.ContractBuilder;

namespace Kechuang.Tests.Indicators;

public sealed class SqlitePlausibilityTests(SqliteTestDatabase db) : PlausibilityTests<SqliteTestDatabase>(db);

public sealed class PostgresPlausibilityTests(PostgresTestDatabase db) : PlausibilityTests<PostgresTestDatabase>(db);

/// <summary>
/// Plausibility warnings (docs/domain.md §3, Plausibility) through the use cases on a real database: entry, import,
/// the assessment table and the work summary (fixture clock 2026-03-01, figures of 2024 and 2025). Each test has
/// indicators of its own.
/// </summary>
public abstract class PlausibilityTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private const string Pingyang = "330326";
    private const string Cangnan = "330327";

    private async Task<Indicator> IndicatorAsync(string kind, string unit)
    {
        var code = "p_" + Guid.NewGuid().ToString("N")[..12];
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        var indicator = new Indicator { Code = code, Name = "可疑" + code[2..8], Unit = unit, Kind = kind, SortOrder = 900 };
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync();
        return indicator;
    }

    private async Task<ValueDto> PutAsync(string code, string region, int year, int month, decimal value)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<PutValue>().HandleAsync(Admin, code, region, year, month, new ValueRequest(value, null, null));
    }

    private async Task<AssessmentRow> RowAsync(string code, string region, int year, int month)
    {
        await using var scope = database.Scope();
        var rows = await scope.ServiceProvider.GetRequiredService<GetAssessmentReport>().HandleAsync(Admin, region, year, month);
        return rows.Single(r => r.Code == code);
    }

    [Fact]
    public async Task PutValue_SavesTheFigure_AndReturnsItsWarnings()
    {
        var flow = await IndicatorAsync(IndicatorWords.Flow, "亿元");
        await PutAsync(flow.Code, Pingyang, 2024, 6, 10m);
        await PutAsync(flow.Code, Pingyang, 2025, 5, 45m);

        var saved = await PutAsync(flow.Code, Pingyang, 2025, 6, 40m);

        Assert.Equal(40m, saved.Value);
        Assert.Equal(["yoy_factor", "ytd_decrease"], saved.Warnings.Select(w => w.Rule));
        Assert.Equal((2024, 6, 10m), (saved.Warnings[0].ComparedYear, saved.Warnings[0].ComparedMonth!.Value, saved.Warnings[0].ComparedValue!.Value));
        Assert.Equal((2025, 5, 45m), (saved.Warnings[1].ComparedYear, saved.Warnings[1].ComparedMonth!.Value, saved.Warnings[1].ComparedValue!.Value));
        Assert.Equal(40m, (await RowAsync(flow.Code, Pingyang, 2025, 6)).Actual);
    }

    [Fact]
    public async Task PutTarget_BelowLastYearsFigure_SavedWithAWarning()
    {
        var flow = await IndicatorAsync(IndicatorWords.Flow, "家");
        await PutAsync(flow.Code, Pingyang, 2025, 12, 60m);
        await using var scope = database.Scope();
        var put = scope.ServiceProvider.GetRequiredService<PutTarget>();

        // 52 < 60 done in 2025: saved, and said; 60 (equal) and 70 are fine.
        var low = await put.HandleAsync(Admin, flow.Code, Pingyang, 2026, new TargetRequest(52m, null, null));
        Assert.Equal(52m, low.Value);
        Assert.Equal($"{flow.Name}2026年目标任务52家低于2025年全年已完成的60家，请核对；工作总结的工作思路不会写入低于上年实绩的目标", Assert.Single(low.Warnings));
        Assert.Empty((await put.HandleAsync(Admin, flow.Code, Pingyang, 2026, new TargetRequest(60m, null, low.Version))).Warnings);
    }

    [Fact]
    public async Task PutTarget_LastYearStillOpen_ComparedWithItsLatestMonth()
    {
        // 2026 is open at the fixture's date (2026-03-01): February's 30 is already more than a 2027 target of 25.
        var flow = await IndicatorAsync(IndicatorWords.Flow, "项");
        await PutAsync(flow.Code, Cangnan, 2026, 2, 30m);
        await using var scope = database.Scope();

        var saved = await scope.ServiceProvider.GetRequiredService<PutTarget>().HandleAsync(Admin, flow.Code, Cangnan, 2027, new TargetRequest(25m, null, null));

        Assert.StartsWith($"{flow.Name}2027年目标任务25项低于2026年1—2月已完成的30项", Assert.Single(saved.Warnings));
    }

    [Fact]
    public async Task Import_ListsTheWarnings_AndWritesAllTheSame()
    {
        var stock = await IndicatorAsync(IndicatorWords.Stock, "家");
        await PutAsync(stock.Code, Pingyang, 2024, 9, 30m);
        await PutAsync(stock.Code, Cangnan, 2024, 9, 30m);
        var sheet = () => Sheets.Xlsx(
            new Dictionary<string, object?> { ["地区代码"] = Pingyang, [stock.Name] = 8 },
            new Dictionary<string, object?> { ["地区代码"] = Cangnan, [stock.Name] = 31 });

        await using var scope = database.Scope();
        var import = scope.ServiceProvider.GetRequiredService<ImportMonthlyFigures>();
        var dry = await import.HandleAsync(Admin, sheet(), 2025, 9, new ImportOptions(DryRun: true));
        var done = await import.HandleAsync(Admin, sheet(), 2025, 9, new ImportOptions());

        foreach (var report in new[] { dry, done })
        {
            Assert.Empty(report.Errors);
            var warning = Assert.Single(report.Warnings);
            Assert.Equal((2, stock.Name, "8"), (warning.Row, warning.Column, warning.Value));
            Assert.Contains("不足1/3", warning.Reason);
        }
        Assert.True(done.Written);
        Assert.Equal(8m, (await RowAsync(stock.Code, Pingyang, 2025, 9)).Actual);
    }

    [Fact]
    public async Task Report_RowsCarryTheirWarnings()
    {
        var share = await IndicatorAsync(IndicatorWords.Ratio, "%");
        await PutAsync(share.Code, Pingyang, 2024, 12, 37.28m);
        await PutAsync(share.Code, Pingyang, 2025, 11, 38m);
        await PutAsync(share.Code, Pingyang, 2025, 12, 100m);

        var row = await RowAsync(share.Code, Pingyang, 2025, 12);

        Assert.Equal(["share_bound", "ratio_jump_points", "ratio_jump_factor", "ratio_jump_points", "ratio_jump_factor"], row.Warnings.Select(w => w.Rule));
        Assert.DoesNotContain((await RowAsync(share.Code, Pingyang, 2025, 11)).Warnings, w => w.Rule != "no_last_year");
    }

    [Fact]
    public async Task Summary_ListsTheSuspiciousFiguresItPrints()
    {
        var share = await IndicatorAsync(IndicatorWords.Ratio, "%");
        await PutAsync(share.Code, Cangnan, 2025, 12, 0m);

        await using var scope = database.Scope();
        var doc = await scope.ServiceProvider.GetRequiredService<GetSummary>().HandleAsync(As(Roles.Leader, Cangnan), Cangnan, 2025, "FY");

        var warnings = doc.PlausibilityWarnings.Where(w => w.IndicatorCode == share.Code).ToList();
        Assert.Equal(["share_bound", "no_last_year"], warnings.Select(w => w.Rule));
        Assert.All(warnings, w => Assert.Equal((Cangnan, 2025, 12, 0m), (w.RegionCode, w.Year, w.Month, w.Value)));
    }
}
