using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Reports;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Talent;

/// <summary>
/// 人才 in the work summary (docs/domain.md §7.7, §8): "全年全县入选省级以上人才计划3人，新招引研究生55名、博士后2名" — only
/// the parts with a figure above zero; none at all: no section.
/// </summary>
public sealed class TalentSummarySection(KechuangDbContext db) : ISummarySection
{
    public string Module => TalentIndicators.RegisterName;
    public IReadOnlyCollection<string> Keys { get; } = [TalentIndicators.Awarded, TalentIndicators.Postgraduates, TalentIndicators.Postdocs];
    public int Order => 42;

    public async Task<SummarySection?> DraftAsync(SummaryContext context, CancellationToken ct)
    {
        var (from, to) = (context.From, context.To);
        var awards = await TalentCounts.AwardsAsync(db, context.Code, from.AddYears(-1), to, ct);
        var recruits = await TalentCounts.RecruitsAsync(db, context.Code, from.AddYears(-1), to, ct);
        var awarded = TalentCounts.ProvincialOrAbove(awards, from, to);
        var postgraduates = TalentCounts.Postgraduates(recruits, from, to);
        var postdocs = TalentCounts.Postdocs(recruits, from, to);
        if (awarded == 0 && postgraduates == 0 && postdocs == 0)
        {
            return null;                                  // no data: no section, never a printed 0
        }
        var (lastFrom, lastTo) = (from.AddYears(-1), to.AddYears(-1));
        var period = $"{context.Region.Name}{Zh.Date(from)}至{Zh.Date(to)}";
        var tone = awarded > 0
            ? SummaryPhrases.Tone(context, "入选省级以上人才计划人数", "talent.awarded", awarded, TalentCounts.ProvincialOrAbove(awards, lastFrom, lastTo), TalentIndicators.Awarded)
            : SummaryPhrases.Tone(context, "新招引研究生数", "talent.postgraduates", postgraduates, TalentCounts.Postgraduates(recruits, lastFrom, lastTo), TalentIndicators.Postgraduates);
        var spans = new List<SummarySpan>
        {
            SummarySpan.Plain("一是"),
            SummaryPhrases.Opening(context, "人才工作", tone),
            SummarySpan.Plain($"{context.PeriodPhrase}{Whole(context.Region)}"),
        };
        if (awarded > 0)
        {
            spans.Add(SummarySpan.Plain("入选省级以上人才计划"));
            spans.Add(context.Figure("talent.awarded", "入选省级以上人才计划人数", awarded, "人", $"{awarded}人",
                $"人才计划申报登记：{period}公布入选国家级、省级人才计划的人才", Module, TalentIndicators.Awarded));
        }
        if (postgraduates > 0 || postdocs > 0)
        {
            spans.Add(SummarySpan.Plain(awarded > 0 ? "，新招引" : "新招引"));
            if (postgraduates > 0)
            {
                spans.Add(SummarySpan.Plain("研究生"));
                spans.Add(context.Figure("talent.postgraduates", "新招引研究生数", postgraduates, "人", $"{postgraduates}名",
                    $"企业人才招引登记：{period}入职的硕士、博士研究生", Module, TalentIndicators.Postgraduates));
            }
            if (postdocs > 0)
            {
                spans.Add(SummarySpan.Plain(postgraduates > 0 ? "、博士后" : "博士后"));
                spans.Add(context.Figure("talent.postdocs", "新招引博士后数", postdocs, "人", $"{postdocs}名",
                    $"企业人才招引登记：{period}入职的博士后", Module, TalentIndicators.Postdocs));
            }
        }
        spans.Add(SummarySpan.Plain("。"));
        var headline = awarded > 0 ? "talent.awarded" : postgraduates > 0 ? "talent.postgraduates" : "talent.postdocs";
        return new SummarySection(Module, "深化人才引育", [new SummaryParagraph(spans)])
        {
            Highlight = [SummarySpan.Plain(awarded > 0 ? "入选省级以上人才计划" : postgraduates > 0 ? "新招引研究生" : "新招引博士后"), context.Cite(headline)!],
        };
    }

    /// <summary>The records behind a figure: the awards announced, or the recruits who joined, from 1 January to the month's end.</summary>
    public async Task<TraceRecords> TraceAsync(SummaryTrace trace, int take, CancellationToken ct)
    {
        var region = RegionCode.Parse(trace.RegionCode);
        var from = new DateOnly(trace.Year, 1, 1);
        var to = new DateOnly(trace.Year, trace.Month, 1).AddMonths(1).AddDays(-1);
        if (trace.Key == TalentIndicators.Awarded)
        {
            var levels = await db.TalentProgrammes.AsNoTracking().Where(p => p.Level == TalentRules.National || p.Level == TalentRules.Provincial)
                .ToDictionaryAsync(p => p.Id, p => p.Name, ct);
            var ids = levels.Keys.ToList();
            var awards = TalentAccess.InRegion(db.TalentAwards.AsNoTracking(), a => a.RegionCode, region, db)
                .Where(a => a.Status == TalentRules.Awarded && a.DecidedOn >= from && a.DecidedOn <= to && ids.Contains(a.ProgrammeId));
            var list = await awards.OrderBy(a => a.DecidedOn).ThenBy(a => a.Id).Take(take).ToListAsync(ct);
            return new TraceRecords($"本辖区{Zh.Date(from)}至{Zh.Date(to)}入选省级以上人才计划的人才", ["人才计划", "姓名", "用人单位", "入选日期"],
                [.. list.Select(a => (IReadOnlyList<string>)[levels[a.ProgrammeId], a.PersonName, a.Employer, Zh.Date(a.DecidedOn!.Value)])],
                await awards.CountAsync(ct));
        }
        var recruits = TalentAccess.InRegion(db.TalentRecruits.AsNoTracking(), r => r.RegionCode, region, db)
            .Where(r => r.RecruitedOn >= from && r.RecruitedOn <= to);
        recruits = trace.Key == TalentIndicators.Postdocs
            ? recruits.Where(r => r.Degree == TalentRules.Postdoc)
            : recruits.Where(r => r.Degree == TalentRules.Master || r.Degree == TalentRules.Doctor);
        var rows = await recruits.OrderBy(r => r.RecruitedOn).ThenBy(r => r.Id).Take(take).ToListAsync(ct);
        return new TraceRecords($"本辖区{Zh.Date(from)}至{Zh.Date(to)}企业新招引的{(trace.Key == TalentIndicators.Postdocs ? "博士后" : "研究生")}",
            ["姓名", "学历", "毕业院校", "企业", "入职日期"],
            [.. rows.Select(r => (IReadOnlyList<string>)[r.PersonName, r.Degree, r.School, r.Employer, Zh.Date(r.RecruitedOn)])],
            await recruits.CountAsync(ct));
    }

    /// <summary>全县, 全区, 全市 or 全省: how the bureau names its whole area.</summary>
    private static string Whole(Region region) => region.Level switch
    {
        RegionLevel.County when region.Name.EndsWith('区') => "全区",
        RegionLevel.County when region.Name.EndsWith('市') => "全市",
        RegionLevel.County => "全县",
        RegionLevel.Prefecture => "全市",
        RegionLevel.Province => "全省",
        _ => "全国",
    };
}
