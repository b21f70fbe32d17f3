namespace Kechuang.Projects.Assignment;

/// <summary>The outcome of a replacement: the new expert and the whole assignment with only that slot changed, or why none can be found.</summary>
public sealed record Replacement(AssignedPair? NewPair, IReadOnlyList<AssignedPair> Pairs, string? Problem);

/// <summary>
/// An expert declines (or declares a conflict late: add it to the problem's conflicts first): one replacement for
/// that slot, every other pair untouched. The replacement must keep every rule against the assignment as it stands —
/// eligible, not already on the application, no organisation twice, load under L — and is the closest one
/// (highest affinity, then lightest load, then id), or drawn uniformly when a seed is given (random mode).
/// Reads only the application's own candidates: a decline is answered in milliseconds however large the call.
/// </summary>
public static class ReplaceDeclined
{
    public static Replacement Handle(AssignmentProblem problem, IReadOnlyList<AssignedPair> current, string applicationId, string declinedExpertId, long? seed = null)
    {
        var application = problem.Applications.FirstOrDefault(a => a.Id == applicationId)
            ?? throw new AssignmentInputException($"申报书编号不存在：{applicationId}");
        var declined = current.FirstOrDefault(p => p.ApplicationId == applicationId && p.ExpertId == declinedExpertId)
            ?? throw new AssignmentInputException($"专家 {declinedExpertId} 不在申报书 {applicationId} 的评审名单中");
        var organisationOf = problem.Experts.ToDictionary(e => e.Id, e => e.Organisation.Trim(), StringComparer.Ordinal);
        var load = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in current)
        {
            load[pair.ExpertId] = load.GetValueOrDefault(pair.ExpertId) + 1;
        }
        var staying = current.Where(p => p.ApplicationId == applicationId && p.ExpertId != declinedExpertId).ToList();
        var onApplication = staying.Select(p => p.ExpertId).Append(declinedExpertId).ToHashSet(StringComparer.Ordinal);
        var takenOrganisations = staying.Select(p => organisationOf[p.ExpertId]).ToHashSet(StringComparer.Ordinal);
        var conflicted = problem.Conflicts.Where(c => c.ApplicationId == applicationId).Select(c => c.ExpertId).ToHashSet(StringComparer.Ordinal);
        var partners = application.Partners.Select(p => p.Trim()).ToHashSet(StringComparer.Ordinal);
        var applicant = application.Organisation.Trim();

        var eligible = new List<CandidatePair>();
        foreach (var candidate in problem.Candidates)
        {
            if (candidate.ApplicationId != applicationId || onApplication.Contains(candidate.ExpertId)
                || !organisationOf.TryGetValue(candidate.ExpertId, out var organisation))
            {
                continue;
            }
            if (organisation != applicant && !partners.Contains(organisation) && !conflicted.Contains(candidate.ExpertId)
                && !takenOrganisations.Contains(organisation) && load.GetValueOrDefault(candidate.ExpertId) < problem.MaxPerExpert)
            {
                eligible.Add(candidate);
            }
        }
        if (eligible.Count == 0)
        {
            return new Replacement(null, current,
                $"申报书 {applicationId}：没有可替换专家 {declinedExpertId} 的候选专家（其余候选均已在名单中、需回避、与名单中专家同单位或已达每人 {problem.MaxPerExpert} 项上限）。可以：提高每位专家的评审上限；补充该领域的专家");
        }
        var chosen = seed is { } s
            ? eligible.OrderBy(c => c.ExpertId, StringComparer.Ordinal).ElementAt(new SeededRandom(s).Next(eligible.Count))
            : eligible.OrderByDescending(c => c.Affinity).ThenBy(c => load.GetValueOrDefault(c.ExpertId)).ThenBy(c => c.ExpertId, StringComparer.Ordinal).First();
        var replacement = new AssignedPair(applicationId, chosen.ExpertId, chosen.Affinity);
        return new Replacement(replacement, current.Select(p => ReferenceEquals(p, declined) ? replacement : p).ToList(), null);
    }
}
