using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Indicators.Assessment;

public sealed record PeerFigure(string RegionCode, string RegionName, bool IsSelf, AssessmentRow Row);

/// <summary>
/// One indicator across a region's peers (the ranking a city circulates to its counties, 通报), so a county
/// sees where it stands; only the figures of this one indicator are shown.
/// </summary>
public sealed class GetPeerComparison(KechuangDbContext db, DerivedFigures derived, TimeProvider clock)
{
    public async Task<IReadOnlyList<PeerFigure>> HandleAsync(
        Caller caller, string code, string? region, int? year, int? month, CancellationToken ct = default)
    {
        var place = await AssessmentQuery.RegionAsync(db, caller, region, "region", ct);
        var (y, m) = AssessmentQuery.Period(year, month, clock);
        var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code, ct)
            ?? throw new NotFoundException($"未找到指标 {code}");
        var builder = new AssessmentBuilder(db, derived);
        var group = await builder.PeersAsync(place, ct);
        // A derived ratio needs its parts in the book.
        var parts = await db.Indicators.AsNoTracking()
            .Where(i => i.Code == indicator.NumeratorCode || i.Code == indicator.DenominatorCode).ToListAsync(ct);
        var tables = await builder.BuildAsync([indicator, .. parts], group, y, m, ct);
        return group
            .Select(r => new PeerFigure(r.Code, r.Name, r.Code == place.Code, tables[r.Code].First(row => row.Code == code)))
            .OrderBy(p => p.Row.Rank ?? int.MaxValue).ThenBy(p => p.RegionCode)
            .ToList();
    }
}
