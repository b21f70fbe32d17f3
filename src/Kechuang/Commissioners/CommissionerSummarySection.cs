using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Reports;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Commissioners;

/// <summary>
/// 科技特派员 in the work summary (docs/domain.md §7.6, §8): the people sent for the year by level, persons and teams, the
/// towns they serve and the coverage of the region's towns, the 优秀 of the yearly assessment once any is given, judged
/// on 科技特派员数 against last year. No commissioner that year: no section.
/// </summary>
public sealed class CommissionerSummarySection(KechuangDbContext db) : ISummarySection
{
    public string Module => CommissionerIndicators.RegisterName;
    public IReadOnlyCollection<string> Keys { get; } = [CommissionerIndicators.Count];
    public int Order => 40;

    public async Task<SummarySection?> DraftAsync(SummaryContext context, CancellationToken ct)
    {
        var inRegion = CommissionerAccess.InRegion(db.Commissioners.AsNoTracking(), context.Code, RegionScope.MatchFor(db));
        var sent = await inRegion.Where(c => c.Year == context.Year).Include(c => c.Members).Include(c => c.Towns).AsSplitQuery().ToListAsync(ct);
        if (sent.Count == 0)
        {
            return null;                                  // no data: no section, never a printed 0
        }
        var lastYear = await inRegion.Where(c => c.Year == context.Year - 1)
            .Select(c => c.Kind == CommissionerWords.Team ? c.Members.Count : 1).ToListAsync(ct);
        var heads = sent.Sum(c => c.Headcount);
        var source = $"科技特派员登记：{context.Region.Name}{context.Year}年选派的科技特派员";

        var spans = new List<SummarySpan>
        {
            SummarySpan.Plain("一是"),
            SummaryPhrases.Opening(context, "科技特派员工作",
                SummaryPhrases.Tone(context, "科技特派员数", "commissioners.count", heads, lastYear.Sum(), CommissionerIndicators.Count)),
            SummarySpan.Plain($"{context.Year}年选派科技特派员"),
            context.Amount("commissioners.count", "科技特派员数", heads, "人", source, Module, CommissionerIndicators.Count),
        };
        var first = true;
        foreach (var level in CommissionerWords.Levels)
        {
            var persons = sent.Count(c => c.Level == level && c.Kind == CommissionerWords.Individual);
            var teams = sent.Count(c => c.Level == level && c.Kind == CommissionerWords.Team);
            if (persons + teams == 0)
            {
                continue;
            }
            spans.Add(SummarySpan.Plain((first ? "，其中" : "，") + level));
            first = false;
            if (persons > 0)
            {
                spans.Add(SummarySpan.Plain("个人科技特派员"));
                // "名" for people, as the bureaus write it; the figure's unit stays 人 (Zh.DecimalsOf).
                spans.Add(context.Figure($"commissioners.{level}.persons", $"{level}个人科技特派员数", persons, "人", $"{persons}名", source + $"中的{level}个人", Module, "commissioners.list"));
            }
            if (teams > 0)
            {
                spans.Add(SummarySpan.Plain(persons > 0 ? "、团队科技特派员" : "团队科技特派员"));
                spans.Add(context.Amount($"commissioners.{level}.teams", $"{level}团队科技特派员数", teams, "个", source + $"中的{level}团队", Module, "commissioners.list"));
            }
        }
        var served = sent.SelectMany(c => c.Towns).Select(t => t.TownCode).Distinct().Count();
        var total = await Coverage.CountTownsAsync(db, context.Code, ct);
        var townSource = $"科技特派员登记：{context.Region.Name}{context.Year}年科技特派员服务的乡镇";
        spans.Add(SummarySpan.Plain("，服务乡镇"));
        spans.Add(context.Amount("commissioners.towns", "服务乡镇数", served, "个", townSource, Module, "commissioners.towns"));
        if (Coverage.Rate(served, total) is { } rate)
        {
            spans.Add(SummarySpan.Plain("，覆盖率"));
            spans.Add(context.Amount("commissioners.coverage", "乡镇覆盖率", rate, "%", townSource + $"占全部{total}个乡镇的比例", Module, "commissioners.towns"));
        }
        // 年度考核: said only once some record of the year is graded, else the count of 优秀 would be a false 0.
        if (sent.Any(c => c.AssessmentGrade is not null))
        {
            var excellent = sent.Count(c => c.AssessmentGrade == CommissionerWords.Excellent);
            spans.Add(SummarySpan.Plain("，年度考核优秀"));
            spans.Add(context.Figure("commissioners.excellent", "年度考核优秀科技特派员数", excellent, "个", $"{excellent}名",
                source + "中年度考核为优秀的个人和团队", Module, "commissioners.excellent"));
        }
        spans.Add(SummarySpan.Plain("。"));
        return new SummarySection(Module, "深化科技特派员制度，服务乡村振兴", [new SummaryParagraph(spans)])
        {
            Highlight = [SummarySpan.Plain("选派科技特派员"), context.Cite("commissioners.count")!],
        };
    }

    /// <summary>The commissioners behind a figure (those graded 优秀 for that count), or the towns they serve for the coverage figures.</summary>
    public async Task<TraceRecords> TraceAsync(SummaryTrace trace, int take, CancellationToken ct)
    {
        var region = RegionCode.Parse(trace.RegionCode);
        var sent = CommissionerAccess.InRegion(db.Commissioners.AsNoTracking(), region, RegionScope.MatchFor(db)).Where(c => c.Year == trace.Year);
        if (trace.Key == "commissioners.towns")
        {
            var towns = sent.SelectMany(c => c.Towns, (c, t) => new { t.TownCode, c.Name });
            var rows = await towns.OrderBy(t => t.TownCode).Take(take).ToListAsync(ct);
            var names = await RegionLookup.ForAsync(db, ct, [.. rows.Select(r => r.TownCode).Distinct()]);
            return new TraceRecords($"本辖区{trace.Year}年科技特派员服务的乡镇", ["乡镇代码", "乡镇", "科技特派员"],
                [.. rows.Select(r => (IReadOnlyList<string>)[r.TownCode, names(r.TownCode)?.Name ?? "", r.Name])],
                await towns.CountAsync(ct));
        }
        if (trace.Key == "commissioners.excellent")
        {
            sent = sent.Where(c => c.AssessmentGrade == CommissionerWords.Excellent);
        }
        var list = await sent.Include(c => c.Members).Include(c => c.Towns).AsSplitQuery()
            .OrderBy(c => c.RegionCode).ThenBy(c => c.Name).Take(take).ToListAsync(ct);
        var title = trace.Key == "commissioners.excellent" ? $"本辖区{trace.Year}年年度考核优秀的科技特派员" : $"本辖区{trace.Year}年选派的科技特派员";
        return new TraceRecords(title, ["姓名或团队", "类型", "级别", "派出单位", "人数", "服务乡镇数", "年度考核"],
            [.. list.Select(c => (IReadOnlyList<string>)[c.Name, CommissionerWords.Chinese(c.Kind), c.Level, c.Institution ?? "",
                c.Headcount.ToString(Zh.Culture), c.Towns.Count.ToString(Zh.Culture), c.AssessmentGrade ?? ""])],
            await sent.CountAsync(ct));
    }
}
