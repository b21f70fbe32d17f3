using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Contracts;

/// <summary>The scanned contract: PDF, JPEG or PNG (checked by content, not name), at most 10 MB, one per contract.</summary>
public sealed class AttachContractScan(KechuangDbContext db, TimeProvider clock)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public async Task<ContractDto> HandleAsync(Caller caller, Guid id, string fileName, Stream content, CancellationToken ct = default)
    {
        var contract = await ContractAccess.LoadAsync(db, caller, id, ct);
        ContractAccess.RequireWrite(caller, contract.SellerRegionCode);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxBytes)
        {
            throw new ValidationFailedException("file", $"扫描件不能超过 10 MB（本文件 {Zh.Number(buffer.Length / 1024 / 1024)} MB）");
        }
        var bytes = buffer.ToArray();
        var type = ContentType(bytes) ?? throw new ValidationFailedException("file", "扫描件只能是 PDF、JPG 或 PNG 文件");
        var scan = await db.ContractScans.FirstOrDefaultAsync(s => s.ContractId == id, ct);
        if (scan is null)
        {
            db.ContractScans.Add(new ContractScan { ContractId = id, Content = bytes });
        }
        else
        {
            scan.Content = bytes;
        }
        contract.ScanFileName = Path.GetFileName(fileName.Trim()) is { Length: > 0 and <= 200 } name ? name : "扫描件";
        contract.ScanContentType = type;
        contract.ScanSize = bytes.Length;
        contract.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return (await ContractDto.ListAsync(db, [contract], clock.TodayInChina(), ct))[0];
    }

    /// <summary>By the file's first bytes: a renamed .exe is not a PDF.</summary>
    private static string? ContentType(byte[] b) =>
        b.AsSpan().StartsWith("%PDF-"u8) ? "application/pdf"
        : b.AsSpan().StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }) ? "image/jpeg"
        : b.AsSpan().StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }) ? "image/png"
        : null;
}
