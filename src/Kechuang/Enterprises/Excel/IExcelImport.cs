using Kechuang.Users;

using Kechuang.Common.Excel;

namespace Kechuang.Enterprises.Excel;

/// <summary>What the three import use cases share, so the API and the command line can pick one by <see cref="ImportKind"/>.</summary>
public interface IExcelImport
{
    Task<ImportReport> HandleAsync(Caller caller, Stream xlsx, ImportOptions options, IProgress<ImportProgress>? progress, CancellationToken ct = default);
}
