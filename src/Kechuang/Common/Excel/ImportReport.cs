namespace Kechuang.Common.Excel;

/// <summary>One problem in one cell. <see cref="Row"/> is the row number Excel shows: the header is row 1.</summary>
public sealed record ImportError(int Row, string Column, string? Value, string Reason);

/// <summary>
/// What an import did, or in a dry run would do; every import (enterprises, facts, qualifications, contracts,
/// indicator figures) reports in this one shape. <see cref="RowsRead"/> counts the non-blank data rows;
/// <see cref="Skipped"/> the rows not written: the bad ones, or every row when a bad one stopped the import.
/// <see cref="Written"/> is true when the import was committed.
/// </summary>
public sealed record ImportReport(
    int RowsRead,
    int Created,
    int Updated,
    int Unchanged,
    int Skipped,
    bool DryRun,
    bool Written,
    IReadOnlyList<ImportError> Errors)
{
    /// <summary>Rows with at least one error; set by an import that lists only the first errors (<see cref="ErrorsTruncated"/>).</summary>
    public int BadRows { get; init; } = Errors.Select(e => e.Row).Distinct().Count();

    /// <summary>True when <see cref="Errors"/> holds only the first of more errors.</summary>
    public bool ErrorsTruncated { get; init; }

    /// <summary>
    /// Cells that were accepted but look suspicious (e.g. the indicator sheet's plausibility checks, docs/domain.md §3):
    /// shown apart from <see cref="Errors"/>, they never stop an import. Empty for imports without such checks.
    /// </summary>
    public IReadOnlyList<ImportError> Warnings { get; init; } = [];

    /// <summary>What the counts count when it is not rows, e.g. "数据项" for an indicator sheet's cells.</summary>
    public string? CountedAs { get; init; }

    public string Summary =>
        BadRows > 0 && Created + Updated + Unchanged == 0 && Skipped == RowsRead
            ? $"共 {Zh.Number(RowsRead)} 行，其中 {Zh.Number(BadRows)} 行有错误，{(DryRun ? "试导入" : "本次")}未写入任何数据。请改正后重新导入，或选择“只导入无误的行”。"
            : $"{(DryRun ? "试导入（未写入数据库）" : "导入完成")}：共 {Zh.Number(RowsRead)} 行，{(CountedAs is null ? "" : CountedAs + "：")}{(DryRun ? "将" : "")}新增 {Zh.Number(Created)}、更新 {Zh.Number(Updated)}、无变化 {Zh.Number(Unchanged)}"
              + (Skipped > 0 ? $"，跳过有错误的 {Zh.Number(Skipped)} 行。" : "。");
}
