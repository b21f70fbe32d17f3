using Kechuang.Data;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Contracts;

/// <summary>A technology contract as another module may cite it (the market's cooperation projects, docs/domain.md §7.1).</summary>
public sealed record ContractReference(Guid Id, string? RegistrationNo, string Name, string SellerName, string BuyerName, decimal Turnover, DateOnly SignedOn, string Status)
{
    /// <summary>How a citing record shows it: the 登记编号 when registered, and the name.</summary>
    public string Label => RegistrationNo is { } no ? $"{no} {Name}" : Name;
}

/// <summary>
/// What other modules may ask of the contract registry (docs/architecture.md §2): the contracts a region sold or bought,
/// found by id or 登记编号, or looked up by name, number or party. They never read its table themselves.
/// </summary>
public static class ContractLookup
{
    /// <summary>The contract of this id or 登记编号 whose seller or buyer is in <paramref name="region"/>; null when none.</summary>
    public static async Task<ContractReference?> FindAsync(KechuangDbContext db, RegionCode region, string idOrNumber, CancellationToken ct)
    {
        var text = idOrNumber.Trim();
        var contracts = Touching(db, region);
        contracts = Guid.TryParse(text, out var id) ? contracts.Where(c => c.Id == id) : contracts.Where(c => c.RegistrationNo == text);
        return (await Project(contracts).Take(1).ToListAsync(ct)).FirstOrDefault();
    }

    /// <summary>Up to <paramref name="take"/> contracts of the region whose name, 登记编号 or a party contains <paramref name="q"/>, newest first.</summary>
    public static async Task<IReadOnlyList<ContractReference>> SearchAsync(KechuangDbContext db, RegionCode region, string? q, int take, CancellationToken ct)
    {
        var contracts = Touching(db, region);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = Common.Like.Anywhere(q.Trim());
            contracts = contracts.Where(c => EF.Functions.Like(c.Name, pattern, "\\") || EF.Functions.Like(c.RegistrationNo!, pattern, "\\")
                || EF.Functions.Like(c.SellerName, pattern, "\\") || EF.Functions.Like(c.BuyerName, pattern, "\\"));
        }
        return await Project(contracts.OrderByDescending(c => c.SignedOn).ThenBy(c => c.Id)).Take(Math.Clamp(take, 1, 50)).ToListAsync(ct);
    }

    /// <summary>Contracts sold or bought in the region: a cooperation's enterprise is usually the buyer, its holder the seller.</summary>
    private static IQueryable<TechContract> Touching(KechuangDbContext db, RegionCode region)
    {
        var sold = ContractAccess.InRegion(db.TechContracts.AsNoTracking(), region, RegionScope.MatchFor(db)).Select(c => c.Id);
        var bought = db.TechContracts.AsNoTracking().Where(c => c.BuyerRegionCode != null)
            .Within(c => c.BuyerRegionCode, region, RegionColumn.CountyCodes, RegionScope.MatchFor(db)).Select(c => c.Id);
        return db.TechContracts.AsNoTracking().Where(c => sold.Contains(c.Id) || bought.Contains(c.Id));
    }

    private static IQueryable<ContractReference> Project(IQueryable<TechContract> contracts) =>
        contracts.Select(c => new ContractReference(c.Id, c.RegistrationNo, c.Name, c.SellerName, c.BuyerName, c.Turnover, c.SignedOn, c.Status));
}

/// <summary>What a seller registered in a year (docs/domain.md §5): the sum of 成交额 and the contracts behind it.</summary>
public sealed record SoldContracts(string SellerUscc, decimal Turnover, int Count, IReadOnlyList<string> Numbers);

/// <summary>The contracts registered in a year per seller, for the policy variable <c>contracts_sold</c> (docs/domain.md §7.5).</summary>
public static class SoldContractsQuery
{
    public static async Task<Dictionary<string, SoldContracts>> InYearAsync(KechuangDbContext db, RegionCode region, int year, CancellationToken ct)
    {
        var rows = await ContractAccess.InRegion(db.TechContracts.AsNoTracking(), region, RegionScope.MatchFor(db))
            .Where(c => c.Status == ContractStatus.Registered && c.RegisteredPeriod >= year * 100 && c.RegisteredPeriod < (year + 1) * 100)
            .Select(c => new { c.SellerUscc, c.Turnover, c.RegistrationNo })
            .ToListAsync(ct);
        // Summed in memory: SQLite cannot sum decimals exactly (ADR 0006).
        return rows.GroupBy(r => r.SellerUscc).ToDictionary(
            g => g.Key,
            g => new SoldContracts(g.Key, g.Sum(r => r.Turnover), g.Count(), g.Select(r => r.RegistrationNo ?? "").OrderBy(n => n, StringComparer.Ordinal).Take(5).ToList()));
    }
}
