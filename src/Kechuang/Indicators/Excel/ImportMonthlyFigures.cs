using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Indicators.Plausibility;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Indicators.Excel;

/// <summary>
/// Imports one month of figures for many regions and indicators from the statistics bureau's sheet. All or
/// nothing unless the user keeps the good rows; every bad cell is reported with its row, column and reason. Good
/// figures that look suspicious are listed as warnings (docs/domain.md §3, Plausibility) and imported all the same.
/// </summary>
public sealed class ImportMonthlyFigures(KechuangDbContext db, DerivedFigures derived, TimeProvider clock, UploadLimits limits)
{
    /// <summary>A sheet's row is a region; what is created or updated is one figure of one indicator.</summary>
    private const string CountedAs = "数据项";

    public async Task<ImportReport> HandleAsync(
        Caller caller, Stream xlsx, int year, int month, ImportOptions options, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var validation = new Validation();
        IndicatorAccess.CheckYearMonth(year, month, validation);
        validation.ThrowIfAny();
        if (new DateOnly(year, month, 1) > clock.TodayInChina())
        {
            throw new ValidationFailedException("month", $"{year}年{month}月还没有到，不能导入");
        }
        var indicators = await db.Indicators.AsNoTracking().Where(i => !i.Retired).ToListAsync(ct);
        var (header, rows) = ExcelSheet.ReadGrid(xlsx, limits.Indicators, ct);
        var (regionColumn, columns) = Columns(header, indicators);
        var known = await db.Regions.AsNoTracking().Select(r => r.Code).ToListAsync(ct);
        var regions = known.ToHashSet();

        var errors = new List<ImportError>();
        var good = new List<(string Region, List<(Indicator Indicator, decimal Value)> Figures)>();
        var seen = new Dictionary<string, int>();
        var cells = new List<(int Row, string Region, Indicator Indicator, decimal Value, string Title, string Text)>();
        foreach (var (number, rowCells) in rows)
        {
            var rowErrors = errors.Count;
            var codeText = CellValues.Display(Cell(rowCells, regionColumn));
            string? region = null;
            if (codeText is null || RegionCode.Problem(codeText) is not null)
            {
                errors.Add(new ImportError(number, MonthlySheet.RegionCodeHeader, codeText, codeText is null ? "缺少地区代码" : RegionCode.Problem(codeText)!));
            }
            else if (!regions.Contains(RegionCode.Parse(codeText).Value))
            {
                errors.Add(new ImportError(number, MonthlySheet.RegionCodeHeader, codeText, "行政区划代码不存在"));
            }
            else if (!caller.CanSee(RegionCode.Parse(codeText)))
            {
                errors.Add(new ImportError(number, MonthlySheet.RegionCodeHeader, codeText, $"不在本账号辖区（{caller.Region}）内，不能导入该地区的数据"));
            }
            else if (seen.TryGetValue(RegionCode.Parse(codeText).Value, out var first))
            {
                errors.Add(new ImportError(number, MonthlySheet.RegionCodeHeader, codeText, $"与第 {first} 行地区重复"));
            }
            else
            {
                region = RegionCode.Parse(codeText).Value;
                seen[region] = number;
            }
            var figures = new List<(Indicator, decimal)>();
            foreach (var (letter, indicator, title) in columns)
            {
                var cell = Cell(rowCells, letter);
                var text = CellValues.Display(cell);
                if (text is null || text is "-" or "—" or "/")
                {
                    continue;
                }
                if (!CellValues.TryDecimal(cell!, out var value))
                {
                    errors.Add(new ImportError(number, title, text, "不是数字"));
                }
                else if (FigureWriter.Problem(indicator, value) is { } problem)
                {
                    errors.Add(new ImportError(number, title, text, problem));
                }
                else
                {
                    figures.Add((indicator, value));
                    if (region is not null)
                    {
                        cells.Add((number, region, indicator, value, title, text));
                    }
                }
            }
            if (errors.Count == rowErrors && region is not null)
            {
                good.Add((region, figures));
            }
            else
            {
                cells.RemoveAll(c => c.Row == number);
            }
        }

        var badRows = rows.Count - good.Count;
        var write = !options.DryRun && (errors.Count == 0 || options.KeepGoodRows);
        var (created, updated, unchanged) = await WriteAsync(caller, year, month, good, write && good.Count > 0, ct);
        var warnings = await WarningsAsync(cells, year, month, ct);
        if (errors.Count > 0 && !options.KeepGoodRows)
        {
            return new ImportReport(rows.Count, 0, 0, 0, rows.Count, options.DryRun, false, errors) { CountedAs = CountedAs, Warnings = warnings };
        }
        return new ImportReport(rows.Count, created, updated, unchanged, badRows, options.DryRun, write, errors) { CountedAs = CountedAs, Warnings = warnings };
    }

