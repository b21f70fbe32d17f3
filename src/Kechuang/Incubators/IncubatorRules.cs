using Kechuang.Common;
using Kechuang.Regions;

namespace Kechuang.Incubators;

/// <summary>What a carrier and its space must be (docs/domain.md §7.3); pure, every problem at once.</summary>
public static class IncubatorRules
{
    public const int MaxNameLength = 100;

    public static void Check(IncubatorRequest r, Region? region, DateOnly today, Validation v)
    {
        if (string.IsNullOrWhiteSpace(r.Name))
        {
            v.Add("name", "请填写载体名称");
        }
        else if (r.Name.Trim().Length > MaxNameLength)
        {
            v.Add("name", $"载体名称不能超过{MaxNameLength}个字");
        }
        if (IncubatorWords.Kind(r.Kind) is null)
        {
            v.Add("kind", $"载体类型应为：{string.Join("、", IncubatorWords.Kinds)}");
        }
        if (IncubatorWords.Level(r.Level) is null)
        {
            v.Add("level", $"级别应为：{string.Join("、", IncubatorWords.Levels)}");
        }
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
            v.Add("regionCode", $"{region.Name}（{region.Code}）不是县级区划：孵化载体登记在所在县（市、区）");
        }
        if (r.Operator?.Trim().Length > MaxNameLength)
        {
            v.Add("operator", $"运营主体不能超过{MaxNameLength}个字");
        }
        if (r.Address?.Trim().Length > 200)
        {
            v.Add("address", "地址不能超过200个字");
        }
        Area(r.AreaSqm, r.InUseOn, null, today, v);
    }

    /// <summary>Space: more than 0 and at most 10 km², in use on a date not in the future nor before the carrier opened.</summary>
    public static void Area(decimal? areaSqm, DateOnly? inUseOn, DateOnly? openedOn, DateOnly today, Validation v)
    {
        if (areaSqm is not { } area)
        {
            v.Add("areaSqm", "请填写面积（平方米）");
        }
        else if (area <= 0)
        {
            v.Add("areaSqm", "面积应大于 0 平方米");
        }
        else if (area > IncubatorWords.MaxAreaSqm)
        {
            v.Add("areaSqm", $"面积 {area.ToString("N0", Zh.Culture)} 平方米超过 10 平方公里，请检查单位：此处填平方米，不是万平方米");
        }
        if (inUseOn is not { } date)
        {
            v.Add("inUseOn", "请填写投入使用日期");
        }
        else if (date > today)
        {
            v.Add("inUseOn", $"投入使用日期 {Zh.Date(date)} 晚于今天：请在投入使用后登记");
        }
        else if (openedOn is { } opened && date < opened)
        {
            v.Add("inUseOn", $"投入使用日期 {Zh.Date(date)} 早于载体启用日期 {Zh.Date(opened)}");
        }
    }

    /// <summary>
    /// A tenant: an enterprise or a named team, entering on a date not in the future nor before the carrier opened (it
    /// cannot host anyone before it has space), renting at most the space the carrier had in use that day.
    /// </summary>
    public static void Tenant(IncubatorTenantRequest r, Incubator carrier, DateOnly today, Validation v)
    {
        if (r.EnterpriseId is null && string.IsNullOrWhiteSpace(r.Name))
        {
            v.Add("enterpriseId", "请填写企业库中企业的统一社会信用代码，或创业团队名称");
        }
        else if (r.EnterpriseId is null && r.Name!.Trim().Length > MaxNameLength)
        {
            v.Add("name", $"名称不能超过{MaxNameLength}个字");
        }
        if (r.EnteredOn is not { } entered)
        {
            v.Add("enteredOn", "请填写入驻日期");
        }
        else if (entered > today)
        {
            v.Add("enteredOn", $"入驻日期 {Zh.Date(entered)} 晚于今天：请在入驻后登记");
        }
        else if (entered < carrier.OpenedOn)
        {
            v.Add("enteredOn", $"入驻日期 {Zh.Date(entered)} 早于{carrier.Name}的启用日期 {Zh.Date(carrier.OpenedOn)}");
        }
        if (r.AreaSqm is { } area)
        {
            var space = carrier.AreaOn(r.EnteredOn is { } on && on >= carrier.OpenedOn ? on : today);
            if (area <= 0)
            {
                v.Add("areaSqm", "使用面积应大于 0 平方米");
            }
            else if (area > space)
            {
                v.Add("areaSqm", $"使用面积 {area.ToString("N0", Zh.Culture)} 平方米超过载体当时的在用面积 {space.ToString("N0", Zh.Culture)} 平方米");
            }
        }
    }

    /// <summary>Leaving: on a date from entry to today, as a graduate or not (the choice is the bureau's, stated each time).</summary>
    public static void Exit(IncubatorTenantExitRequest r, IncubatorTenant tenant, DateOnly today, Validation v)
    {
        if (r.LeftOn is not { } left)
        {
            v.Add("leftOn", "请填写离开日期");
        }
        else if (left > today)
        {
            v.Add("leftOn", $"离开日期 {Zh.Date(left)} 晚于今天");
        }
        else if (left < tenant.EnteredOn)
        {
            v.Add("leftOn", $"离开日期 {Zh.Date(left)} 早于入驻日期 {Zh.Date(tenant.EnteredOn)}");
        }
        if (r.Graduated is null)
        {
            v.Add("graduated", "请选择离开方式：毕业或退出");
        }
    }

    /// <summary>A service or event: held on a day the carrier was open, not in the future; a kind from the list; a title.</summary>
    public static void Activity(IncubatorActivityRequest r, Incubator carrier, DateOnly today, Validation v)
    {
        if (r.HeldOn is not { } held)
        {
            v.Add("heldOn", "请填写活动日期");
        }
        else if (held > today)
        {
            v.Add("heldOn", $"活动日期 {Zh.Date(held)} 晚于今天：请在活动举办后登记");
        }
        else if (held < carrier.OpenedOn)
        {
            v.Add("heldOn", $"活动日期 {Zh.Date(held)} 早于{carrier.Name}的启用日期 {Zh.Date(carrier.OpenedOn)}");
        }
        if (r.Kind?.Trim() is not { } kind || !IncubatorWords.ActivityKinds.Contains(kind))
        {
            v.Add("kind", $"服务类型应为：{string.Join("、", IncubatorWords.ActivityKinds)}");
        }
        if (string.IsNullOrWhiteSpace(r.Title))
        {
            v.Add("title", "请填写活动名称");
        }
        else if (r.Title.Trim().Length > MaxNameLength)
        {
            v.Add("title", $"活动名称不能超过{MaxNameLength}个字");
        }
        if (r.Participants is < 0 or > 100_000)
        {
            v.Add("participants", "参加人数应在 0 至 100000 之间");
        }
    }

    /// <summary>An evaluation: a year from the carrier's opening to this year, a grade from the list.</summary>
    public static void Evaluation(IncubatorEvaluationRequest r, Incubator carrier, DateOnly today, Validation v)
    {
        if (r.Year is not { } year)
        {
            v.Add("year", "请填写评价年度");
        }
        else if (year < carrier.OpenedOn.Year || year > today.Year)
        {
            v.Add("year", $"评价年度应在 {carrier.OpenedOn.Year}—{today.Year} 年之间（载体 {Zh.Date(carrier.OpenedOn)} 启用）");
        }
        if (r.Grade?.Trim() is not { } grade || !IncubatorWords.Grades.Contains(grade))
        {
            v.Add("grade", $"评价结果应为：{string.Join("、", IncubatorWords.Grades)}");
        }
        if (r.Remark?.Trim().Length > 200)
        {
            v.Add("remark", "说明不能超过200个字");
        }
    }
}
