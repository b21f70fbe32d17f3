using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Calls;

/// <summary>One line of the public list: what an applicant needs to know before logging in.</summary>
public sealed record OpenCallDto(Guid Id, string Title, string Programme, int Year, string? RegionName, decimal TotalBudget, decimal CapPerProject,
    DateOnly OpensOn, DateOnly ClosesOn, IReadOnlyList<string> RequiredTitles, IReadOnlyList<string> Attachments);

/// <summary>
/// The public page's list (docs/domain.md §6.2): every published call open today, without a login — a call is a public
/// notice. Nothing else of the call (the review form, the draw's settings) is shown there.
/// </summary>
public sealed class ListOpenCalls(KechuangDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<OpenCallDto>> HandleAsync(CancellationToken ct = default)
    {
        var today = clock.TodayInChina();
        var calls = await db.ProjectCalls.AsNoTracking().Where(c => c.PublishedAt != null && c.OpensOn <= today && c.ClosesOn >= today)
            .OrderBy(c => c.ClosesOn).ThenBy(c => c.Title).Take(200).ToListAsync(ct);
        var regions = await RegionLookup.ForAsync(db, ct, [.. calls.Select(c => c.RegionCode).Distinct()]);
        return [.. calls.Select(c => new OpenCallDto(c.Id, c.Title, c.Programme, c.Year, regions(c.RegionCode)?.Name, c.TotalBudget, c.CapPerProject,
            c.OpensOn, c.ClosesOn, c.RequiredTitles, c.Attachments))];
    }
}
