using System.Globalization;
using Kechuang.Common;

namespace Kechuang.Outreach;

/// <summary>What the registers' records must be (docs/domain.md §7.9); pure, every problem at once.</summary>
public static class OutreachRules
{
    public const int MaxName = 100;
    public const int MaxRemark = 500;

    /// <summary>The most one activity may report: a county-wide 科技活动周 reaches tens of thousands, not millions.</summary>
    public const int MaxAttendance = 1_000_000;

    public const int DefaultJudges = 5;

    public static void Activity(ActivityRequest r, DateOnly today, Validation v)
    {
        if (!OutreachWords.ActivityKinds.Contains(r.Kind?.Trim() ?? ""))
        {
            v.Add("kind", $"活动类型应为：{string.Join("、", OutreachWords.ActivityKinds)}");
        }
        Text(r.Title, "title", "活动名称", v);
        Text(r.Organisers, "organisers", "主办单位", v);
        Text(r.Place, "place", "活动地点", v);
        Optional(r.Remark, "remark", "备注", MaxRemark, v);
        if (r.HeldOn is not { } held)
        {
            v.Add("heldOn", "请填写活动日期");
        }
        else if (held > today)
        {
            v.Add("heldOn", $"只登记已举办的活动：日期不能晚于今天（{Zh.Date(today)}）");
        }
        else if (held.Year < 2000)
        {
            v.Add("heldOn", "活动日期应在2000年以后");
        }
        if (r.Attendance is not { } n || n < 1 || n > MaxAttendance)
        {
            v.Add("attendance", $"请填写参与人次（1至{MaxAttendance.ToString("N0", CultureInfo.InvariantCulture)}）");
        }
    }

    public static void Base(ScienceBaseRequest r, DateOnly today, Validation v)
    {
        Text(r.Name, "name", "基地名称", v);
        Text(r.Host, "host", "依托单位", v);
        Level(r.Level, "level", "认定级别", v);
        if (r.RecognisedOn is not { } on)
        {
            v.Add("recognisedOn", "请填写认定日期");
        }
        else if (on > today)
        {
            v.Add("recognisedOn", "认定日期不能晚于今天");
        }
    }

    public static void Competition(CompetitionRequest r, DateOnly today, Validation v)
    {
        Text(r.Name, "name", "大赛名称", v);
        Text(r.Organiser, "organiser", "主办单位", v);
        Level(r.Level, "level", "大赛级别", v);
        if (r.Year is not { } year || year < 2000 || year > today.Year + 1)
        {
            v.Add("year", $"年度应在2000年至{today.Year + 1}年之间");
        }
    }

    public static void Entry(EntryRequest r, Competition competition, DateOnly today, Validation v)
    {
        if (r.EnterpriseId is null && string.IsNullOrWhiteSpace(r.TeamName))
        {
            v.Add("enterpriseId", "请选择参赛企业，或填写团队名称");
        }
        else if (r.EnterpriseId is not null && !string.IsNullOrWhiteSpace(r.TeamName))
        {
            v.Add("teamName", "参赛主体只能是一家企业或一个团队：选择了企业就不填团队名称");
        }
        Optional(r.TeamName, "teamName", "团队名称", MaxName, v);
        Optional(r.Leader, "leader", "负责人", 50, v);
        Optional(r.Track, "track", "赛道/组别", 50, v);
        Text(r.ProjectTitle, "projectTitle", "参赛项目名称", v);
        var award = r.Award?.Trim();
        if (!string.IsNullOrEmpty(award) && !OutreachWords.Awards.Contains(award))
        {
            v.Add("award", $"奖项应为：{string.Join("、", OutreachWords.Awards)}");
        }
        if (!string.IsNullOrWhiteSpace(r.AwardLevel))
        {
            Level(r.AwardLevel, "awardLevel", "获奖级别", v);
        }
        if (string.IsNullOrEmpty(award) && (!string.IsNullOrWhiteSpace(r.AwardLevel) || r.AwardedOn is not null))
        {
            v.Add("award", "填写了获奖级别或日期，请同时填写奖项");
        }
        if (!string.IsNullOrEmpty(award) && r.AwardedOn is null)
        {
            v.Add("awardedOn", "请填写获奖日期（按获奖日期计入当年的获奖数）");
        }
        if (r.AwardedOn is { } on && (on > today || on.Year < competition.Year))
        {
            v.Add("awardedOn", $"获奖日期应在{competition.Year}年以后、不晚于今天");
        }
    }

