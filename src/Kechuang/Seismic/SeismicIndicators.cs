using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Seismic;

/// <summary>
/// 抗震设防要求审批办结数 and 按时办结率 from the register (docs/domain.md §7.10): approvals decided from 1 January to each
/// month's end, and the share of them decided on or before their due date. A county with no approval received by the
/// year's end gets no figure (docs/domain.md §3); a month with nothing decided yet has a count of 0 and no share.
/// </summary>
public sealed class SeismicIndicators(KechuangDbContext db) : IIndicatorCalculator
{
    public const string RegisterName = "seismic";
    public const string Completed = "seismic_approvals";
    public const string OnTimeShare = "seismic_ontime_share";

    public string Register => RegisterName;
    public IReadOnlyCollection<string> Codes { get; } = [Completed, OnTimeShare];

    public async Task<IReadOnlyList<DerivedFigure>> CalculateAsync(DerivedFigureQuery query, CancellationToken ct)
    {
        var figures = new List<DerivedFigure>();
        var start = new DateOnly(query.Year, 1, 1);
        var end = new DateOnly(query.Year, 12, 31);
        foreach (var region in query.Regions)
        {
            var approvals = SeismicAccess.InRegion(db.SeismicApprovals.AsNoTracking(), region, RegionScope.MatchFor(db));
            if (!await approvals.AnyAsync(a => a.ReceivedOn <= end, ct))
            {
                continue;          // register not in use here: no figure at all, not 0 (docs/domain.md §3, rank)
            }
            var decided = await approvals.Where(a => a.DecidedOn >= start && a.DecidedOn <= end)
                .Select(a => new { DecidedOn = a.DecidedOn!.Value, a.DueOn }).ToListAsync(ct);
            for (var month = 1; month <= 12; month++)
            {
                var upTo = decided.Where(d => d.DecidedOn.Month <= month).ToList();
                if (query.Codes.Contains(Completed))
                {
                    figures.Add(new DerivedFigure(Completed, region.Value, month, upTo.Count));
                }
                if (query.Codes.Contains(OnTimeShare) && upTo.Count > 0)
                {
                    var share = decimal.Round(upTo.Count(d => d.DecidedOn <= d.DueOn) * 100m / upTo.Count, 2, MidpointRounding.AwayFromZero);
                    figures.Add(new DerivedFigure(OnTimeShare, region.Value, month, share));
                }
            }
        }
        return figures;
    }
}
