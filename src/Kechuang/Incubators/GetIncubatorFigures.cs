using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Users;

namespace Kechuang.Incubators;

/// <summary>A carrier's figures for a year (docs/domain.md §7.3): at the year's end, or today for the current year.</summary>
public sealed class GetIncubatorFigures(KechuangDbContext db, TimeProvider clock)
{
    public async Task<IncubatorFigures> HandleAsync(Caller caller, Guid id, int? year, CancellationToken ct = default)
    {
        var incubator = await IncubatorAccess.LoadAsync(db, caller, id, ct);
        var today = clock.TodayInChina();
        var wanted = year ?? today.Year;
        if (wanted < 2000 || wanted > today.Year)
        {
            throw new ValidationFailedException("year", $"年度应在 2000 至 {today.Year} 之间");
        }
        var asOf = wanted == today.Year ? today : new DateOnly(wanted, 12, 31);
        var titles = await EnterpriseLookup.TitlesAsync(db, incubator.Tenants.Select(t => t.EnterpriseId).OfType<Guid>(), ct);
        return IncubatorFigures.For(incubator, titles, asOf);
    }
}
