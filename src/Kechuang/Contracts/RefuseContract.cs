using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Contracts;

/// <summary>不予登记: the registry's decision with its reason (docs/domain.md §5); a refused contract is never counted.</summary>
public sealed class RefuseContract(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ContractDto> HandleAsync(Caller caller, Guid id, RefuseContractRequest request, CancellationToken ct = default)
    {
        var contract = await ContractAccess.LoadAsync(db, caller, id, ct);
        ContractAccess.RequireWrite(caller, contract.SellerRegionCode);
        Decided.ThrowIfDecided(contract, "决定不予登记");
        var today = clock.TodayInChina();
        var validation = new Validation();
        ContractRules.CheckRefusal(request.DecidedOn, request.Reason, contract.ReceivedOn, today, validation);
        validation.ThrowIfAny();

        contract.Status = ContractStatus.Refused;
        contract.RefusalReason = request.Reason!.Trim();
        contract.DecidedOn = request.DecidedOn;
        contract.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return (await ContractDto.ListAsync(db, [contract], today, ct))[0];
    }
}
