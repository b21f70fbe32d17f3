using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises.Rules;
using Kechuang.Users;

namespace Kechuang.Enterprises.Evaluations;

/// <summary>How an enterprise stands against HTE recognition for fiscal years Y-2..Y, with every gap.</summary>
public sealed class EvaluateHte(KechuangDbContext db, TimeProvider clock)
{
    public async Task<HteEvaluation> HandleAsync(Caller caller, Guid id, int? year = null, DateOnly? asOf = null, CancellationToken ct = default)
    {
        var enterprise = await EnterpriseAccess.LoadAsync(db, caller, id, ct);
        var (y, date) = EvaluationData.Defaults(year, asOf, clock.TodayInChina());
        EvaluationRequests.CheckYear(y, clock.TodayInChina());
        var (facts, _) = await EvaluationData.LoadAsync(db, enterprise.Id, y, date, ct);
        return HteEvaluator.Evaluate(EvaluationData.HteInput(enterprise, y, date, facts));
    }
}

internal static class EvaluationRequests
{
    public static void CheckYear(int year, DateOnly today)
    {
        if (year > today.Year || year < YearFactsRules.FirstYear)
        {
            throw new ValidationFailedException("year", $"年度 {year} 无效：应在 {YearFactsRules.FirstYear}–{today.Year} 之间");
        }
    }
}
