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
/// own use cases <see cref="ExpertPoolVersion"/> and <see cref="ListExperts"/>. Each register is read only when its
/// watermark moved, and then only the rows that changed (ADR 0019).
/// </summary>
public sealed class MarketRecords(KechuangDbContext db, ListExperts experts, ExpertPoolVersion poolVersion, MarketIndex index)
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
        return await index.QueryAsync($"{caller.Region}|{(withExperts ? "x" : "-")}", async (synced, token) =>
        {
            // Read before the registers, so a commit in between moves it past what is marked and the next request looks again.
            var changed = await ChangeMarkAsync(token);
            if (synced.Watermark(Changes) != changed)
            {
                await SyncNeedsAsync(synced, caller.Region, token);
                await SyncAchievementsAsync(synced, caller.Region, token);
                synced.Mark(Changes, changed);
            }
            if (withExperts)
            {
                await SyncExpertsAsync(synced, caller, token);
            }
            await SyncVerdictsAsync(synced, caller.Region, token);
        }, query, ct);
    }

    /// <summary>
    /// The market register's count of changes (<see cref="Indicators.Derived.RegisterChanges.CountAsync"/>): a trigger
    /// raises it in the same transaction as every need or achievement write (SaveChanges' interceptor, and the imports'
    /// bulk path), and a reader sees exactly the committed ones, so an unmoved count means no need or achievement
    /// changed anywhere, on either database — one read of a few rows instead of the two aggregates over the region's
    /// rows (ADR 0019, ADR 0025).
    /// </summary>
    private async Task<string> ChangeMarkAsync(CancellationToken ct)
    {
        var count = await Indicators.Derived.RegisterChanges.CountAsync(db, MarketIndicators.RegisterName, ct);
        return count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    // Above this many changed rows (a region's first request, a large import) one read of the whole register beats
    // reading the changed rows by id.
    private const int ByIdLimit = 2_000;

    /// <summary>
    /// The needs' watermark is the count and the sum of the row versions of all the region's needs, whatever their
    /// review: every edit, publication, return or closing bumps its row's version (VersioningInterceptor) and needs
    /// are never deleted, so the sum moves with any change any node commits — unlike UpdatedAt, which comes from each
    /// node's clock and commits out of order. Only when it moved are the published ids and versions read, and the text
    /// of those the engine does not hold at that version.
    /// </summary>
    private async Task SyncNeedsAsync(MarketIndex.Synced synced, RegionCode region, CancellationToken ct)
    {
        var mark = await db.TechNeeds.AsNoTracking().Within(n => n.RegionCode, region, RegionColumn.CountyCodes, RegionScope.MatchFor(db))
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Versions = g.Sum(n => (long)n.Version) }).FirstOrDefaultAsync(ct);
        var watermark = $"{mark?.Count ?? 0}/{mark?.Versions ?? 0}";
        if (synced.Watermark(Needs) == watermark)
        {
            return;
        }
        var versions = await NeedAccess.Published(db, region).Select(n => new { n.Id, n.Version }).ToListAsync(ct);
        var changed = versions.Where(n => !synced.Holds(MatchKind.Need, Id(n.Id), Stamp(n.Version))).Select(n => n.Id).ToList();
        var rows = NeedAccess.Published(db, region);
        var read = new List<(MatchRecord, string)>(changed.Count);
        foreach (var chunk in Chunks(changed))
        {
            var part = chunk.Count > ByIdLimit ? rows : rows.Where(n => chunk.Contains(n.Id));
            var found = await part.Select(n => new { n.Id, n.Title, n.Description, n.TargetParameters, n.Field, n.Keywords, n.EnterpriseName, n.RegionCode, n.Version }).ToListAsync(ct);
            read.AddRange(found.Select(n => (new MatchRecord(Id(n.Id), MatchKind.Need, n.Title, Join(n.Description, n.TargetParameters), n.Field ?? "", n.Keywords, n.EnterpriseName, n.RegionCode), Stamp(n.Version))));
        }
        Apply(synced, MatchKind.Need, [.. versions.Select(n => Id(n.Id))], read);
        synced.Mark(Needs, watermark);
    }

    /// <summary>The achievements likewise: count and version sum of the region's, then only what changed.</summary>
    private async Task SyncAchievementsAsync(MarketIndex.Synced synced, RegionCode region, CancellationToken ct)
    {
        var all = AchievementAccess.InRegion(db.Achievements.AsNoTracking(), db, region);
        var mark = await all.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Versions = g.Sum(a => (long)a.Version) }).FirstOrDefaultAsync(ct);
        var watermark = $"{mark?.Count ?? 0}/{mark?.Versions ?? 0}";
        if (synced.Watermark(Achievements) == watermark)
        {
            return;
        }
        var versions = await all.Select(a => new { a.Id, a.Version }).ToListAsync(ct);
        var changed = versions.Where(a => !synced.Holds(MatchKind.Achievement, Id(a.Id), Stamp(a.Version))).Select(a => a.Id).ToList();
        var read = new List<(MatchRecord, string)>(changed.Count);
        foreach (var chunk in Chunks(changed))
        {
            var part = chunk.Count > ByIdLimit ? all : all.Where(a => chunk.Contains(a.Id));
            var found = await part.Select(a => new { a.Id, a.Title, a.Description, a.Field, a.Keywords, a.Holder, a.RegionCode, a.Version }).ToListAsync(ct);
            read.AddRange(found.Select(a => (new MatchRecord(Id(a.Id), MatchKind.Achievement, a.Title, a.Description ?? "", a.Field ?? "", a.Keywords, a.Holder, a.RegionCode), Stamp(a.Version))));
        }
        Apply(synced, MatchKind.Achievement, [.. versions.Select(a => Id(a.Id))], read);
        synced.Mark(Achievements, watermark);
    }

    /// <summary>Removes what is no longer there, puts what was read (a row read whole may be one the engine already holds).</summary>
    private static void Apply(MarketIndex.Synced synced, MatchKind kind, HashSet<string> present, List<(MatchRecord Record, string Stamp)> read)
    {
        foreach (var gone in synced.Held(kind).Where(id => !present.Contains(id)))
        {
            synced.Remove(kind, gone);
        }
        synced.Put([.. read.Where(r => present.Contains(r.Record.Id) && !synced.Holds(kind, r.Record.Id, r.Stamp))]);
    }

    /// <summary>The changed ids in chunks a query's parameter list takes; a chunk above <see cref="ByIdLimit"/> means "read them all".</summary>
    private static IEnumerable<List<Guid>> Chunks(List<Guid> ids)
    {
        if (ids.Count > ByIdLimit)
        {
            yield return ids;
            yield break;
        }
        for (var i = 0; i < ids.Count; i += 500)
        {
            yield return ids.GetRange(i, Math.Min(500, ids.Count - i));
        }
    }

    /// <summary>The pool, through its own use cases (ADR 0013): its watermark, and page by page only when that moved.</summary>
    private async Task SyncExpertsAsync(MarketIndex.Synced synced, Caller caller, CancellationToken ct)
    {
        var stamp = await poolVersion.HandleAsync(caller, ct);
        var watermark = $"{stamp.Count}/{stamp.Versions}";
        if (synced.Watermark(Experts) == watermark)
        {
            return;
        }
        var records = new List<MatchRecord>();
        for (var page = 1; ; page++)
        {
            var batch = await experts.HandleAsync(caller, new ListExpertsQuery(Page: page, PageSize: Common.Page<ExpertDto>.MaxSize), ct);
            records.AddRange(batch.Items.Select(ToRecord));
            if (batch.Items.Count == 0 || page * batch.PageSize >= batch.Total)
            {
                break;
            }
        }
        synced.SyncAll(records, [MatchKind.Expert]);
        synced.Mark(Experts, watermark);
    }

    /// <summary>
    /// The brokers' verdicts of the region (docs/domain.md §7.1.1): their watermark is the count and the newest id — a
    /// changed verdict is a new row (JudgePair), and ids are time-ordered (version 7) — then all of them when it moved.
    /// </summary>
    private async Task SyncVerdictsAsync(MarketIndex.Synced synced, RegionCode region, CancellationToken ct)
    {
        var verdicts = db.BrokerVerdicts.AsNoTracking().Within(b => b.RegionCode, region, RegionColumn.CountyCodes, RegionScope.MatchFor(db));
        var count = await verdicts.CountAsync(ct);
        var newest = await verdicts.OrderByDescending(b => b.Id).Select(b => b.Id).FirstOrDefaultAsync(ct);
        var watermark = $"{count}/{newest}";
        if (synced.Watermark(Verdicts) == watermark)
        {
            return;
        }
        var rows = await verdicts.Select(b => new { b.NeedId, b.OtherKind, b.OtherId, b.Verdict }).ToListAsync(ct);
        synced.SyncVerdicts([.. rows.Select(b => new PairVerdict(Id(b.NeedId), b.OtherKind == MarketHit.Expert ? MatchKind.Expert : MatchKind.Achievement, Id(b.OtherId),
            b.Verdict == Feedback.BrokerVerdict.Confirmed ? Verdict.Confirmed : Verdict.Rejected))]);
        synced.Mark(Verdicts, watermark);
    }

    private const string Changes = "changes";
    private const string Needs = "needs";
    private const string Achievements = "achievements";
    private const string Experts = "experts";
    private const string Verdicts = "verdicts";

    private static string Stamp(int version) => "v" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
