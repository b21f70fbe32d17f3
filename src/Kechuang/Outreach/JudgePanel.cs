using Kechuang.Projects.Assignment;
using Kechuang.Projects.Experts;

namespace Kechuang.Outreach;

/// <summary>An entry as the judges' conflict rules see it: its name (an enterprise's or a team's), USCC and leader.</summary>
public sealed record PanelEntry(string Name, string? Uscc, string? Leader);

/// <summary>
/// A round's judges as the review engine's problem (docs/domain.md §7.9, drawn like reviewers: §6.5, ADR 0017): the round
/// is one "application" whose organisations are every entry's, so the engine's own rules keep out an expert of an
/// entrant's organisation and take at most one judge per organisation; the pool's declared relations (an organisation
/// by name or USCC, a person), a USCC shared with an entrant and an expert who leads an entry are the declared
/// conflicts, as the plan projects' review states them. Pure: the draw is <see cref="DrawRandom"/> with its seed.
/// </summary>
public static class JudgePanel
{
    public const string RoundId = "round";

    public static AssignmentProblem Problem(IReadOnlyList<ExpertDto> experts, IReadOnlyList<PanelEntry> entries, int judges)
    {
        var names = entries.Select(e => e.Name).Distinct(StringComparer.Ordinal).ToList();
        var round = new ReviewApplication(RoundId, names.FirstOrDefault() ?? "", [.. names.Skip(1)]);
        var conflicts = new List<ReviewConflict>();
        foreach (var expert in experts)
        {
            var reasons = Conflicts(expert, entries).ToList();
            if (reasons.Count > 0)
            {
                conflicts.Add(new ReviewConflict(Id(expert), RoundId, string.Join("；", reasons)));
            }
        }
        return new AssignmentProblem(
            [.. experts.Select(e => new ReviewExpert(Id(e), e.Organisation))], [round],
            [.. experts.Select(e => new CandidatePair(Id(e), RoundId, 0))], conflicts, judges, 1);
    }

    /// <summary>The draw: the same pool, entries and seed give the same judges.</summary>
    public static AssignmentResult Draw(IReadOnlyList<ExpertDto> experts, IReadOnlyList<PanelEntry> entries, int judges, long? seed) =>
        DrawRandom.Handle(Problem(experts, entries, judges), new DrawOptions(Reserves: 0, Seed: seed));

    /// <summary>An engine sentence with the experts' ids replaced by their names.</summary>
    public static string Words(string text, IEnumerable<ExpertDto> experts)
    {
        foreach (var expert in experts)
        {
            text = text.Replace(Id(expert), expert.Name, StringComparison.Ordinal);
        }
        return text.Replace("申报单位", "参赛单位", StringComparison.Ordinal).Replace("申报书", "本轮比赛", StringComparison.Ordinal);
    }

    public static string Id(ExpertDto expert) => expert.Id.ToString("D");

    private static IEnumerable<string> Conflicts(ExpertDto expert, IReadOnlyList<PanelEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.Uscc is not null && expert.OrganisationUscc == entry.Uscc)
            {
                yield return $"所在单位与参赛企业{entry.Name}统一社会信用代码相同";
            }
            if (entry.Leader is not null && expert.Name == entry.Leader)
            {
                yield return $"本人是参赛项目负责人（{entry.Name}）";
            }
            foreach (var relation in expert.Relations)
            {
                var hit = relation.Kind == ExpertWords.Person
                    ? relation.Name == entry.Leader
                    : relation.Name == entry.Name || (entry.Uscc is not null && relation.Uscc == entry.Uscc);
                if (hit)
                {
                    var why = string.IsNullOrWhiteSpace(relation.Reason) ? "" : $"（{relation.Reason}）";
                    yield return $"本人申报的回避{ExpertWords.Chinese(relation.Kind)}{relation.Name}{why}";
                }
            }
        }
    }
}
