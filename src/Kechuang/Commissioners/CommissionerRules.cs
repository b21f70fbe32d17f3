using Kechuang.Common;
using Kechuang.Regions;

namespace Kechuang.Commissioners;

/// <summary>What a commissioner's record must be (docs/domain.md §7.6); pure, every problem at once.</summary>
public static class CommissionerRules
{
    public const int MaxNameLength = 100;
    public const int FirstYear = 2000;
    public const int MaxMembers = 50;
    public const int MaxListed = 50;
    public const int MaxRemarkLength = 500;

    /// <summary>
    /// The whole request: <paramref name="region"/> is the county it names as the division list has it (null when
    /// unknown), <paramref name="regions"/> looks up the towns it names.
    /// </summary>
    public static void Check(CommissionerRequest r, Region? region, Func<string, Region?> regions, DateOnly today, Validation v)
    {
        if (string.IsNullOrWhiteSpace(r.Name))
        {
            v.Add("name", "请填写科技特派员姓名或团队名称");
        }
        else if (r.Name.Trim().Length > MaxNameLength)
        {
            v.Add("name", $"姓名或团队名称不能超过{MaxNameLength}个字");
        }
        var kind = CommissionerWords.Kind(r.Kind);
        if (kind is null)
        {
            v.Add("kind", "类型应为：individual（个人）或 team（团队）");
        }
        if (CommissionerWords.Level(r.Level) is null)
        {
            v.Add("level", $"级别应为：{string.Join("、", CommissionerWords.Levels)}");
        }
        // The year a commissioner is sent for: no earlier than the register's records, at most next year's 选派.
        if (r.Year is not { } year)
        {
            v.Add("year", "请填写服务年度");
        }
        else if (year < FirstYear || year > today.Year + 1)
        {
            v.Add("year", $"服务年度应在{FirstYear}年至{today.Year + 1}年之间");
        }
        var county = County(r.RegionCode, region, v);
        Towns(r.Towns, county, regions, v);
        ServiceDays(r.Towns, r.Year, v);
        Members(kind, r.Members, v);
        Text(r.Institution, "institution", "派出单位", v);
        Text(r.Field, "field", "服务领域", v);
        Projects(r.Projects, v);
        if (r.Enterprises is { Count: > MaxListed })
        {
            v.Add("enterprises", $"服务的企业和合作社最多填写{MaxListed}个");
        }
        else if (r.Enterprises?.Any(e => e?.Trim().Length > MaxNameLength) == true)
        {
            v.Add("enterprises", $"企业或合作社名称不能超过{MaxNameLength}个字");
        }
    }

    /// <summary>
    /// 年度考核 of a record (docs/domain.md §7.6): a grade of the list and a short remark, once the service year has begun
    /// (next year's 选派 registered ahead has nothing to assess yet).
    /// </summary>
    public static void Assessment(Commissioner commissioner, CommissionerAssessmentRequest r, DateOnly today, Validation v)
    {
        if (string.IsNullOrWhiteSpace(r.Grade))
        {
            v.Add("grade", $"请选择考核等次：{string.Join("、", CommissionerWords.Grades)}");
        }
        else if (!CommissionerWords.Grades.Contains(r.Grade.Trim()))
        {
            v.Add("grade", $"考核等次应为：{string.Join("、", CommissionerWords.Grades)}");
        }
        else if (commissioner.Year > today.Year)
        {
            v.Add("grade", $"{commissioner.Year}年度尚未开始，不能考核");
        }
        if (r.Remark?.Trim().Length > MaxRemarkLength)
        {
            v.Add("remark", $"考核意见不能超过{MaxRemarkLength}个字");
        }
    }

