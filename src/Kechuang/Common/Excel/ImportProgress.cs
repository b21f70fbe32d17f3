namespace Kechuang.Common.Excel;

public enum ImportStage
{
    Reading,
    Checking,
    Writing,
}

/// <summary><see cref="Total"/> is 0 while reading: a sheet's row count is known only once it has been read.</summary>
public sealed record ImportProgress(ImportStage Stage, int Done, int Total);
