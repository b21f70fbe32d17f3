namespace Kechuang.Contracts.Import;

public enum ContractImportStage
{
    Checking,
    Writing,
    Statistics,
}

/// <summary>
/// A contract file is streamed, so its row count is unknown while checking: <see cref="Percent"/> is the share of
/// the file read while checking, of the work done after.
/// </summary>
public sealed record ContractImportProgress(ContractImportStage Stage, int Rows, int Percent);
