namespace Kechuang.Enterprises.Rules;

/// <summary>科技型中小企业评价 (评价办法 2017, 服务工作指引 2022).</summary>
public static class TechSmeEvaluator
{
    public static TechSmeEvaluation Evaluate(TechSmeInput input)
    {
        var direct = string.IsNullOrWhiteSpace(input.DirectQualification) ? null : input.DirectQualification.Trim();
        if (input.Facts is not { } facts)
        {
            return new TechSmeEvaluation(Verdicts.Ineligible, 0, direct, [], TechSmeConditions.Missing(input));
        }
        var parts = TechSmeScore.Parts(facts);
        var score = parts.Sum(p => p.Points);
        var techStaffPoints = parts.Single(p => p.Code == "techStaff").Points;
        var conditions = TechSmeConditions.All(input, facts, score, techStaffPoints, direct);
        var verdict = conditions.All(c => c.Passed == true) ? Verdicts.Eligible : Verdicts.Ineligible;
        return new TechSmeEvaluation(verdict, score, direct, parts, conditions);
    }
}
