using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Contracts;

/// <summary>
/// Filters of the registration desk and the export. <see cref="Q"/> matches the contract name, the seller's name, a
/// registration number or a seller USCC prefix; <see cref="From"/>/<see cref="To"/> bound the receipt date.
/// </summary>
public sealed record ListContractsQuery(
    string? RegionCode = null,
    string? Status = null,
    string? Type = null,
    string? Q = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int? Page = null,
    int? PageSize = null);

public sealed class ListContracts(KechuangDbContext db, TimeProvider clock)
{
    public async Task<Page<ContractDto>> HandleAsync(Caller caller, ListContractsQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<ContractDto>.Normalize(query.Page, query.PageSize);
        var contracts = await FilterAsync(db, caller, query, ct);
        var total = await contracts.CountAsync(ct);
        var items = await contracts.OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Id)
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Page<ContractDto>(await ContractDto.ListAsync(db, items, clock.TodayInChina(), ct), total, page, size);
    }

    /// <summary>The filtered contracts the caller may see; shared with the export so the sheet is what the desk shows.</summary>
    internal static async Task<IQueryable<TechContract>> FilterAsync(KechuangDbContext db, Caller caller, ListContractsQuery query, CancellationToken ct)
    {
        var contracts = await ContractAccess.ScopedAsync(db, caller, query.RegionCode, ct);
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = query.Status.Trim();
            if (!ContractStatus.All.Contains(status))
            {
                throw new ValidationFailedException("status", $"状态“{status}”不正确，应为 received、registered 或 refused");
            }
            contracts = contracts.Where(c => c.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            var type = ContractTypes.Parse(query.Type) ?? throw new ValidationFailedException("type", $"合同类别“{query.Type}”不正确，应为：{ContractTypes.AllowedWords}");
            contracts = contracts.Where(c => c.Type == type);
        }
        if (query.From is { } from)
        {
            contracts = contracts.Where(c => c.ReceivedOn >= from);
        }
        if (query.To is { } to)
        {
            contracts = contracts.Where(c => c.ReceivedOn <= to);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim();
            var pattern = Like.Anywhere(q);
            var prefix = Like.Escape(q.ToUpperInvariant()) + "%";
            contracts = contracts.Where(c => EF.Functions.Like(c.Name, pattern, "\\") || EF.Functions.Like(c.SellerName, pattern, "\\")
                || EF.Functions.Like(c.RegistrationNo!, prefix, "\\") || EF.Functions.Like(c.SellerUscc, prefix, "\\"));
        }
        return contracts;
    }
}
