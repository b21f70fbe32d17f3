using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Outreach;

/// <summary>
/// The registers' indicators (docs/domain.md §7.9), year to date at each month's end: 科技活动周、科普活动 held (场) and
/// their 人次, 科技培训人次, awards won at 创新创业大赛 (by award date), and the 科普基地 recognised (a stock). A county
/// that has not used a register by the year's end gets none of its figures (docs/domain.md §3).
/// </summary>
public sealed class OutreachIndicators(KechuangDbContext db) : IIndicatorCalculator
{
    public const string RegisterName = "outreach";
    public const string Events = "outreach_events";
    public const string Attendance = "outreach_attendance";
    public const string Trainees = "training_attendance";
    public const string Awards = "competition_awards";
    public const string Bases = "science_bases";

    public string Register => RegisterName;
    public IReadOnlyCollection<string> Codes { get; } = [Events, Attendance, Trainees, Awards, Bases];

    public async Task<IReadOnlyList<DerivedFigure>> CalculateAsync(DerivedFigureQuery query, CancellationToken ct)
    {
        var figures = new List<DerivedFigure>();
        var start = new DateOnly(query.Year, 1, 1);
        var end = new DateOnly(query.Year, 12, 31);
        foreach (var region in query.Regions)
        {
            var match = RegionScope.MatchFor(db);
            var activities = OutreachAccess.InRegion(db.OutreachActivities.AsNoTracking(), region, match);
            if (await activities.AnyAsync(a => a.HeldOn <= end, ct))
            {
                var held = await activities.Where(a => a.HeldOn >= start && a.HeldOn <= end).Select(a => new { a.Kind, a.HeldOn, a.Attendance }).ToListAsync(ct);
                for (var month = 1; month <= 12; month++)
                {
                    var events = held.Where(a => a.HeldOn.Month <= month && OutreachWords.EventKinds.Contains(a.Kind)).ToList();
                    Add(figures, query, Events, region, month, events.Count);
                    Add(figures, query, Attendance, region, month, events.Sum(a => (decimal)a.Attendance));
                    Add(figures, query, Trainees, region, month, held.Where(a => a.HeldOn.Month <= month && a.Kind == OutreachWords.Training).Sum(a => (decimal)a.Attendance));
                }
            }
            var competitions = OutreachAccess.InRegion(db.Competitions.AsNoTracking(), region, match);
            if (query.Codes.Contains(Awards) && await competitions.AnyAsync(c => c.Year <= query.Year, ct))
            {
                var awarded = await competitions.SelectMany(c => c.Entries)
                    .Where(e => e.Award != null && e.AwardedOn >= start && e.AwardedOn <= end).Select(e => e.AwardedOn!.Value).ToListAsync(ct);
                for (var month = 1; month <= 12; month++)
                {
                    Add(figures, query, Awards, region, month, awarded.Count(d => d.Month <= month));
                }
            }
            var bases = OutreachAccess.InRegion(db.ScienceBases.AsNoTracking(), region, match);
            if (query.Codes.Contains(Bases) && await bases.AnyAsync(b => b.RecognisedOn <= end, ct))
            {
                var recognised = await bases.Where(b => b.RecognisedOn <= end).Select(b => b.RecognisedOn).ToListAsync(ct);
                for (var month = 1; month <= 12; month++)
                {
                    var monthEnd = new DateOnly(query.Year, month, 1).AddMonths(1).AddDays(-1);
                    Add(figures, query, Bases, region, month, recognised.Count(d => d <= monthEnd));
                }
            }
        }
        return figures;
    }

    private static void Add(List<DerivedFigure> figures, DerivedFigureQuery query, string code, RegionCode region, int month, decimal value)
    {
        if (query.Codes.Contains(code))
        {
            figures.Add(new DerivedFigure(code, region.Value, month, value));
        }
    }
}
