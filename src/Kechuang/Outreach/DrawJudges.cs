using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Projects.Experts;
using Kechuang.Users;

namespace Kechuang.Outreach;

/// <summary>
/// POST /api/competitions/{id}/rounds/{roundId}/draw: the round's judges (评委) drawn at random from the available experts
/// of the competition's county pool, read through the pool's own <see cref="ListExperts"/>, under the review's conflict
/// rules (<see cref="JudgePanel"/>); the seed is recorded so the draw can be replayed. Once per round (409); 409 naming
/// why when the pool cannot give enough judges without a conflict.
/// </summary>
public sealed class DrawJudges(KechuangDbContext db, ListExperts pool, TimeProvider clock)
{
    public async Task<CompetitionDto> HandleAsync(Caller caller, Guid id, Guid roundId, JudgeDrawRequest request, CancellationToken ct = default)
    {
        var competition = await OutreachAccess.LoadCompetitionAsync(db, caller, id, ct);
        OutreachAccess.RequireWrite(caller, competition.RegionCode);
        var round = competition.Rounds.FirstOrDefault(r => r.Id == roundId) ?? throw new NotFoundException("未找到该轮比赛");
        var validation = new Validation();
        OutreachRules.Judges(request, validation);
        validation.ThrowIfAny();
        if (round.Judges.Count > 0)
        {
            throw new ConflictException($"{round.Stage}已抽取评委（随机种子 {round.Seed}）；如需重抽，请删除该轮后重新登记");
        }
        if (competition.Entries.Count == 0)
        {
            throw new ConflictException("还没有参赛项目：先登记参赛项目，再抽取评委（回避关系按参赛单位判断）");
        }
        var experts = new List<ExpertDto>();
        for (var page = 1; ; page++)
        {
            var batch = await pool.HandleAsync(caller, new ListExpertsQuery(competition.RegionCode, Available: true, Page: page, PageSize: Page<ExpertDto>.MaxSize), ct);
            experts.AddRange(batch.Items);
            if (batch.Items.Count == 0 || page * batch.PageSize >= batch.Total)
            {
                break;
            }
        }
        experts.Sort((a, b) => a.Id.CompareTo(b.Id));   // the engine's input in one order, so a seed replays
        var enterpriseIds = competition.Entries.Where(e => e.EnterpriseId is not null).Select(e => e.EnterpriseId!.Value).Distinct().ToList();
        var usccs = await EnterpriseLookup.UsccsAsync(db, enterpriseIds, ct);
        var entries = competition.Entries.OrderBy(e => e.Id)
            .Select(e => new PanelEntry(e.Name, e.EnterpriseId is { } x ? usccs.GetValueOrDefault(x) : null, e.Leader)).ToList();
        var size = request.Judges ?? OutreachRules.DefaultJudges;
        var result = JudgePanel.Draw(experts, entries, size, request.Seed);
        if (!result.IsComplete)
        {
            throw new ConflictException($"未能抽取{size}名评委：" + JudgePanel.Words(result.Explain(), experts));
        }
        var byId = experts.ToDictionary(JudgePanel.Id, StringComparer.Ordinal);
        var order = 0;
        foreach (var pair in result.Pairs)
        {
            var expert = byId[pair.ExpertId];
            db.Add(new RoundJudge { RoundId = round.Id, ExpertId = expert.Id, Name = expert.Name, Organisation = expert.Organisation, SortOrder = order++ });
        }
        round.Seed = result.Seed;
        round.EngineVersion = result.EngineVersion;
        round.DrawnBy = caller.UserName;
        round.DrawnAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return await GetCompetition.DtoAsync(db, competition, ct);
    }
}
