using Kechuang.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Contracts;

/// <summary>A contract as the API and pages show it. <see cref="DaysWaiting"/> counts from receipt while undecided.</summary>
public sealed record ContractDto(
    Guid Id,
    string? RegistrationNo,
    string Name,
    string Type,
    string TypeName,
    string SellerName,
    string SellerUscc,
    string SellerRegionCode,
    string? SellerRegionName,
    string BuyerName,
    string? BuyerUscc,
    string? BuyerRegionCode,
    DateOnly SignedOn,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string? TechnologyField,
    decimal Turnover,
    decimal TechTransaction,
    string Status,
    string StatusName,
    string? RefusalReason,
    DateOnly ReceivedOn,
    DateOnly? DecidedOn,
    DateOnly DueOn,
    int? DaysWaiting,
    string? ScanFileName,
    long? ScanSize,
    int Version)
{
    public static ContractDto From(TechContract c, string? regionName, DateOnly today) => new(
        c.Id, c.RegistrationNo, c.Name, c.Type, ContractTypes.Chinese(c.Type), c.SellerName, c.SellerUscc, c.SellerRegionCode,
        regionName, c.BuyerName, c.BuyerUscc, c.BuyerRegionCode, c.SignedOn, c.ValidFrom, c.ValidTo, c.TechnologyField,
        c.Turnover, c.TechTransaction, c.Status, ContractStatus.Chinese(c.Status), c.RefusalReason, c.ReceivedOn, c.DecidedOn,
        c.ReceivedOn.AddDays(ContractStatus.DecisionDays),
        c.Status == ContractStatus.Received ? today.DayNumber - c.ReceivedOn.DayNumber : null,
        c.ScanFileName, c.ScanSize, c.Version);

    /// <summary>DTOs with the sellers' region names, looked up in one query.</summary>
    public static async Task<List<ContractDto>> ListAsync(KechuangDbContext db, IReadOnlyList<TechContract> contracts, DateOnly today, CancellationToken ct)
    {
        var codes = contracts.Select(c => c.SellerRegionCode).Distinct().ToList();
        var names = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
        return contracts.Select(c => From(c, names.GetValueOrDefault(c.SellerRegionCode), today)).ToList();
    }
}
