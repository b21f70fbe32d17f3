using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Finance;

/// <summary>DELETE /api/finance/records/{id}: a record entered by mistake; a loan with subsidies or compensations on it stays.</summary>
public sealed class DeleteFinanceRecord(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        FinanceAccess.RequireReader(caller);
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var record = await FinanceAccess.LoadAsync(db, caller, id, ct);
        if (await db.FinanceRecords.AnyAsync(r => r.LoanId == id, ct))
        {
            throw new ConflictException("该贷款已有贴息或风险池补偿记录，请先删除这些记录");
        }
        db.FinanceRecords.Remove(record);
        await db.SaveChangesAsync(ct);
    }
}
