using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Vouchers;

/// <summary>DELETE /api/voucher-programmes/{id}: only a programme entered by mistake, before any voucher was issued under it.</summary>
public sealed class DeleteProgramme(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        VoucherAccess.RequireWriter(caller);
        var programme = await VoucherAccess.LoadProgrammeAsync(db, caller, id, ct);
        if (await db.Vouchers.AnyAsync(v => v.ProgrammeId == id, ct))
        {
            throw new ConflictException($"专项“{programme.Name}”下已有创新券，不能删除");
        }
        db.VoucherProgrammes.Remove(programme);
        await db.SaveChangesAsync(ct);
    }
}
