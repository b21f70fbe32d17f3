using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Applications;

/// <summary>Filters: a call, a status, <see cref="Q"/> in the project's or the enterprise's name.</summary>
public sealed record ListApplicationsQuery(Guid? CallId = null, string? Status = null, string? Q = null, string? RegionCode = null, int? Page = null, int? PageSize = null);

public sealed class ListApplications(KechuangDbContext db)
{
    public async Task<Page<ApplicationDto>> HandleAsync(Caller caller, ListApplicationsQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<ApplicationDto>.Normalize(query.Page, query.PageSize);
        var applications = ApplicationAccess.Visible(db, caller, query.RegionCode);
        if (query.CallId is { } call)
        {
            applications = applications.Where(a => a.CallId == call);
        }
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = query.Status.Trim();
            if (!ApplicationStatus.All.Contains(status))
            {
                throw new ValidationFailedException("status", $"状态“{status}”无效：应为{string.Join("、", ApplicationStatus.All)}");
            }
            applications = applications.Where(a => a.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            applications = applications.Where(a => EF.Functions.Like(a.Title, pattern, "\\") || EF.Functions.Like(a.EnterpriseName, pattern, "\\"));
        }
        var total = await applications.CountAsync(ct);
        var items = await applications.OrderByDescending(a => a.SubmittedAt ?? a.CreatedAt).ThenBy(a => a.Title)
            .Include(a => a.Members).Include(a => a.Milestones).Include(a => a.Budget).Include(a => a.Attachments).AsSplitQuery()
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var callIds = items.Select(a => a.CallId).Distinct().ToList();
        var titles = await db.ProjectCalls.AsNoTracking().Where(c => callIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title, ct);
        return new Page<ApplicationDto>([.. items.Select(a => ApplicationDto.From(a, titles.GetValueOrDefault(a.CallId, "")))], total, page, size);
    }
}
