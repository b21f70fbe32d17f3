using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Market.Achievements;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market.Events;

/// <summary>
/// What an event must be (docs/domain.md §7.1), every problem at once: title, date and place; invitees without
/// repeats, an enterprise of the event's county, attendance and head count only once the event has been held; pairs
/// and intentions naming the county's needs and achievements. Text is plain text, stored as typed.
/// </summary>
internal static class EventRules
{
    public const int MaxInvitees = 200;
    public const int MaxPairs = 200;

    /// <summary>The event the request describes, with the id <paramref name="id"/> (an edit's) or a new one; problems in <paramref name="v"/>.</summary>
    public static async Task<MarketEvent> BuildAsync(KechuangDbContext db, Caller caller, Guid? id, EventRequest r, RegionCode county, DateOnly today,
        Validation v, CancellationToken ct)
    {
        MarketRules.Title(r.Title, "title", "活动名称", MarketFollowUpRules.MaxTitle, v);
        MarketRules.Title(r.Place, "place", "活动地点", MarketFollowUpRules.MaxName, v);
        MarketRules.Length(r.Organisers, "organisers", "主办单位", MarketFollowUpRules.MaxName, v);
        MarketRules.Length(r.Notes, "notes", "备注", MarketFollowUpRules.MaxNote, v);
        if (r.HeldOn is null)
        {
            v.Add("heldOn", "请填写活动日期");
        }
        var held = r.HeldOn is { } on && on <= today;
        var e = new MarketEvent
        {
            Id = id ?? Guid.CreateVersion7(), RegionCode = county.Value, Title = r.Title?.Trim() ?? "", Place = r.Place?.Trim() ?? "", HeldOn = r.HeldOn ?? today,
            Organisers = MarketRules.Blank(r.Organisers), Notes = MarketRules.Blank(r.Notes),
        };
        await InviteesAsync(db, caller, r.Invitees ?? [], county, held, e, v, ct);
        await PairsAsync(db, r.Pairs ?? [], county, e, v, ct);
        await IntentionsAsync(db, caller, r.Intentions ?? [], county, e, v, ct);
        return e;
    }

    private static async Task InviteesAsync(KechuangDbContext db, Caller caller, IReadOnlyList<InviteeRequest> invitees, RegionCode county, bool held,
        MarketEvent e, Validation v, CancellationToken ct)
    {
        if (invitees.Count > MaxInvitees)
        {
            v.Add("invitees", $"邀请单位最多{MaxInvitees}家");
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (invitee, i) in invitees.Select((x, i) => (x, i)))
        {
            var label = $"第{i + 1}家邀请单位";
            string? name;
            if (invitee.EnterpriseId is { } id)
            {
                var problems = new Validation();
                name = await MarketFollowUpRules.EnterpriseNameAsync(db, caller, id, county, "invitees", problems, ct);
                if (name is null)
                {
                    v.Add("invitees", $"{label}：不是本县登记的企业");
                    continue;
                }
            }
            else if (string.IsNullOrWhiteSpace(invitee.Name))
            {
                v.Add("invitees", $"{label}：请选择企业或填写高校院所名称");
                continue;
            }
            else
            {
                name = invitee.Name.Trim();
                if (name.Length > MarketFollowUpRules.MaxName)
                {
                    v.Add("invitees", $"{label}：名称不能超过{MarketFollowUpRules.MaxName}个字");
                    continue;
                }
            }
            if (!seen.Add(invitee.EnterpriseId?.ToString() ?? name))
            {
                v.Add("invitees", $"{label}：{name}重复邀请");
                continue;
            }
            var count = invitee.HeadCount ?? 0;
            if (count is < 0 or > 1000)
            {
                v.Add("invitees", $"{label}：到场人数应在0–1000之间");
            }
            else if (!held && (invitee.Attended || count > 0))
            {
                v.Add("invitees", $"{label}：活动尚未举办，不能登记出席");
            }
            else if (!invitee.Attended && count > 0)
            {
                v.Add("invitees", $"{label}：未出席的单位到场人数应为0");
            }
            e.Invitees.Add(new EventInvitee
            {
                EventId = e.Id, Position = i, EnterpriseId = invitee.EnterpriseId, Name = name, Attended = invitee.Attended,
                HeadCount = invitee.Attended && count == 0 ? 1 : count,
            });
        }
    }