    public static void Round(RoundRequest r, Competition competition, Validation v)
    {
        var stage = r.Stage?.Trim();
        if (!OutreachWords.Stages.Contains(stage ?? ""))
        {
            v.Add("stage", "赛程应为：初赛、复赛、决赛");
        }
        else if (competition.Rounds.Any(x => x.Stage == stage))
        {
            v.Add("stage", $"本大赛已登记{stage}");
        }
        if (r.HeldOn is not { } on)
        {
            v.Add("heldOn", "请填写比赛日期");
        }
        else if (on.Year < competition.Year - 1 || on.Year > competition.Year + 1)
        {
            v.Add("heldOn", $"比赛日期应在{competition.Year}年前后");
        }
    }

    public static void Judges(JudgeDrawRequest r, Validation v)
    {
        if (r.Judges is { } n && (n < 3 || n > 9 || n % 2 == 0))
        {
            v.Add("judges", "评委人数应为 3 到 9 人的单数");
        }
        if (r.Seed is { } seed && (seed < 1 || seed > int.MaxValue))
        {
            v.Add("seed", "随机种子应为正整数（重放以前的抽取时填写记录的种子）");
        }
    }

    public static void Scores(ScoresRequest r, IReadOnlySet<Guid> entries, Validation v)
    {
        if (r.Scores is not { Count: > 0 } lines)
        {
            v.Add("scores", "请填写至少一个参赛项目的得分");
            return;
        }
        for (var i = 0; i < lines.Count; i++)
        {
            if (!entries.Contains(lines[i].EntryId))
            {
                v.Add($"scores[{i}].entryId", "该参赛项目不属于本大赛");
            }
            else if (lines.Take(i).Any(l => l.EntryId == lines[i].EntryId))
            {
                v.Add($"scores[{i}].entryId", "同一参赛项目重复打分");
            }
            if (lines[i].Score is { } s && (s < 0 || s > 100 || decimal.Round(s, 2) != s))
            {
                v.Add($"scores[{i}].score", "得分应在0至100之间，最多两位小数");
            }
        }
    }

    /// <summary>Places in a round: highest first, equal scores share a place (1, 2, 2, 4).</summary>
    public static IReadOnlyList<(Guid EntryId, decimal Score, int Rank)> Ranks(IEnumerable<(Guid EntryId, decimal Score)> scores)
    {
        var ordered = scores.OrderByDescending(s => s.Score).ThenBy(s => s.EntryId).ToList();
        return [.. ordered.Select(s => (s.EntryId, s.Score, 1 + ordered.Count(o => o.Score > s.Score)))];
    }

    /// <summary>JPEG or PNG by the first bytes: a renamed file of another kind is not a photo.</summary>
    public static string? PhotoType(ReadOnlySpan<byte> b) =>
        b.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }) ? "image/jpeg"
        : b.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }) ? "image/png"
        : null;

    /// <summary>The name without any path, with the extension of its detected type ("evil.html" holding a PNG is "evil.png").</summary>
    public static string PhotoName(string? fileName, string contentType) =>
        FileNames.Stem(fileName, "活动照片") + (contentType == "image/png" ? ".png" : ".jpg");

    /// <summary>人次 as the house style says it: "3.52万人次" from ten thousand, else "850人次".</summary>
    public static string Attendance(long people) =>
        people >= 10_000 ? (people / 10_000m).ToString("0.##", Zh.Culture) + "万人次" : Zh.Number(people) + "人次";

    private static void Level(string? level, string field, string label, Validation v)
    {
        if (!OutreachWords.Levels.Contains(level?.Trim() ?? ""))
        {
            v.Add(field, $"{label}应为：{string.Join("、", OutreachWords.Levels)}");
        }
    }

    private static void Text(string? text, string field, string label, Validation v, int max = MaxName) => v.Text(text, field, label, max);

    private static void Optional(string? text, string field, string label, int max, Validation v) => v.Optional(text, field, label, max);

    internal static string? Blank(string? text) => Validation.Blank(text);
}
