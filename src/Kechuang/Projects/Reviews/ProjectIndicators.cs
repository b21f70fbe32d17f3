using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Projects.Applications;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Reviews;

/// <summary>
/// 立项科技计划项目数 and 下达科技计划项目经费 from the applications (docs/domain.md §6.5): projects approved in the
/// year by the applicant's county, counted in the month of approval, year to date; the funding is the sum approved
/// after the budget review. A region with no project approved that year gets no figure (docs/domain.md §3).
/// </summary>
public sealed class ProjectIndicators(KechuangDbContext db) : IIndicatorCalculator
{
    public const string RegisterName = "projects";
    public const string Approved = "plan_projects_approved";
    public const string Funding = "plan_project_funding";

    public string Register => RegisterName;
    public IReadOnlyCollection<string> Codes { get; } = [Approved, Funding];

    public async Task<IReadOnlyList<DerivedFigure>> CalculateAsync(DerivedFigureQuery query, CancellationToken ct)
    {
        var figures = new List<DerivedFigure>();
        var (from, to) = YearInChina(query.Year);
        foreach (var region in query.Regions)
        {
            var approved = await ApprovedIn(db, region, from, to).Select(a => new { a.ApprovedAt, a.ApprovedFunding }).ToListAsync(ct);
            if (approved.Count == 0)
            {
                continue;
            }
            for (var month = 1; month <= 12; month++)
            {
                var end = from.AddMonths(month);
                var upTo = approved.Where(a => a.ApprovedAt < end).ToList();
                if (query.Codes.Contains(Approved))
                {
                    figures.Add(new DerivedFigure(Approved, region.Value, month, upTo.Count));
                }
                if (query.Codes.Contains(Funding))
                {
                    figures.Add(new DerivedFigure(Funding, region.Value, month, upTo.Sum(a => a.ApprovedFunding ?? 0), InYuan: true));
                }
            }
        }
        return figures;
    }

    /// <summary>The year as China counts it, in UTC: the databases keep and compare instants in UTC.</summary>
    internal static (DateTimeOffset From, DateTimeOffset To) YearInChina(int year)
    {
        var from = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();
        return (from, from.AddYears(1));
    }

    /// <summary>Applications of the region's enterprises approved in [from, to).</summary>
    internal static IQueryable<ProjectApplication> ApprovedIn(KechuangDbContext db, RegionCode region, DateTimeOffset from, DateTimeOffset to) =>
        db.ProjectApplications.AsNoTracking()
            .Within(a => a.EnterpriseRegionCode, region, RegionColumn.CountyCodes, RegionScope.MatchFor(db))
            .Where(a => a.Status == ApplicationStatus.Approved && a.ApprovedAt >= from && a.ApprovedAt < to);
}
