namespace Kechuang.Projects.Assignment;

/// <summary>
/// The candidate pairs that survive the avoidance rules (docs/domain.md § 科技计划项目 — 评审专家分配), by index:
/// per application a slice of <see cref="Expert"/>/<see cref="Affinity"/> sorted by the expert's organisation, so the
/// one-per-organisation rule reads runs of equal organisations. Built once per run in O(pairs); every mode shares it.
/// </summary>
internal sealed class Eligibility
{
    public required AssignmentProblem Problem { get; init; }
    public required int[] ExpertOrganisation { get; init; }
    public required string[] Organisations { get; init; }
    /// <summary>Application a's eligible pairs are [Start[a], Start[a+1]).</summary>
    public required int[] Start { get; init; }
    public required int[] Expert { get; init; }
    public required int[] Affinity { get; init; }
    public required int[] DistinctOrganisations { get; init; }
    public required int[] ExcludedCount { get; init; }
    public required List<Exclusion> Exclusions { get; init; }

    public int Applications => Problem.Applications.Count;

    public static Eligibility Build(AssignmentProblem problem)
    {
        if (problem.PerApplication < 1)
        {
            throw new AssignmentInputException($"每项申报书的评审专家人数应至少为 1，现为 {problem.PerApplication}");
        }
        if (problem.MaxPerExpert < 1)
        {
            throw new AssignmentInputException($"每位专家的评审上限应至少为 1，现为 {problem.MaxPerExpert}");
        }
        var organisations = new Dictionary<string, int>(StringComparer.Ordinal);
        int Organisation(string name)
        {
            var key = name.Trim();
            if (!organisations.TryGetValue(key, out var id))
            {
                id = organisations.Count;
                organisations.Add(key, id);
            }
            return id;
        }

        var experts = new Dictionary<string, int>(problem.Experts.Count, StringComparer.Ordinal);
        var expertOrganisation = new int[problem.Experts.Count];
        for (var e = 0; e < problem.Experts.Count; e++)
        {
            if (!experts.TryAdd(problem.Experts[e].Id, e))
            {
                throw new AssignmentInputException($"专家编号重复：{problem.Experts[e].Id}");
            }
            expertOrganisation[e] = Organisation(problem.Experts[e].Organisation);
        }
        var applications = new Dictionary<string, int>(problem.Applications.Count, StringComparer.Ordinal);
        var applicant = new int[problem.Applications.Count];
        var partners = new int[problem.Applications.Count][];
        for (var a = 0; a < problem.Applications.Count; a++)
        {
            var application = problem.Applications[a];
            if (!applications.TryAdd(application.Id, a))
            {
                throw new AssignmentInputException($"申报书编号重复：{application.Id}");
            }
            applicant[a] = Organisation(application.Organisation);
            partners[a] = application.Partners.Where(p => !string.IsNullOrWhiteSpace(p)).Select(Organisation).ToArray();
        }

        long Key(int a, int e) => (long)a * expertOrganisation.Length + e;
        var conflicts = new Dictionary<long, string>();
        foreach (var conflict in problem.Conflicts)
        {
            var (a, e) = Indices(conflict.ApplicationId, conflict.ExpertId, applications, experts, "回避关系");
            var key = Key(a, e);
            conflicts[key] = conflicts.TryGetValue(key, out var earlier) ? $"{earlier}；{conflict.Reason}" : conflict.Reason;
        }

        var names = organisations.OrderBy(o => o.Value).Select(o => o.Key).ToArray();
        var seen = new HashSet<long>(problem.Candidates.Count);
        var count = new int[problem.Applications.Count + 1];
        var excluded = new int[problem.Applications.Count];
        var keep = new bool[problem.Candidates.Count];
        var pairApplication = new int[problem.Candidates.Count];
        var pairExpert = new int[problem.Candidates.Count];
        var exclusions = new List<Exclusion>();
        for (var i = 0; i < problem.Candidates.Count; i++)
        {
            var candidate = problem.Candidates[i];
            var (a, e) = Indices(candidate.ApplicationId, candidate.ExpertId, applications, experts, "候选");
            if (candidate.Affinity < 0)
            {
                throw new AssignmentInputException($"匹配度不能为负：专家 {candidate.ExpertId}、申报书 {candidate.ApplicationId}：{candidate.Affinity}");
            }
            if (!seen.Add(Key(a, e)))
            {
                throw new AssignmentInputException($"候选重复：专家 {candidate.ExpertId}、申报书 {candidate.ApplicationId}");
            }
            conflicts.TryGetValue(Key(a, e), out var reason);
            if (Explain(candidate.ExpertId, expertOrganisation[e], names, applicant[a], partners[a], reason) is { } exclusion)
            {
                exclusions.Add(exclusion with { ApplicationId = candidate.ApplicationId });
                excluded[a]++;
                continue;
            }
            keep[i] = true;
            pairApplication[i] = a;
            pairExpert[i] = e;
            count[a + 1]++;
        }

        // Counting sort by application, then each slice by (organisation, expert).
        var start = new int[problem.Applications.Count + 1];
        for (var a = 0; a < problem.Applications.Count; a++)
        {
            start[a + 1] = start[a] + count[a + 1];
        }
        var next = (int[])start.Clone();
        var keys = new long[start[^1]];
        var affinity = new int[start[^1]];
        for (var i = 0; i < problem.Candidates.Count; i++)
        {
            if (keep[i])
            {
                var slot = next[pairApplication[i]]++;
                keys[slot] = ((long)expertOrganisation[pairExpert[i]] << 32) | (uint)pairExpert[i];
                affinity[slot] = problem.Candidates[i].Affinity;
            }
        }
        var expert = new int[keys.Length];
        var distinct = new int[problem.Applications.Count];
        for (var a = 0; a < problem.Applications.Count; a++)
        {
            Array.Sort(keys, affinity, start[a], start[a + 1] - start[a]);
            for (var p = start[a]; p < start[a + 1]; p++)
            {
                expert[p] = (int)(keys[p] & 0xFFFFFFFF);
                if (p == start[a] || keys[p] >> 32 != keys[p - 1] >> 32)
                {
                    distinct[a]++;
                }
            }
        }
        return new Eligibility
        {
            Problem = problem,
            ExpertOrganisation = expertOrganisation,
            Organisations = names,
            Start = start,
            Expert = expert,
            Affinity = affinity,
            DistinctOrganisations = distinct,
            ExcludedCount = excluded,
            Exclusions = exclusions,
        };
    }

