using Kechuang.Common;
using Kechuang.Common.Excel;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Contracts;

/// <summary>
/// The scanned contract: PDF, JPEG or PNG (checked by content, not name), at most <see cref="UploadLimits.Scans"/>, one
/// per contract. It is kept under a name whose extension is its detected type, so "evil.html" holding a PNG is served
/// back as "evil.png" (docs/architecture.md, Uploads).
/// </summary>
public sealed class AttachContractScan(KechuangDbContext db, TimeProvider clock, UploadLimits limits)
{
    public async Task<ContractDto> HandleAsync(Caller caller, Guid id, string fileName, Stream content, CancellationToken ct = default)
    {
        var contract = await ContractAccess.LoadAsync(db, caller, id, ct);
        ContractAccess.RequireWrite(caller, contract.SellerRegionCode);
        var bytes = await UploadLimits.ReadAsync(content, limits.Scans, ct);
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
        contract.ScanFileName = SafeName(fileName, type);
        contract.ScanContentType = type;
        contract.ScanSize = bytes.Length;
        contract.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return (await ContractDto.ListAsync(db, [contract], clock.TodayInChina(), ct))[0];
    }

    /// <summary>The name without any path, at most 100 characters, with the extension of its detected type.</summary>
    public static string SafeName(string? fileName, string contentType)
    {
        return FileNames.Stem(fileName, "扫描件") + contentType switch
        {
            "application/pdf" => ".pdf",
            "image/jpeg" => ".jpg",
            "image/png" => ".png",
            _ => ".bin",
        };
    }

    /// <summary>By the file's first bytes: a renamed .exe is not a PDF.</summary>
    private static string? ContentType(byte[] b) =>
        b.AsSpan().StartsWith("%PDF-"u8) ? "application/pdf"
        : b.AsSpan().StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }) ? "image/jpeg"
        : b.AsSpan().StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }) ? "image/png"
        : null;
}
