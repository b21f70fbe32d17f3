using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Finance;

/// <summary>POST /api/finance/records and PUT …/{id}: a loan, guarantee, policy, compensation or subsidy of an enterprise of the caller's region.</summary>
public sealed class SaveFinanceRecord(KechuangDbContext db, TimeProvider clock)
{
    public async Task<FinanceDto> HandleAsync(Caller caller, Guid? id, FinanceRequest request, CancellationToken ct = default)
    {
        FinanceAccess.RequireReader(caller);
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var existing = id is { } key ? await FinanceAccess.LoadAsync(db, caller, key, ct) : null;
        var kind = FinanceWords.Parse(request.Kind);
        var v = new Validation();
        FinanceRules.Check(request, kind, clock.TodayInChina(), v);
        string? region = null;
        if (request.EnterpriseId is { } enterprise)
        {
            // Unknown or outside the caller's region: 404 with the same words, so ids cannot be probed (as Market's needs).
            region = await EnterpriseReference.CheckIdAsync(db, caller, enterprise, null, "enterpriseId", new Validation(), ct)
                ?? throw new NotFoundException("未找到该企业，或不在本辖区");
        }
        if (request.LoanId is { } loanId)
        {
            var loan = await FinanceAccess.InRegion(db, caller.Region).FirstOrDefaultAsync(r => r.Id == loanId && r.Kind == FinanceWords.Loan, ct);
            if (kind is not (FinanceWords.Subsidy or FinanceWords.Compensation))
            {
                v.Add("loanId", "只有贴息和风险池补偿可以关联贷款");
            }
            else if (loan is null || loan.EnterpriseId != request.EnterpriseId)
            {
                v.Add("loanId", "关联的贷款不存在，或不是该企业的科技贷");
            }
        }
        v.ThrowIfAny();
        if (existing is not null)
        {
            VersioningInterceptor.ExpectVersion(db, existing, request.Version ?? -1);
        }
        var now = clock.GetUtcNow();
        var record = existing ?? new FinanceRecord { Kind = kind!, RegionCode = region!, Institution = "", CreatedAt = now };
        record.Kind = kind!;
        record.EnterpriseId = request.EnterpriseId!.Value;
        record.RegionCode = region!;
        record.Institution = request.Institution!.Trim();
        record.Product = Blank(request.Product) ?? (kind == FinanceWords.Loan ? FinanceWords.Loan : null);
        record.Amount = request.Amount!.Value;
        record.Rate = request.Rate;
        record.Premium = request.Premium;
        record.StartOn = request.StartOn!.Value;
        record.EndOn = request.EndOn;
        record.LoanId = request.LoanId;
        record.PolicyCode = Blank(request.PolicyCode);
        record.Note = Blank(request.Note);
        record.UpdatedAt = now;
        if (existing is null)
        {
            db.FinanceRecords.Add(record);
        }
        await db.SaveChangesAsync(ct);
        return (await ListFinanceRecords.DtosAsync(db, [record], ct))[0];
    }

    private static string? Blank(string? text) => Validation.Blank(text);
}