    private static async Task PairsAsync(KechuangDbContext db, IReadOnlyList<PairRequest> pairs, RegionCode county, MarketEvent e, Validation v, CancellationToken ct)
    {
        if (pairs.Count > MaxPairs)
        {
            v.Add("pairs", $"对接项目最多{MaxPairs}对");
            return;
        }
        var needs = await NeedsAsync(db, pairs.Select(p => p.NeedId), county, ct);
        var achievements = await AchievementsAsync(db, pairs.Select(p => p.AchievementId), county, ct);
        var seen = new HashSet<(Guid, Guid)>();
        foreach (var (pair, i) in pairs.Select((x, i) => (x, i)))
        {
            var label = $"第{i + 1}对";
            if (!needs.TryGetValue(pair.NeedId, out var need))
            {
                v.Add("pairs", $"{label}：技术需求不存在或不属于本县");
            }
            else if (!achievements.TryGetValue(pair.AchievementId, out var achievement))
            {
                v.Add("pairs", $"{label}：科技成果不存在或不属于本县");
            }
            else if (!seen.Add((pair.NeedId, pair.AchievementId)))
            {
                v.Add("pairs", $"{label}：与前面的对接项目重复");
            }
            else
            {
                e.Pairs.Add(new EventPair
                {
                    EventId = e.Id, Position = i, NeedId = pair.NeedId, NeedTitle = need.Title, EnterpriseId = need.EnterpriseId, EnterpriseName = need.EnterpriseName,
                    AchievementId = pair.AchievementId, AchievementTitle = achievement.Title, Holder = achievement.Holder,
                });
            }
        }
    }

    private static async Task IntentionsAsync(KechuangDbContext db, Caller caller, IReadOnlyList<IntentionRequest> intentions, RegionCode county,
        MarketEvent e, Validation v, CancellationToken ct)
    {
        if (intentions.Count > MaxPairs)
        {
            v.Add("intentions", $"意向最多{MaxPairs}项");
            return;
        }
        var needs = await NeedsAsync(db, intentions.Select(p => p.NeedId ?? Guid.Empty), county, ct);
        var achievements = await AchievementsAsync(db, intentions.Select(p => p.AchievementId ?? Guid.Empty), county, ct);
        foreach (var (intention, i) in intentions.Select((x, i) => (x, i)))
        {
            var label = $"第{i + 1}项意向";
            Guid? enterprise = null;
            string? enterpriseName = null;
            if (intention.NeedId is { } needId)
            {
                if (needs.TryGetValue(needId, out var need))
                {
                    (enterprise, enterpriseName) = (need.EnterpriseId, need.EnterpriseName);
                }
                else
                {
                    v.Add("intentions", $"{label}：技术需求不存在或不属于本县");
                    continue;
                }
            }
            else if (intention.EnterpriseId is { } id)
            {
                enterpriseName = await MarketFollowUpRules.EnterpriseNameAsync(db, caller, id, county, "intentions", new Validation(), ct);
                enterprise = enterpriseName is null ? null : id;
            }
            if (enterprise is null)
            {
                v.Add("intentions", $"{label}：请选择本县的企业或技术需求");
                continue;
            }
            var holder = MarketRules.Blank(intention.Holder);
            if (intention.AchievementId is { } achievementId)
            {
                if (!achievements.TryGetValue(achievementId, out var achievement))
                {
                    v.Add("intentions", $"{label}：科技成果不存在或不属于本县");
                    continue;
                }
                holder ??= achievement.Holder;
            }
            if (holder is null)
            {
                v.Add("intentions", $"{label}：请填写高校院所或选择科技成果");
                continue;
            }
            if (holder.Length > MarketFollowUpRules.MaxName || intention.Note?.Trim().Length > MarketFollowUpRules.MaxNote)
            {
                v.Add("intentions", $"{label}：单位名称不超过{MarketFollowUpRules.MaxName}个字，说明不超过{MarketFollowUpRules.MaxNote}个字");
                continue;
            }
            e.Intentions.Add(new EventIntention
            {
                EventId = e.Id, Position = i, EnterpriseId = enterprise.Value, EnterpriseName = enterpriseName!, Holder = holder,
                NeedId = intention.NeedId, AchievementId = intention.AchievementId, Note = MarketRules.Blank(intention.Note),
            });
        }
    }

