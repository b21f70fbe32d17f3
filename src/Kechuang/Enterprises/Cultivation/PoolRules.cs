using Kechuang.Common;

namespace Kechuang.Enterprises.Cultivation;

internal static class PoolRules
{
    public static void Check(PoolEntryRequest r, DateOnly today, Validation v, bool creating)
    {
        if (creating)
        {
            v.Require(r.EnterpriseId is not null, "enterpriseId", "请选择企业");
            v.Require(r.Year is not null && r.Year >= today.Year - 1 && r.Year <= today.Year + 1, "year", $"培育年度应在 {today.Year - 1}–{today.Year + 1} 之间");
            v.Require(r.Target is not null && CultivationOptions.Targets.Contains(r.Target.Trim()), "target", $"培育目标应为：{string.Join("、", CultivationOptions.Targets)}");
        }
        v.Require(r.Stage is not null && CultivationOptions.Stages.Contains(r.Stage.Trim()), "stage", $"阶段应为：{string.Join("、", CultivationOptions.Stages)}");
        v.Require(r.Notes is null || r.Notes.Length <= 2000, "notes", "备注不能超过2000字");
    }
}
