using Kechuang.Common;
using Kechuang.Platforms.Kinds;
using Kechuang.Regions;

namespace Kechuang.Platforms;

/// <summary>What a platform, a recognition and an evaluation must be (docs/domain.md §7.2); pure, every problem at once.</summary>
public static class PlatformRules
{
    public const int MaxNameLength = 100;

    public static void Check(PlatformRequest r, PlatformCatalogue catalogue, Region? region, DateOnly today, Validation v)
    {
        if (string.IsNullOrWhiteSpace(r.Name))
        {
            v.Add("name", "请填写平台名称");
        }
        else if (r.Name.Trim().Length > MaxNameLength)
        {
            v.Add("name", $"平台名称不能超过{MaxNameLength}个字");
        }
        var kind = catalogue.Kind(r.Kind);
        if (kind is null)
        {
            v.Add("kind", catalogue.KindMessage);
        }
        KindLevel(kind, r.Level, v);
        if (string.IsNullOrWhiteSpace(r.RegionCode))
        {
            v.Add("regionCode", "请填写所在县（市、区）的区划代码");
        }
        else if (region is null || region.RetiredOn is not null)
        {
            v.Add("regionCode", $"区划代码 {r.RegionCode.Trim()} 不存在");
        }
        else if (region.Level != RegionLevel.County)
        {
            v.Add("regionCode", $"{region.Name}（{region.Code}）不是县级区划：研发平台登记在依托单位所在县（市、区）");
        }
        if (r.EnterpriseId is null && string.IsNullOrWhiteSpace(r.EnterpriseUscc) && string.IsNullOrWhiteSpace(r.HostName))
        {
            v.Add("enterpriseId", "请选择依托企业，或填写依托单位名称（高校、科研院所）");
        }
        if (r.HostName?.Trim().Length > MaxNameLength)
        {
            v.Add("hostName", $"依托单位名称不能超过{MaxNameLength}个字");
        }
        Date(r.RecognisedOn, null, today, v);
        if (r.DocumentNumber?.Trim().Length > 60)
        {
            v.Add("documentNumber", "认定文号不能超过60个字");
        }
        if (r.Field?.Trim().Length > 50)
        {
            v.Add("field", "技术领域不能超过50个字");
        }
    }

    /// <summary>A level that exists for the kind: 企业研究院 is only ever 省级, 企业研发中心 市级 or 县级.</summary>
    public static void KindLevel(PlatformKind? kind, string? levelText, Validation v)
    {
        var level = PlatformKinds.Level(levelText);
        if (level is null)
        {
            v.Add("level", $"级别应为：{string.Join("、", PlatformKinds.Levels)}");
        }
        else if (kind is not null && !kind.Levels.Contains(level))
        {
            v.Add("level", $"{kind.Name}没有{level}：只认定{string.Join("、", kind.Levels)}");
        }
    }

    /// <summary>A recognition date: given, not in the future, not before the previous recognition.</summary>
    public static void Date(DateOnly? recognisedOn, DateOnly? previous, DateOnly today, Validation v)
    {
        if (recognisedOn is not { } date)
        {
            v.Add("recognisedOn", "请填写认定日期");
        }
        else if (date > today)
        {
            v.Add("recognisedOn", $"认定日期 {Zh.Date(date)} 晚于今天");
        }
        else if (date.Year < 1990)
        {
            v.Add("recognisedOn", "认定日期不能早于1990年");
        }
        else if (previous is { } before && date < before)
        {
            v.Add("recognisedOn", $"认定日期 {Zh.Date(date)} 早于上一次认定（{Zh.Date(before)}）");
        }
    }

    public static void Upgrade(Platform platform, PlatformUpgradeRequest r, PlatformCatalogue catalogue, DateOnly today, Validation v)
    {
        var kind = catalogue.Kind(platform.Kind);
        KindLevel(kind, r.Level, v);
        if (PlatformKinds.Level(r.Level) is { } level && PlatformKinds.Rank(level) <= PlatformKinds.Rank(platform.Level))
        {
            v.Add("level", $"升级后的级别应高于现在的{platform.Level}");
        }
        Date(r.RecognisedOn, platform.Recognitions.Max(x => x.RecognisedOn), today, v);
        if (platform.WithdrawnOn is not null)
        {
            v.Add("level", "该平台已撤销，不能升级");
        }
    }

    public static void Evaluation(Platform platform, PlatformEvaluationRequest r, DateOnly today, Validation v)
    {
        if (r.Year is not { } year)
        {
            v.Add("year", "请填写评价年度");
        }
        else if (year < platform.RecognisedOn.Year || year > today.Year)
        {
            v.Add("year", $"评价年度应在 {platform.RecognisedOn.Year}—{today.Year} 年之间（平台 {Zh.Date(platform.RecognisedOn)} 认定）");
        }
        if (r.Grade?.Trim() is not { } grade || !PlatformKinds.Grades.Contains(grade))
        {
            v.Add("grade", $"评价结果应为：{string.Join("、", PlatformKinds.Grades)}");
        }
        if (r.Staff is < 0)
        {
            v.Add("staff", "研发人员数不能为负数");
        }
        if (r.RdSpending is < 0)
        {
            v.Add("rdSpending", "研发投入不能为负数");
        }
    }
}