    /// <summary>The rule that removes a pair, or null when the pair may be assigned. Shared with the replacement of a decline.</summary>
    public static Exclusion? Explain(string expertId, int expertOrganisation, string[] organisations, int applicant, int[] partners, string? conflict)
    {
        if (expertOrganisation == applicant)
        {
            return new Exclusion(expertId, "", ExclusionKind.SameOrganisation, $"专家{expertId}：与申报单位同属{organisations[applicant]}，回避");
        }
        if (Array.IndexOf(partners, expertOrganisation) >= 0)
        {
            return new Exclusion(expertId, "", ExclusionKind.PartnerOrganisation,
                $"专家{expertId}：所在单位{organisations[expertOrganisation]}是该项目的合作单位，回避");
        }
        return conflict is null ? null
            : new Exclusion(expertId, "", ExclusionKind.DeclaredConflict, $"专家{expertId}：与申报单位存在利害关系：{conflict}，回避");
    }

    /// <summary>The applications that cannot be filled even alone: fewer eligible organisations than k, since one organisation gives at most one expert.</summary>
    public List<UnfillableApplication> AloneUnfillable()
    {
        var k = Problem.PerApplication;
        var result = new List<UnfillableApplication>();
        for (var a = 0; a < Applications; a++)
        {
            if (DistinctOrganisations[a] < k)
            {
                var eligible = Start[a + 1] - Start[a];
                var id = Problem.Applications[a].Id;
                var spread = eligible == DistinctOrganisations[a] ? "" : $"（分属 {DistinctOrganisations[a]} 个单位，同一单位至多 1 人）";
                result.Add(new UnfillableApplication(id, eligible, DistinctOrganisations[a],
                    $"申报书 {id}：符合回避规则的候选专家 {eligible} 人{spread}，少于每项所需的 {k} 人（已回避 {ExcludedCount[a]} 人）"));
            }
        }
        return result;
    }

    public static readonly string[] AloneRemedies = ["补充该领域的专家（尤其是其他单位的）", "缩短回避年限", "减少每项的评审专家人数"];

    public static readonly string[] LoadRemedies = ["提高每位专家的评审上限", "补充该领域的专家", "缩短回避年限"];

    /// <summary>Applications that are fine alone but left short once every expert's load is used up.</summary>
    public UnfillableApplication LoadShort(int a, int got) => new(Problem.Applications[a].Id, Start[a + 1] - Start[a], DistinctOrganisations[a],
        $"申报书 {Problem.Applications[a].Id}：单独看有 {DistinctOrganisations[a]} 个单位的候选专家，但在每位专家至多 {Problem.MaxPerExpert} 项的限制下，全部申报书一起只能为它配到 {got} 人，少于 {Problem.PerApplication} 人");

    private static (int Application, int Expert) Indices(string applicationId, string expertId, Dictionary<string, int> applications, Dictionary<string, int> experts, string what)
    {
        if (!applications.TryGetValue(applicationId, out var a))
        {
            throw new AssignmentInputException($"{what}中的申报书编号不存在：{applicationId}");
        }
        if (!experts.TryGetValue(expertId, out var e))
        {
            throw new AssignmentInputException($"{what}中的专家编号不存在：{expertId}");
        }
        return (a, e);
    }
}
