using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Projects.Applications;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Reviews;

/// <summary>
/// 立项科技计划项目数 and 下达科技计划项目经费 from the applications (docs/domain.md §6.5): projects approved in the
/// year by the applicant's county, counted in the month of approval, year to date; the funding is the sum approved
/// after the budget review; 验收科技计划项目数 counts the projects accepted or closed (通过, 结题) in the month of the
/// acceptance meeting (§6.6). A region with no such project that year gets no figure (docs/domain.md §3).
/// </summary>
public sealed class ProjectIndicators(KechuangDbContext db) : IIndicatorCalculator
{
    public const string RegisterName = "projects";
    public const string Approved = "plan_projects_approved";
    public const string Funding = "plan_project_funding";
    public const string Accepted = "plan_projects_accepted";

    public string Register => RegisterName;
    public IReadOnlyCollection<string> Codes { get; } = [Approved, Funding, Accepted];

    public async Task<IReadOnlyList<DerivedFigure>> CalculateAsync(DerivedFigureQuery query, CancellationToken ct)
    {
        var figures = new List<DerivedFigure>();
        var (from, to) = YearInChina(query.Year);
        foreach (var region in query.Regions)
        {
            var approved = await ApprovedIn(db, region, from, to).Select(a => new { a.ApprovedAt, a.ApprovedFunding }).ToListAsync(ct);
            var accepted = await AcceptedIn(db, region, from, to).Select(a => a.ClosedAt).ToListAsync(ct);
            for (var month = 1; month <= 12; month++)
            {
                var end = from.AddMonths(month);
                if (accepted.Count > 0 && query.Codes.Contains(Accepted))
                {
                    figures.Add(new DerivedFigure(Accepted, region.Value, month, accepted.Count(at => at < end)));
                }
                if (approved.Count == 0)
                {
                    continue;
                }
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

    /// <summary>Projects of the region's enterprises that passed acceptance (通过) or were closed (结题) in [from, to) — 验收W项.</summary>
    internal static IQueryable<ProjectApplication> AcceptedIn(KechuangDbContext db, RegionCode region, DateTimeOffset from, DateTimeOffset to) =>
        db.ProjectApplications.AsNoTracking()
            .Within(a => a.EnterpriseRegionCode, region, RegionColumn.CountyCodes, RegionScope.MatchFor(db))
            .Where(a => (a.Status == ApplicationStatus.Accepted || a.Status == ApplicationStatus.Concluded) && a.ClosedAt >= from && a.ClosedAt < to);

    /// <summary>Applications of the region's enterprises approved in [from, to), wherever their execution has taken them since.</summary>
    internal static IQueryable<ProjectApplication> ApprovedIn(KechuangDbContext db, RegionCode region, DateTimeOffset from, DateTimeOffset to) =>
        db.ProjectApplications.AsNoTracking()
            .Within(a => a.EnterpriseRegionCode, region, RegionColumn.CountyCodes, RegionScope.MatchFor(db))
            .Where(a => a.ApprovedAt >= from && a.ApprovedAt < to);
}
