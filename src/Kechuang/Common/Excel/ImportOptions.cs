namespace Kechuang.Common.Excel;

/// <summary>
/// By default an import is all-or-nothing: one bad row and nothing is written. <see cref="KeepGoodRows"/> writes
/// the rows without errors; <see cref="DryRun"/> reports what the same import would do and writes nothing.
/// </summary>
public sealed record ImportOptions(bool DryRun = false, bool KeepGoodRows = false);
