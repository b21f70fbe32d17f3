using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Projects.Applications;
using Kechuang.Projects.Assignment;
using Kechuang.Projects.Calls;
using Kechuang.Projects.Experts;
using Kechuang.Regions;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Reviews;

/// <summary>
/// A call's review as the engine's problem (docs/domain.md §6.5): the available experts of the call's pool, the
/// applications that passed the formal check, every expert–application pair with its field affinity, and the
/// conflicts the register knows — same USCC, declared relations (organisations and people), and who reviewed the
/// applicant or worked on its projects within the call's look-back years. Names stand beside the ids so every
/// exclusion reads in words.
/// </summary>
internal sealed class ReviewProblem
{
    public required AssignmentProblem Problem { get; init; }
    public required Dictionary<string, Expert> Experts { get; init; }
    public required Dictionary<string, ProjectApplication> Applications { get; init; }

    /// <summary>An engine sentence with the ids replaced by the expert's and the application's names.</summary>
    public string Words(string text)
    {
        foreach (var (id, expert) in Experts)
        {
            text = text.Replace(id, expert.Name, StringComparison.Ordinal);
        }
        foreach (var (id, application) in Applications)
        {
            text = text.Replace(id, $"《{application.Title}》（{application.EnterpriseName}）", StringComparison.Ordinal);
        }
        return text;
    }

    public static async Task<ReviewProblem> LoadAsync(KechuangDbContext db, ProjectCall call, IReadOnlyCollection<Guid> applicationIds, CancellationToken ct)
    {
        var applications = await db.ProjectApplications.AsNoTracking().Include(a => a.Members).AsSplitQuery()
            .Where(a => applicationIds.Contains(a.Id)).OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).ToListAsync(ct);
        var experts = await ExpertAccess.InRegion(db.Experts.AsNoTracking(), RegionCode.Parse(call.RegionCode), RegionScope.MatchFor(db))
            .Where(e => e.Available).Include(e => e.Relations).OrderBy(e => e.Id).ToListAsync(ct);
        var enterpriseIds = applications.Select(a => a.EnterpriseId).Distinct().ToList();
        var usccs = await EnterpriseLookup.UsccsAsync(db, enterpriseIds, ct);

        // Look-back (回避年限): who reviewed, or was on the team of, the same applicant's projects in recent calls.
        var since = call.Year - call.LookBackYears;
        var pastReviews = await (
            from r in db.ReviewAssignments.AsNoTracking()
            join a in db.ProjectApplications.AsNoTracking() on r.ApplicationId equals a.Id
            join c in db.ProjectCalls.AsNoTracking() on r.CallId equals c.Id
            where r.CallId != call.Id && r.Role == ReviewRole.Reviewer && r.Status != ReviewStatus.Declined
                && c.Year >= since && enterpriseIds.Contains(a.EnterpriseId)
            select new { r.ExpertId, a.EnterpriseId, c.Year }).ToListAsync(ct);
        var reviewedIn = pastReviews.ToLookup(p => (p.ExpertId, p.EnterpriseId), p => p.Year);
        var pastTeams = await (
            from m in db.ApplicationMembers.AsNoTracking()
            join a in db.ProjectApplications.AsNoTracking() on m.ApplicationId equals a.Id
            join c in db.ProjectCalls.AsNoTracking() on a.CallId equals c.Id
            where c.Year >= since && enterpriseIds.Contains(a.EnterpriseId) && a.Status != ApplicationStatus.Draft
            select new { m.Name, a.EnterpriseId, c.Year }).ToListAsync(ct);
        var workedIn = pastTeams.ToLookup(p => (p.Name, p.EnterpriseId), p => p.Year);

        var candidates = new List<CandidatePair>(applications.Count * experts.Count);
        var conflicts = new List<ReviewConflict>();
        foreach (var application in applications)
        {
            var applicationId = application.Id.ToString();
            var people = application.Members.Select(m => m.Name).Append(application.Leader).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var organisations = application.Partners.Append(application.EnterpriseName).ToHashSet(StringComparer.Ordinal);
            var uscc = usccs.GetValueOrDefault(application.EnterpriseId);
            foreach (var expert in experts)
            {
                var expertId = expert.Id.ToString();
                candidates.Add(new CandidatePair(expertId, applicationId, ReviewRules.Affinity(expert.Fields, application.Field)));
                foreach (var reason in Conflicts(expert, application, people, organisations, uscc, call.LookBackYears,
                    reviewedIn[(expert.Id, application.EnterpriseId)], workedIn[(expert.Name, application.EnterpriseId)]))
                {
                    conflicts.Add(new ReviewConflict(expertId, applicationId, reason));
                }
            }
        }
        var problem = new AssignmentProblem(
            [.. experts.Select(e => new ReviewExpert(e.Id.ToString(), e.Organisation))],
            [.. applications.Select(a => new ReviewApplication(a.Id.ToString(), a.EnterpriseName, a.Partners))],
            candidates, conflicts, call.ExpertsPerApplication, call.MaxPerExpert);
        return new ReviewProblem
        {
            Problem = problem,
            Experts = experts.ToDictionary(e => e.Id.ToString(), StringComparer.Ordinal),
            Applications = applications.ToDictionary(a => a.Id.ToString(), StringComparer.Ordinal),
        };
    }

    /// <summary>The reasons an expert must not review an application beyond plain organisation names, which the engine compares itself.</summary>
    private static IEnumerable<string> Conflicts(Expert expert, ProjectApplication application, HashSet<string> people, HashSet<string> organisations,
        string? uscc, int lookBack, IEnumerable<int> reviewedIn, IEnumerable<int> workedIn)
    {
        if (uscc is not null && expert.OrganisationUscc == uscc)
        {
            yield return $"所在单位与申报单位{application.EnterpriseName}统一社会信用代码相同";
        }
        foreach (var relation in expert.Relations)
        {
            var hit = relation.Kind == ExpertWords.Person
                ? people.Contains(relation.Name)
                : organisations.Contains(relation.Name) || (uscc is not null && relation.Uscc == uscc);
            if (hit)
            {
                var why = string.IsNullOrWhiteSpace(relation.Reason) ? "" : $"（{relation.Reason}）";
                yield return $"本人申报的回避{ExpertWords.Chinese(relation.Kind)}{relation.Name}{why}";
            }
        }
        if (reviewedIn.Any())
        {
            yield return $"{reviewedIn.Max()}年评审过该单位的项目（回避{lookBack}年）";
        }
        if (workedIn.Any())
        {
            yield return $"{workedIn.Max()}年参与过该单位的项目（回避{lookBack}年）";
        }
    }
}
