using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Visits;

/// <summary>
/// A problem as its enterprise hears of it (docs/domain.md §7.13): what it raised, that it is being handled, and once
/// closed the outcome and the answer given to it — never the bureau's follow-up notes, the assignee or the due date.
/// </summary>
public sealed record MyProblemDto(Guid Id, DateOnly RaisedOn, string Category, string Description, string Status, string? Answer, DateOnly? ClosedOn);

/// <summary>GET /api/visit-problems/mine: an enterprise user's own problems from the bureau's visits, open first, newest first.</summary>
public sealed class ListMyProblems(KechuangDbContext db)
{
    /// <summary>Shown while a problem is open; once closed the status is its outcome (已解决 or 无法解决).</summary>
    public const string Handling = "办理中";

    public async Task<IReadOnlyList<MyProblemDto>> HandleAsync(Caller caller, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Enterprise);
        var enterprise = caller.EnterpriseId ?? throw new ForbiddenException("当前账号未关联企业，请联系科技局");
        var rows = await db.VisitProblems.AsNoTracking().Where(p => p.EnterpriseId == enterprise)
            .OrderBy(p => p.ClosedOn == null ? 0 : 1).ThenByDescending(p => p.RaisedOn).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.RaisedOn, p.Category, p.Description, p.Outcome, p.Answer, p.ClosedOn })
            .Take(200).ToListAsync(ct);
        return [.. rows.Select(p => new MyProblemDto(p.Id, p.RaisedOn, p.Category, p.Description,
            p.ClosedOn is null ? Handling : p.Outcome ?? VisitRules.Solved, p.ClosedOn is null ? null : p.Answer, p.ClosedOn))];
    }
}
