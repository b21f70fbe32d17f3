using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Market.Achievements;
using Kechuang.Market.Needs;
using Kechuang.Market.Search;
using Kechuang.Projects.Experts;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market.Feedback;

/// <summary>A broker's verdict: <c>confirmed</c>, <c>rejected</c>, or blank to withdraw one.</summary>
public sealed record JudgePairRequest(string? OtherKind, Guid? OtherId, string? Verdict);

/// <summary>
/// PUT /api/market/needs/{id}/feedback (docs/domain.md § 产学研 — 检索与推荐, Feedback): the bureau's staff confirm or reject
/// a recommended pair — the need and an achievement or expert of the region — or withdraw the verdict. Kept in
/// <see cref="BrokerVerdict"/>; the region's engines read the verdicts on every request (ADR 0019), so the next
/// recommendation ranks by them.
/// </summary>
public sealed class JudgePair(KechuangDbContext db, GetExpert experts, TimeProvider clock)
{
    public async Task<JudgePairRequest> HandleAsync(Caller caller, Guid needId, JudgePairRequest request, CancellationToken ct = default)
    {
        var need = await NeedAccess.LoadForWriteAsync(db, caller, needId, ct);
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var v = new Validation();
        var kind = request.OtherKind?.Trim().ToLowerInvariant();
        if (kind is not (MarketHit.Achievement or MarketHit.Expert))
        {
            v.Add("otherKind", "推荐对象应为 achievement（科技成果）或 expert（专家）");
        }
        if (request.OtherId is null)
        {
            v.Add("otherId", "请指明推荐的成果或专家");
        }
        var verdict = request.Verdict?.Trim().ToLowerInvariant();
        if (verdict is not (null or "" or BrokerVerdict.Confirmed or BrokerVerdict.Rejected))
        {
            v.Add("verdict", "确认为 confirmed，否决为 rejected，留空为撤销");
        }
        if (need.Review != MarketWords.Published)
        {
            v.Add("needId", "只能对已发布的技术需求的推荐作出确认或否决");
        }
        v.ThrowIfAny();
        var otherId = request.OtherId!.Value;
        if (kind == MarketHit.Achievement)
        {
            if (!await AchievementAccess.InRegion(db.Achievements, db, caller.Region).AnyAsync(a => a.Id == otherId, ct))
            {
                throw new ValidationFailedException("otherId", "科技成果不存在，或不在本辖区");
            }
        }
        else
        {
            try
            {
                await experts.HandleAsync(caller, otherId, ct);
            }
            catch (NotFoundException)
            {
                throw new ValidationFailedException("otherId", "专家不存在，或不在本辖区专家库中");
            }
        }
        var existing = await db.BrokerVerdicts.FirstOrDefaultAsync(b => b.NeedId == needId && b.OtherKind == kind && b.OtherId == otherId, ct);
        if (string.IsNullOrEmpty(verdict))
        {
            if (existing is not null)
            {
                db.BrokerVerdicts.Remove(existing);
            }
        }
        else
        {
            // A changed verdict is a new row (a new, later id): the market index's watermark of the verdicts is their
            // count and newest id (ADR 0019), which an update in place would leave as it was.
            if (existing is not null)
            {
                db.BrokerVerdicts.Remove(existing);
            }
            db.BrokerVerdicts.Add(new BrokerVerdict
            {
                RegionCode = need.RegionCode, NeedId = needId, OtherKind = kind!, OtherId = otherId, Verdict = verdict, JudgedBy = caller.UserName, JudgedAt = clock.GetUtcNow(),
            });
        }
        // A pair judged is being worked on: an open need moves to 对接中 (docs/domain.md §7.1, statuses).
        if (verdict == BrokerVerdict.Confirmed && need.Status == MarketWords.Open)
        {
            need.Status = MarketWords.Matching;
            need.UpdatedAt = clock.GetUtcNow();
        }
        await db.SaveChangesAsync(ct);
        return new JudgePairRequest(kind, otherId, string.IsNullOrEmpty(verdict) ? null : verdict);
    }
}
