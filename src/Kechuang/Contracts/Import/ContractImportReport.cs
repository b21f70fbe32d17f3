using Kechuang.Common;
using Kechuang.Common.Excel;

namespace Kechuang.Contracts.Import;

/// <summary>
/// What a contract import did, or in a dry run would do. <see cref="Errors"/> lists at most
/// <see cref="ImportContracts.MaxListedErrors"/> problems; <see cref="BadRows"/> counts every bad row.
/// </summary>
public sealed record ContractImportReport(
    int RowsRead,
    int Created,
    int Updated,
    int Unchanged,
    int BadRows,
    bool DryRun,
    bool Written,
    IReadOnlyList<ImportError> Errors,
    bool ErrorsTruncated)
{
    public string Summary =>
        BadRows > 0 && !Written && Created + Updated + Unchanged == 0
            ? $"共 {Zh.Number(RowsRead)} 行，其中 {Zh.Number(BadRows)} 行有错误，{(DryRun ? "试导入" : "本次")}未写入任何数据。请改正后重新导入，或选择“只导入无误的行”。"
            : $"{(DryRun ? "试导入（未写入数据库）" : "导入完成")}：共 {Zh.Number(RowsRead)} 行，{(DryRun ? "将" : "")}新增 {Zh.Number(Created)}、更新 {Zh.Number(Updated)}、无变化 {Zh.Number(Unchanged)}"
              + (BadRows > 0 ? $"，跳过有错误的 {Zh.Number(BadRows)} 行。" : "。");
}

public enum ContractImportStage
{
    Checking,
    Writing,
    Statistics,
}

/// <summary><see cref="Percent"/> of the file read while checking; of the work done after.</summary>
public sealed record ContractImportProgress(ContractImportStage Stage, int Rows, int Percent);
