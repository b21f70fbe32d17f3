using System.Text.RegularExpressions;
using Kechuang.Common;
using Kechuang.Enterprises;
using Kechuang.Regions;

namespace Kechuang.Projects.Experts;

/// <summary>What an expert of the pool must be (docs/domain.md §6.1); pure, every problem at once.</summary>
public static partial class ExpertRules
{
    public const int MaxName = 50;
    public const int MaxOrganisation = 100;
    public const int MaxTitle = 30;
    public const int MaxReason = 100;
    public const int MaxFields = 10;
    public const int MaxFieldLength = 20;
    public const int MaxRelations = 50;

    public static void Check(ExpertRequest r, Region? region, Validation v)
    {
        Text(r.Name, "name", "专家姓名", MaxName, required: true, v);
        Text(r.Organisation, "organisation", "工作单位", MaxOrganisation, required: true, v);
        Text(r.Title, "title", "职称", MaxTitle, required: false, v);
        if (!string.IsNullOrWhiteSpace(r.OrganisationUscc) && Uscc.Problem(r.OrganisationUscc) is { } uscc)
        {
            v.Add("organisationUscc", "工作单位的" + uscc);
        }
        if (string.IsNullOrWhiteSpace(r.RegionCode))
        {
            v.Add("regionCode", "请选择专家所属的专家库（区划代码）");
        }
        else if (region is null || region.RetiredOn is not null)
        {
            v.Add("regionCode", $"区划代码 {r.RegionCode.Trim()} 不存在");
        }
        else if (region.Level == RegionLevel.Town)
        {
            v.Add("regionCode", $"{region.Name}是乡镇：专家库由县级以上科技局管理");
        }
        Fields(r.Fields, v);
        if (!string.IsNullOrWhiteSpace(r.Phone) && !PhonePattern().IsMatch(r.Phone.Trim()))
        {
            v.Add("phone", $"联系电话“{r.Phone.Trim()}”无效：应为11位手机号或带区号的固定电话，如 0577-63012345");
        }
        if (!string.IsNullOrWhiteSpace(r.Email) && (r.Email.Trim().Length > 100 || !EmailPattern().IsMatch(r.Email.Trim())))
        {
            v.Add("email", $"电子邮箱“{r.Email.Trim()}”无效");
        }
        if (r.Available == false && string.IsNullOrWhiteSpace(r.UnavailableReason))
        {
            v.Add("unavailableReason", "暂停评审请填写原因（如出国、退休、本人申请）");
        }
        Text(r.UnavailableReason, "unavailableReason", "暂停原因", MaxReason, required: false, v);
        Relations(r.Relations, v);
    }

    /// <summary>One to ten fields, each a short name, none twice.</summary>
    private static void Fields(IReadOnlyList<string>? fields, Validation v)
    {
        var given = (fields ?? []).Select(f => f?.Trim() ?? "").Where(f => f.Length > 0).ToList();
        if (given.Count == 0)
        {
            v.Add("fields", "请填写至少一个专业领域（抽取专家按领域匹配）");
        }
        else if (given.Count > MaxFields)
        {
            v.Add("fields", $"专业领域不能超过{MaxFields}个");
        }
        foreach (var field in given.Where(f => f.Length > MaxFieldLength))
        {
            v.Add("fields", $"专业领域“{field[..10]}…”过长（不超过{MaxFieldLength}个字）");
        }
        foreach (var twice in given.GroupBy(f => f).Where(g => g.Count() > 1))
        {
            v.Add("fields", $"专业领域“{twice.Key}”重复");
        }
    }

    /// <summary>Each relation an organisation or a person with a name; a code only for an organisation, and a valid one.</summary>
    private static void Relations(IReadOnlyList<ExpertRelationRequest>? relations, Validation v)
    {
        var given = relations ?? [];
        if (given.Count > MaxRelations)
        {
            v.Add("relations", $"回避关系不能超过{MaxRelations}条");
        }
        foreach (var (relation, i) in given.Select((r, i) => (r, i + 1)))
        {
            var kind = ExpertWords.Kind(relation?.Kind);
            if (kind is null)
            {
                v.Add("relations", $"第{i}条回避关系的类型应为 organisation（单位）或 person（人员）");
            }
            if (string.IsNullOrWhiteSpace(relation?.Name))
            {
                v.Add("relations", $"第{i}条回避关系请填写单位或人员名称");
            }
            else if (relation.Name.Trim().Length > MaxOrganisation)
            {
                v.Add("relations", $"第{i}条回避关系的名称不能超过{MaxOrganisation}个字");
            }
            if (!string.IsNullOrWhiteSpace(relation?.Uscc))
            {
                if (kind == ExpertWords.Person)
                {
                    v.Add("relations", $"第{i}条回避关系是人员，不填统一社会信用代码");
                }
                else if (Uscc.Problem(relation.Uscc) is { } problem)
                {
                    v.Add("relations", $"第{i}条回避关系的{problem}");
                }
            }
            if (relation?.Reason?.Trim().Length > MaxReason)
            {
                v.Add("relations", $"第{i}条回避关系的原因不能超过{MaxReason}个字");
            }
        }
        foreach (var twice in given.Where(r => ExpertWords.Kind(r?.Kind) is not null && !string.IsNullOrWhiteSpace(r?.Name))
                     .GroupBy(r => (ExpertWords.Kind(r.Kind), r.Name!.Trim())).Where(g => g.Count() > 1))
        {
            v.Add("relations", $"回避{ExpertWords.Chinese(twice.Key.Item1!)}“{twice.Key.Item2}”填写了两次");
        }
    }

    private static void Text(string? text, string field, string label, int max, bool required, Validation v) =>
        _ = required ? v.Text(text, field, label, max) : v.Optional(text, field, label, max);

    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
