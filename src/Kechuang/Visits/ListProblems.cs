using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Visits;

/// <summary><see cref="Mine"/>: only the problems assigned to the caller.</summary>
public sealed record ListProblemsQuery(string? Status = null, string? Region = null, int? Year = null, string? Category = null, string? Q = null, int? Page = null, int? PageSize = null, bool? Mine = null);

/// <summary>GET /api/visit-problems: open (including overdue), overdue (open past the due date) or closed problems.</summary>
public sealed class ListProblems(KechuangDbContext db, TimeProvider clock)
{
    public async Task<Page<ProblemDto>> HandleAsync(Caller caller, ListProblemsQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<ProblemDto>.Normalize(query.Page, query.PageSize);
        var rows = Filtered(db, caller, query, clock.TodayInChina());
        var total = await rows.CountAsync(ct);
        var items = await rows.Include(p => p.FollowUps).OrderBy(p => p.ClosedOn != null).ThenBy(p => p.DueOn).ThenBy(p => p.Id)
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Page<ProblemDto>(await DtosAsync(db, items, clock.TodayInChina(), ct), total, page, size);
    }

    internal static IQueryable<VisitProblem> Filtered(KechuangDbContext db, Caller caller, ListProblemsQuery query, DateOnly today)
    {
        VisitAccess.RequireBureau(caller);
        var rows = VisitAccess.VisibleProblems(db, caller, caller.ScopeTo(query.Region)).AsNoTracking();
        if (query.Mine == true)
        {
            rows = rows.Where(p => p.AssigneeUserId == caller.UserId);
        }
        rows = query.Status?.Trim() switch
        {
            null or "" => rows,
            "open" => rows.Where(p => p.ClosedOn == null),
            "overdue" => rows.Where(p => p.ClosedOn == null && p.DueOn < today),
            "unassigned" => rows.Where(p => p.ClosedOn == null && p.AssigneeUserId == null),
            "closed" => rows.Where(p => p.ClosedOn != null),
            _ => throw new ValidationFailedException("status", "状态应为 open（未办结）、overdue（已逾期）、unassigned（未指派）或 closed（已办结）"),
        };
        if (query.Year is { } year)
        {
            rows = rows.Where(p => p.RaisedOn >= new DateOnly(year, 1, 1) && p.RaisedOn <= new DateOnly(year, 12, 31));
        }
        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            var category = query.Category.Trim();
            rows = rows.Where(p => p.Category == category);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            rows = rows.Where(p => EF.Functions.Like(p.Description, pattern, "\\") || EF.Functions.Like(p.Assignee!, pattern, "\\"));
        }
        return rows;
    }

    internal static async Task<List<ProblemDto>> DtosAsync(KechuangDbContext db, IReadOnlyList<VisitProblem> items, DateOnly today, CancellationToken ct)
    {
        var visitIds = items.Select(p => p.VisitId).Distinct().ToList();
        var names = await db.Visits.AsNoTracking().Where(v => visitIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.EnterpriseName, ct);
        return [.. items.Select(p => ProblemDto.From(p, names.GetValueOrDefault(p.VisitId, ""), today))];
    }

    internal static Task<string> EnterpriseNameAsync(KechuangDbContext db, VisitProblem p, CancellationToken ct) =>
        db.Visits.Where(v => v.Id == p.VisitId).Select(v => v.EnterpriseName).FirstAsync(ct);
}