    /// <summary>
    /// The plausibility warnings of the good rows' figures, as they are (written or not), against last month, the same
    /// month last year and the target already in the database: one line per warning, with its row and column.
    /// </summary>
    private async Task<IReadOnlyList<ImportError>> WarningsAsync(
        List<(int Row, string Region, Indicator Indicator, decimal Value, string Title, string Text)> cells, int year, int month, CancellationToken ct)
    {
        if (cells.Count == 0)
        {
            return [];
        }
        var codes = cells.Select(c => c.Indicator.Code).Distinct().ToList();
        var indicators = await PlausibilityData.WithPartsAsync(db, codes, ct);
        var regions = cells.Select(c => c.Region).Distinct().Select(RegionCode.Parse).ToList();
        var book = await PlausibilityData.LoadAsync(db, derived, indicators, regions, year, month, ct);
        return cells
            .SelectMany(c => PlausibilityData.Check(book, c.Indicator, c.Region, year, month, c.Value)
                .Select(w => new ImportError(c.Row, c.Title, c.Text, w.Message)))
            .ToList();
    }

    /// <summary>Counts figures (cells) created, changed and unchanged; writes them in one transaction when asked.</summary>
    private async Task<(int Created, int Updated, int Unchanged)> WriteAsync(
        Caller caller, int year, int month, List<(string Region, List<(Indicator Indicator, decimal Value)> Figures)> rows, bool write, CancellationToken ct)
    {
        var regionCodes = rows.Select(r => r.Region).ToList();
        var existing = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.Year == year && v.Month == month && regionCodes.Contains(v.RegionCode))
            .ToDictionaryAsync(v => (v.RegionCode, v.IndicatorCode), v => v.Value, ct);
        int created = 0, updated = 0, unchanged = 0;
        var writer = new FigureWriter(db, clock, FigureWriter.Excel, caller.UserName);
        await using var transaction = write ? await db.Database.BeginTransactionAsync(ct) : null;
        foreach (var (region, figures) in rows)
        {
            foreach (var (indicator, value) in figures)
            {
                if (!existing.TryGetValue((region, indicator.Code), out var old))
                {
                    created++;
                }
                else if (old == value)
                {
                    unchanged++;
                    continue;
                }
                else
                {
                    updated++;
                }
                if (write)
                {
                    await writer.ValueAsync(indicator, region, year, month, value, null, null, ct);
                }
            }
        }
        if (transaction is not null)
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        return (created, updated, unchanged);
    }

    private static object? Cell(IDictionary<string, object?> cells, string letter) => cells.TryGetValue(letter, out var v) ? v : null;

    /// <summary>The region code column and the indicator columns; any other header stops the import.</summary>
    private static (string RegionColumn, List<(string Letter, Indicator Indicator, string Title)> Columns) Columns(
        IReadOnlyList<(string Letter, string Header)> header, IReadOnlyList<Indicator> indicators)
    {
        string? regionColumn = null;
        var columns = new List<(string, Indicator, string)>();
        var unknown = new List<string>();
        foreach (var (letter, title) in header)
        {
            if (MonthlySheet.IsRegionCode(title))
            {
                regionColumn ??= letter;
            }
            else if (MonthlySheet.IsRegionName(title))
            {
                continue;
            }
            else if (MonthlySheet.Match(title, indicators) is { } indicator)
            {
                if (columns.Any(c => c.Item2.Code == indicator.Code))
                {
                    throw new ValidationFailedException("file", $"指标“{indicator.Name}”出现了两列（第 {letter} 列重复），请只保留一列");
                }
                columns.Add((letter, indicator, title));
            }
            else
            {
                unknown.Add($"第 {letter} 列“{title}”");
            }
        }
        if (regionColumn is null)
        {
            throw new ValidationFailedException("file", $"缺少“{MonthlySheet.RegionCodeHeader}”列：第 1 行应为列名，第一列为地区代码（6 位行政区划代码）");
        }
        if (unknown.Count > 0)
        {
            throw new ValidationFailedException("file",
                $"以下列不是指标目录中的指标：{string.Join("、", unknown)}。请使用导入模板的列名，或先在“指标目录”中新增该指标。未导入任何数据。");
        }
        if (columns.Count == 0)
        {
            throw new ValidationFailedException("file", "表格中没有指标列：请使用导入模板");
        }
        return (regionColumn, columns);
    }
}
