using Kechuang.Enterprises;
using Kechuang.Users;

namespace Kechuang.ServiceHall;

/// <summary>
/// PUT /api/hall/facts/{year}: the enterprise files its own year's facts through the bureau's use case
/// (<see cref="PutYearFacts"/>), so the same rules (<c>YearFactsRules</c>) and the same messages apply.
/// </summary>
public sealed class FileHallFacts(PutYearFacts facts)
{
    public Task<YearFactsDto> HandleAsync(Caller caller, int year, YearFactsRequest request, CancellationToken ct = default) =>
        facts.HandleAsync(caller, HallAccess.OwnEnterprise(caller), year, request, ct);
}