    /// <summary>A county-level region in the list: commissioners are sent to a county and serve its towns.</summary>
    private static Region? County(string? code, Region? region, Validation v)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            v.Add("regionCode", "请填写服务的县（市、区）的区划代码");
        }
        else if (region is null || region.RetiredOn is not null)
        {
            v.Add("regionCode", $"区划代码 {code.Trim()} 不存在");
        }
        else if (region.Level != RegionLevel.County)
        {
            v.Add("regionCode", $"{region.Name}（{region.Code}）不是县级区划：科技特派员登记在服务的县（市、区）");
        }
        else
        {
            return region;
        }
        return null;
    }

    /// <summary>At least one town, each a current town (乡镇) whose parent is the county.</summary>
    private static void Towns(IReadOnlyList<CommissionerTownRequest>? towns, Region? county, Func<string, Region?> regions, Validation v)
    {
        var codes = towns?.Select(t => t?.Code?.Trim() ?? "").ToList() ?? [];
        if (codes.Count == 0 || codes.All(c => c.Length == 0))
        {
            v.Add("towns", "请选择服务的乡镇");
            return;
        }
        if (county is null)
        {
            return;          // the region's own error says it all
        }
        foreach (var code in codes.Distinct())
        {
            var town = code.Length == 0 ? null : regions(code);
            if (town is null || town.RetiredOn is not null || town.Level != RegionLevel.Town || town.ParentCode != county.Code)
            {
                v.Add("towns", $"乡镇 {(code.Length == 0 ? "（空）" : code)} 不属于{county.Name}");
            }
        }
    }

    /// <summary>The days of service in a town, when given: within the service year, the first not after the last.</summary>
    private static void ServiceDays(IReadOnlyList<CommissionerTownRequest>? towns, int? year, Validation v)
    {
        var given = (towns ?? []).Where(t => !string.IsNullOrWhiteSpace(t?.Code)).Select(t => t with { Code = t.Code!.Trim() }).ToList();
        foreach (var twice in given.GroupBy(t => t.Code).Where(g => g.Select(t => t.Said).Distinct().Count() > 1))
        {
            v.Add("towns", $"乡镇 {twice.Key} 填写了两次且服务日期或服务村不同");
        }
        foreach (var town in given.DistinctBy(t => t.Code))
        {
            var code = town.Code;
            if (year is { } y && (Outside(town.From, y) || Outside(town.To, y)))
            {
                v.Add("towns", $"乡镇 {code} 的服务日期应在服务年度{y}年内");
            }
            else if (town.From > town.To)
            {
                v.Add("towns", $"乡镇 {code} 的服务开始日期 {town.From:yyyy-MM-dd} 晚于结束日期 {town.To:yyyy-MM-dd}");
            }
            Villages(code!, town.VillageNames, v);
        }
    }

    public const int MaxVillageName = 30;
    public const int MaxVillages = 50;

    /// <summary>The villages of a town, by name: each at most <see cref="MaxVillageName"/> characters, none twice.</summary>
    private static void Villages(string town, IReadOnlyList<string> villages, Validation v)
    {
        if (villages.Count > MaxVillages)
        {
            v.Add("towns", $"乡镇 {town} 的服务村不能超过{MaxVillages}个");
        }
        foreach (var name in villages.Where(n => n.Length > MaxVillageName))
        {
            v.Add("towns", $"乡镇 {town} 的服务村“{name[..10]}…”名称过长（不超过{MaxVillageName}个字）");
        }
        foreach (var twice in villages.GroupBy(n => n).Where(g => g.Count() > 1))
        {
            v.Add("towns", $"乡镇 {town} 的服务村“{twice.Key}”重复");
        }
    }

    private static bool Outside(DateOnly? day, int year) => day is { } d && d.Year != year;

    /// <summary>A team names its members (each with a name); a person has none.</summary>
    private static void Members(string? kind, IReadOnlyList<CommissionerMemberRequest>? members, Validation v)
    {
        var count = members?.Count ?? 0;
        if (kind == CommissionerWords.Team && count == 0)
        {
            v.Add("members", "团队科技特派员请填写团队成员");
        }
        else if (kind == CommissionerWords.Individual && count > 0)
        {
            v.Add("members", "个人科技特派员不填团队成员；团队请选择“团队”类型");
        }
        else if (count > MaxMembers)
        {
            v.Add("members", $"团队成员最多{MaxMembers}人");
        }
        else if (members?.Any(m => string.IsNullOrWhiteSpace(m.Name) || m.Name.Trim().Length > 50) == true)
        {
            v.Add("members", "请填写每位团队成员的姓名（不超过50个字）");
        }
        else if (members?.Any(m => m.Institution?.Trim().Length > MaxNameLength || m.Expertise?.Trim().Length > MaxNameLength) == true)
        {
            v.Add("members", $"成员的单位和专长不能超过{MaxNameLength}个字");
        }
    }

    /// <summary>Service projects: a name each; funds in yuan, not negative, to the fen (docs/domain.md §9, money).</summary>
    private static void Projects(IReadOnlyList<CommissionerProjectRequest>? projects, Validation v)
    {
        if (projects is null)
        {
            return;
        }
        if (projects.Count > MaxListed)
        {
            v.Add("projects", $"服务项目最多填写{MaxListed}个");
        }
        else if (projects.Any(p => string.IsNullOrWhiteSpace(p.Name) || p.Name.Trim().Length > MaxNameLength))
        {
            v.Add("projects", $"请填写每个服务项目的名称（不超过{MaxNameLength}个字）");
        }
        else if (projects.Any(p => p.FundsYuan < 0))
        {
            v.Add("projects", "项目经费不能为负数");
        }
        else if (projects.Any(p => p.FundsYuan is { } f && decimal.Round(f, 2) != f))
        {
            v.Add("projects", "项目经费以元为单位，最多两位小数");
        }
    }

    private static void Text(string? value, string field, string label, Validation v)
    {
        if (value?.Trim().Length > MaxNameLength)
        {
            v.Add(field, $"{label}不能超过{MaxNameLength}个字");
        }
    }
}
