using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Contracts;

/// <summary>
/// 登记: a received contract gets its registration number (assigned when none is given) and counts in the seller's
/// region from its registration date (docs/domain.md §5). A contract is decided once: registering again is a conflict.
/// </summary>
public sealed class RegisterContract(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ContractDto> HandleAsync(Caller caller, Guid id, RegisterContractRequest request, CancellationToken ct = default)
    {
        var contract = await ContractAccess.LoadAsync(db, caller, id, ct);
        ContractAccess.RequireWrite(caller, contract.SellerRegionCode);
        Decided.ThrowIfDecided(contract, "登记");
        var today = clock.TodayInChina();
        var validation = new Validation();
        ContractRules.CheckRegistration(request.RegisteredOn, request.RegistrationNo, contract.ReceivedOn, today, validation);
        validation.ThrowIfAny();

        var registeredOn = request.RegisteredOn!.Value;
        var number = string.IsNullOrWhiteSpace(request.RegistrationNo)
            ? await NextNumberAsync(contract.SellerRegionCode, registeredOn.Year, ct)
            : request.RegistrationNo.Trim().ToUpperInvariant();
        if (await db.TechContracts.AnyAsync(c => c.RegistrationNo == number, ct))
        {
            throw new ConflictException($"登记编号 {number} 已被其他合同使用");
        }
        contract.Status = ContractStatus.Registered;
        contract.RegistrationNo = number;
        contract.DecidedOn = registeredOn;
        contract.RegisteredPeriod = TechContract.Period(registeredOn);
        contract.UpdatedAt = clock.GetUtcNow();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Two desks picked the same number at once: the unique index kept the register right.
            throw new ConflictException($"登记编号 {number} 已被其他合同使用，请重试");
        }
        await ContractRollup.AddAsync(db, contract, ct);
        await transaction.CommitAsync(ct);
        return (await ContractDto.ListAsync(db, [contract], today, ct))[0];
    }

    /// <summary>Year, seller county and a six-digit sequence: 2026330326000001.</summary>
    private async Task<string> NextNumberAsync(string region, int year, CancellationToken ct)
    {
        var prefix = year.ToString(System.Globalization.CultureInfo.InvariantCulture) + region;
        // A range on the unique index rather than LIKE, which SQLite cannot answer from an index with a parameter.
        var high = prefix + ":";
#pragma warning disable CA1310 // translated to SQL comparisons on digit strings, never run in .NET
        var last = await db.TechContracts.Where(c => c.RegistrationNo != null && string.Compare(c.RegistrationNo, prefix) > 0
                && string.Compare(c.RegistrationNo, high) < 0 && c.RegistrationNo.Length == prefix.Length + 6)
            .MaxAsync(c => c.RegistrationNo, ct);
#pragma warning restore CA1310
        var next = last is not null && long.TryParse(last[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture, out var n) ? n + 1 : 1;
        return prefix + next.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }
}
