using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Projects.Applications;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Reviews;

public sealed record PublicityProject(string Title, string EnterpriseName, decimal Funding);

public sealed record PublicityNotice(Guid CallId, string CallTitle, string Programme, int Year, string RegionCode, DateOnly From, DateOnly Until,
    IReadOnlyList<PublicityProject> Projects);

/// <summary>
/// The public 立项公示 page (docs/domain.md §6.5): anyone may read the lists whose period has begun and not yet ended —
/// project, applicant and funding, nothing else of the application.
/// </summary>
public sealed class ListPublicity(KechuangDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<PublicityNotice>> HandleAsync(CancellationToken ct = default)
    {
        var today = clock.TodayInChina();
        var calls = await db.ProjectCalls.AsNoTracking()
            .Where(c => c.PublicityFrom != null && c.PublicityFrom <= today && c.PublicityUntil >= today)
            .OrderByDescending(c => c.PublicityFrom).ToListAsync(ct);
        var ids = calls.Select(c => c.Id).ToList();
        var projects = await db.ProjectApplications.AsNoTracking()
            .Where(a => ids.Contains(a.CallId) && a.Status == ApplicationStatus.Proposed)
            .Select(a => new { a.CallId, a.Title, a.EnterpriseName, a.ApprovedFunding }).ToListAsync(ct);
        return [.. calls.Select(c => new PublicityNotice(c.Id, c.Title, c.Programme, c.Year, c.RegionCode, c.PublicityFrom!.Value, c.PublicityUntil!.Value,
            [.. projects.Where(p => p.CallId == c.Id).OrderByDescending(p => p.ApprovedFunding).ThenBy(p => p.Title, StringComparer.Ordinal)
                .Select(p => new PublicityProject(p.Title, p.EnterpriseName, p.ApprovedFunding ?? 0))]))];
    }
}
