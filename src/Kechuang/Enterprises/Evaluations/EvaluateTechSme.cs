using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises.Rules;
using Kechuang.Users;

namespace Kechuang.Enterprises.Evaluations;

/// <summary>How an enterprise scores in the tech-SME evaluation on year Y's figures.</summary>
public sealed class EvaluateTechSme(KechuangDbContext db, TimeProvider clock)
{
    public async Task<TechSmeEvaluation> HandleAsync(Caller caller, Guid id, int? year = null, CancellationToken ct = default)
    {
        var enterprise = await EnterpriseAccess.LoadAsync(db, caller, id, ct);
        var today = clock.TodayInChina();
        var (y, _) = EvaluationData.Defaults(year, null, today);
        EvaluationRequests.CheckYear(y, today);
        var (facts, titles) = await EvaluationData.LoadAsync(db, enterprise.Id, y, today, ct);
        return TechSmeEvaluator.Evaluate(EvaluationData.TechSmeInput(y, facts, EvaluationData.DirectQualification(titles, today)));
    }
}
