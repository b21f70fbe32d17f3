using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Contracts;

/// <summary>受理: the registry enters a written contract it received; it waits for a decision (docs/domain.md §5).</summary>
public sealed class CreateContract(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ContractDto> HandleAsync(Caller caller, ContractRequest request, CancellationToken ct = default)
    {
        ContractAccess.RequireWriter(caller);
        var today = clock.TodayInChina();
        var validation = new Validation();
        var regions = await RegionLookup.ForAsync(db, ct, request.SellerRegionCode, request.BuyerRegionCode);
        ContractRules.Check(request, regions, today, validation);
        // A register enterprise is booked in its own county, so no region can count another's (EnterpriseReference).
        await EnterpriseReference.CheckPartyAsync(db, validation, request.SellerUscc, request.SellerRegionCode, "sellerRegionCode", "卖方", ct);
        await EnterpriseReference.CheckPartyAsync(db, validation, request.BuyerUscc, request.BuyerRegionCode, "buyerRegionCode", "买方", ct);
        validation.ThrowIfAny();
        ContractAccess.RequireWrite(caller, request.SellerRegionCode!.Trim());

        var now = clock.GetUtcNow();
        var contract = new TechContract
        {
            Name = "", Type = "", SellerName = "", SellerUscc = "", SellerRegionCode = "", BuyerName = "",
            CreatedAt = now, UpdatedAt = now,
        };
        ContractRules.Apply(request, contract);
        db.TechContracts.Add(contract);
        await db.SaveChangesAsync(ct);
        return ContractDto.From(contract, regions(contract.SellerRegionCode)?.Name, today);
    }
}
