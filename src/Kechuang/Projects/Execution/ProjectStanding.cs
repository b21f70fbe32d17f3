using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Execution;

/// <summary>
/// What an enterprise's past projects say about a new application (docs/domain.md §6.2, §6.6): a failed or terminated
/// project bars it until its ban ends; a project late for acceptance bars it until it applies.
/// </summary>
public static class ProjectStanding
{
    public static async Task<List<string>> ReasonsAsync(KechuangDbContext db, Guid enterpriseId, DateOnly today, CancellationToken ct)
    {
        var projects = await db.ProjectApplications.AsNoTracking()
            .Where(a => a.EnterpriseId == enterpriseId && (a.BanUntil >= today || a.Status == ApplicationStatus.InExecution))
            .ToListAsync(ct);
        var reasons = new List<string>();
        foreach (var p in projects.Where(p => p.BanUntil >= today))
        {
            reasons.Add($"项目《{p.Title}》{p.Status}，{Zh.Date(p.BanUntil!.Value)}前不得申报");
        }
        foreach (var p in projects.Where(p => p.Status == ApplicationStatus.InExecution && ExecutionRules.AcceptanceDueOn(p) < today))
        {
            reasons.Add($"项目《{p.Title}》逾期未申请验收（应于{Zh.Date(ExecutionRules.AcceptanceDueOn(p)!.Value)}前申请）");
        }
        return reasons;
    }
}
