using System.Text.Json;
using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Reports;

/// <summary>
/// <c>GET /api/reports/summary</c>: the summary of a region and period — live while a draft, as frozen once frozen,
/// with the figures that changed since (docs/reports.md, freezing).
/// </summary>
public sealed class GetSummary(KechuangDbContext db, SummaryDrafter drafter, SummaryPlausibility plausibility)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<SummaryDocument> HandleAsync(Caller caller, string? region, int? year, string? period, CancellationToken ct = default)
    {
        var target = await SummaryAccess.ReadAsync(db, caller, region, year, period, ct);
        var record = await db.SummaryReports.AsNoTracking()
            .FirstOrDefaultAsync(s => s.RegionCode == target.Region.Code && s.Year == target.Year && s.Period == target.Period, ct);
        return await plausibility.HandleAsync(await ShowAsync(target, record, ct), ct);
    }

    internal async Task<SummaryDocument> ShowAsync(SummaryAccess.Target target, SummaryRecord? record, CancellationToken ct)
    {
        if (record?.Snapshot is not { } snapshot)
        {
            return await drafter.DraftAsync(target.Region, target.Year, target.Period, record, ct);
        }
        var frozen = JsonSerializer.Deserialize<SummaryDocument>(snapshot, Json)!;
        IReadOnlyList<SummaryFigure> now;
        try
        {
            now = (await drafter.DraftAsync(target.Region, target.Year, target.Period, record, ct)).Figures;
        }
        catch (NotFoundException)
        {
            now = [];
        }
        return frozen with { State = new SummaryState(true, record.FrozenAt, record.FrozenBy, record.EditedAt, Changes(frozen.Figures, now)) };
    }

    /// <summary>Figures whose printed value differs now from when the summary was frozen, or that appeared or went.</summary>
    internal static IReadOnlyList<SummaryChange> Changes(IReadOnlyList<SummaryFigure> frozen, IReadOnlyList<SummaryFigure> now)
    {
        var live = now.ToDictionary(f => f.Id);
        var changes = new List<SummaryChange>();
        foreach (var figure in frozen)
        {
            var current = live.GetValueOrDefault(figure.Id);
            if (current?.Text != figure.Text)
            {
                changes.Add(new SummaryChange(figure.Id, figure.Label, figure.Text, current?.Text ?? "已无数据"));
            }
        }
        var known = frozen.Select(f => f.Id).ToHashSet();
        changes.AddRange(now.Where(f => !known.Contains(f.Id)).Select(f => new SummaryChange(f.Id, f.Label, "无", f.Text)));
        return changes;
    }
}
