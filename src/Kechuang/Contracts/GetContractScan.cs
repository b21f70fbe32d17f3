using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Contracts;

public sealed record ContractScanFile(string FileName, string ContentType, byte[] Content);

public sealed class GetContractScan(KechuangDbContext db)
{
    public async Task<ContractScanFile> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var contract = await ContractAccess.LoadAsync(db, caller, id, ct);
        var scan = await db.ContractScans.AsNoTracking().FirstOrDefaultAsync(s => s.ContractId == id, ct)
            ?? throw new NotFoundException("该合同没有上传扫描件");
        // Named again by its stored type: a scan kept before names were made safe comes back safe too.
        var type = contract.ScanContentType ?? "application/octet-stream";
        return new ContractScanFile(AttachContractScan.SafeName(contract.ScanFileName, type), type, scan.Content);
    }
}