    private static async Task<Dictionary<Guid, (string Title, Guid EnterpriseId, string EnterpriseName)>> NeedsAsync(KechuangDbContext db, IEnumerable<Guid> ids,
        RegionCode county, CancellationToken ct)
    {
        var wanted = ids.Where(id => id != Guid.Empty).Distinct().ToArray();
        if (wanted.Length == 0)
        {
            return [];
        }
        var rows = await db.TechNeeds.AsNoTracking().Where(n => n.RegionCode == county.Value && EF.Parameter(wanted).Contains(n.Id))
            .Select(n => new { n.Id, n.Title, n.EnterpriseId, n.EnterpriseName }).ToListAsync(ct);
        return rows.ToDictionary(n => n.Id, n => (n.Title, n.EnterpriseId, n.EnterpriseName));
    }

    private static async Task<Dictionary<Guid, (string Title, string Holder)>> AchievementsAsync(KechuangDbContext db, IEnumerable<Guid> ids, RegionCode county,
        CancellationToken ct)
    {
        var wanted = ids.Where(id => id != Guid.Empty).Distinct().ToArray();
        if (wanted.Length == 0)
        {
            return [];
        }
        var rows = await AchievementAccess.InRegion(db.Achievements.AsNoTracking(), db, county).Where(a => EF.Parameter(wanted).Contains(a.Id))
            .Select(a => new { a.Id, a.Title, a.Holder }).ToListAsync(ct);
        return rows.ToDictionary(a => a.Id, a => (a.Title, a.Holder));
    }

    /// <summary>The event as the caller may see it: an enterprise user only the pairs, intentions and outcomes of its own enterprise.</summary>
    public static async Task<EventDto> DtoAsync(KechuangDbContext db, Caller caller, MarketEvent e, DateOnly today, CancellationToken ct)
    {
        var own = caller.IsIn(Roles.Enterprise) ? caller.EnterpriseId ?? Guid.Empty : (Guid?)null;
        var outcomes = await db.CooperationProjects.AsNoTracking().Where(c => c.EventId == e.Id && (own == null || c.EnterpriseId == own))
            .OrderBy(c => c.SignedOn).ThenBy(c => c.Id)
            .Select(c => new EventOutcomeDto(c.Id, c.Title, c.EnterpriseName, c.Holder, c.Amount, c.SignedOn)).ToListAsync(ct);
        var invitees = e.Invitees.OrderBy(i => i.Position).ToList();
        return new EventDto(e.Id, e.RegionCode, e.Title, e.HeldOn, e.Place, e.Organisers, e.Notes, e.HeldOn <= today,
            [.. invitees.Select(i => new InviteeDto(i.EnterpriseId, i.Name, i.Attended, i.HeadCount))],
            [.. e.Pairs.Where(p => own is null || p.EnterpriseId == own).OrderBy(p => p.Position)
                .Select(p => new PairDto(p.NeedId, p.NeedTitle, p.EnterpriseId, p.EnterpriseName, p.AchievementId, p.AchievementTitle, p.Holder))],
            [.. e.Intentions.Where(i => own is null || i.EnterpriseId == own).OrderBy(i => i.Position)
                .Select(i => new IntentionDto(i.EnterpriseId, i.EnterpriseName, i.Holder, i.NeedId, i.AchievementId, i.Note))],
            outcomes,
            invitees.Count(i => i.EnterpriseId is not null), invitees.Count(i => i.Attended), invitees.Sum(i => i.HeadCount), e.UpdatedAt, e.Version);
    }
}
