using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Policies;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Finance;

/// <summary>GET /api/finance/records: the region's records, newest first, by kind, year or a search of enterprise and institution.</summary>
public sealed class ListFinanceRecords(KechuangDbContext db)
{
    public async Task<Page<FinanceDto>> HandleAsync(Caller caller, ListFinanceQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<FinanceDto>.Normalize(query.Page, query.PageSize);
        var rows = await FilteredAsync(caller, query, ct);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(r => r.StartOn).ThenBy(r => r.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Page<FinanceDto>(await DtosAsync(db, items, ct), total, page, size);
    }

    internal async Task<IQueryable<FinanceRecord>> FilteredAsync(Caller caller, ListFinanceQuery query, CancellationToken ct)
    {
        var scope = FinanceAccess.Scope(caller, query.RegionCode);
        var rows = FinanceAccess.InRegion(db, scope);
        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            var kind = FinanceWords.Parse(query.Kind) ?? throw new ValidationFailedException("kind", $"类型应为{string.Join("、", FinanceWords.Kinds)}之一");
            rows = rows.Where(r => r.Kind == kind);
        }
        if (query.Year is { } year)
        {
            rows = rows.Where(r => r.StartOn >= new DateOnly(year, 1, 1) && r.StartOn <= new DateOnly(year, 12, 31));
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim();
            var ids = (await EnterpriseLookup.ByNameAsync(db, [text], ct))[text].Select(e => e.Id).ToList();
            var pattern = Like.Anywhere(text);
            rows = rows.Where(r => EF.Functions.Like(r.Institution, pattern, "\\") || EF.Functions.Like(r.Product!, pattern, "\\") || ids.Contains(r.EnterpriseId));
        }
        return rows;
    }

    internal static async Task<List<FinanceDto>> DtosAsync(KechuangDbContext db, IReadOnlyList<FinanceRecord> list, CancellationToken ct)
    {
        var names = await EnterpriseLookup.NamesAsync(db, list.Select(r => r.EnterpriseId), ct);
        return [.. list.Select(r => new FinanceDto(r.Id, r.Kind, r.EnterpriseId, names.GetValueOrDefault(r.EnterpriseId), r.RegionCode, r.Institution, r.Product,
            r.Amount, r.Rate, r.Premium, r.StartOn, r.EndOn, r.LoanId, r.PolicyCode, r.Note, r.Version,
            r.PolicyYear, r.Trace is null ? null : PolicyRuns.Deserialize(r.Trace)))];
    }
}
