using Kechuang.Common;

namespace Kechuang.Contracts;

/// <summary>docs/domain.md §5: a contract is decided once; a second registration or refusal is a conflict.</summary>
internal static class Decided
{
    public static void ThrowIfDecided(TechContract contract, string action)
    {
        switch (contract.Status)
        {
            case ContractStatus.Registered:
                throw new ConflictException($"该合同已于 {contract.DecidedOn:yyyy-MM-dd} 登记（编号 {contract.RegistrationNo}），不能再{action}");
            case ContractStatus.Refused:
                throw new ConflictException($"该合同已于 {contract.DecidedOn:yyyy-MM-dd} 决定不予登记，不能再{action}");
            default:
                return;
        }
    }
}
