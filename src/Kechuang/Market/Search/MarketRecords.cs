using Kechuang.Data;
using Kechuang.Market.Achievements;
using Kechuang.Market.Needs;
using Kechuang.Matching;
using Kechuang.Projects.Experts;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market.Search;

/// <summary>
/// The market's records of a region as the engine reads them (docs/domain.md §7.1): published needs, achievements,
/// and — for the bureau only, the pool being the bureau's (docs/domain.md §6.1) — the experts, read through the pool's
/// own use case <see cref="ListExperts"/>.
/// </summary>
public sealed class MarketRecords(KechuangDbContext db, ListExperts experts, MarketIndex index)
{
    private static readonly string[] Bureau = [Roles.Admin, Roles.Leader, Roles.Staff];

    public static bool SeesExperts(Caller caller) => Bureau.Any(caller.IsIn);

    /// <summary>Callers who may search the market: the bureau and the enterprises of its region.</summary>
    public static void RequireSearcher(Caller caller)
    {
        if (!SeesExperts(caller) && !caller.IsIn(Roles.Enterprise))
        {
            throw new Common.ForbiddenException("当前账号不能使用技术市场检索");
        }
    }

    /// <summary>Runs <paramref name="query"/> on the engine of the caller's region, synced with the database first.</summary>
    public async Task<T> QueryAsync<T>(Caller caller, Func<MatchEngine, T> query, CancellationToken ct)
    {
        RequireSearcher(caller);
        var withExperts = SeesExperts(caller);
        var records = await ReadAsync(caller, withExperts, ct);
        var verdicts = await VerdictsAsync(caller, ct);
        return await index.QueryAsync($"{caller.Region}|{(withExperts ? "x" : "-")}", records, verdicts, query, ct);
    }

    /// <summary>The brokers' verdicts of the caller's region (docs/domain.md § 产学研 — 检索与推荐, Feedback), as the engine takes them.</summary>
    private async Task<List<PairVerdict>> VerdictsAsync(Caller caller, CancellationToken ct)
    {
        var rows = await db.BrokerVerdicts.AsNoTracking().Within(b => b.RegionCode, caller.Region, RegionColumn.CountyCodes, RegionScope.MatchFor(db))
            .Select(b => new { b.NeedId, b.OtherKind, b.OtherId, b.Verdict }).ToListAsync(ct);
        return [.. rows.Select(b => new PairVerdict(Id(b.NeedId), b.OtherKind == MarketHit.Expert ? MatchKind.Expert : MatchKind.Achievement, Id(b.OtherId),
            b.Verdict == Feedback.BrokerVerdict.Confirmed ? Verdict.Confirmed : Verdict.Rejected))];
    }

    private async Task<List<MatchRecord>> ReadAsync(Caller caller, bool withExperts, CancellationToken ct)
    {
        var region = caller.Region;
        var needs = await NeedAccess.Published(db, region)
            .Select(n => new { n.Id, n.Title, n.Description, n.TargetParameters, n.Field, n.Keywords, n.EnterpriseName, n.RegionCode })
            .ToListAsync(ct);
        var achievements = await AchievementAccess.InRegion(db.Achievements.AsNoTracking(), db, region)
            .Select(a => new { a.Id, a.Title, a.Description, a.Field, a.Keywords, a.Holder, a.RegionCode })
            .ToListAsync(ct);
        var records = new List<MatchRecord>(needs.Count + achievements.Count);
        records.AddRange(needs.Select(n => new MatchRecord(Id(n.Id), MatchKind.Need, n.Title, Join(n.Description, n.TargetParameters), n.Field ?? "", n.Keywords, n.EnterpriseName, n.RegionCode)));
        records.AddRange(achievements.Select(a => new MatchRecord(Id(a.Id), MatchKind.Achievement, a.Title, a.Description ?? "", a.Field ?? "", a.Keywords, a.Holder, a.RegionCode)));
        if (withExperts)
        {
            for (var page = 1; ; page++)
            {
                var batch = await experts.HandleAsync(caller, new ListExpertsQuery(Page: page, PageSize: Common.Page<ExpertDto>.MaxSize), ct);
                records.AddRange(batch.Items.Select(ToRecord));
                if (batch.Items.Count == 0 || page * batch.PageSize >= batch.Total)
                {
                    break;
                }
            }
        }
        return records;
    }

    public static MatchRecord ToRecord(TechNeed n) =>
        new(Id(n.Id), MatchKind.Need, n.Title, Join(n.Description, n.TargetParameters), n.Field ?? "", n.Keywords, n.EnterpriseName, n.RegionCode);

    public static MatchRecord ToRecord(Achievement a) =>
        new(Id(a.Id), MatchKind.Achievement, a.Title, a.Description ?? "", a.Field ?? "", a.Keywords, a.Holder, a.RegionCode);

    /// <summary>An expert as a record: the name is the title, the fields are keywords (the main one the field), 职称 and fields the text.</summary>
    public static MatchRecord ToRecord(ExpertDto e) =>
        new(Id(e.Id), MatchKind.Expert, e.Name, Join(e.Title, string.Join("、", e.Fields)), e.Fields.FirstOrDefault() ?? "", e.Fields, e.Organisation, e.RegionCode);

    public static string Id(Guid id) => id.ToString("D");

    private static string Join(string? a, string? b) => string.Join("\n", new[] { a, b }.Where(t => !string.IsNullOrWhiteSpace(t)));
}
