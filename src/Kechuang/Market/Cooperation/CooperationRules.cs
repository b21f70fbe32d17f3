using Kechuang.Common;
using Kechuang.Contracts;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Market.Achievements;
using Kechuang.Market.Needs;
using Kechuang.Projects.Experts;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Market.Cooperation;

/// <summary>
/// What a cooperation project must be (docs/domain.md §7.1), every problem at once, and the references it resolves: the
/// need (its enterprise, and its status moved to 已合作), the enterprise otherwise, the achievement or expert (the
/// holder when none is typed), the event of the enterprise's county, the technology contract through the registry's
/// named query <see cref="ContractLookup"/>. Payments: never before signing, never in the future, never more in total
/// than the contract amount (a 400, not a warning: the figure would overstate the money the market moved).
/// </summary>
internal static class CooperationRules
{
    public const decimal MaxAmount = 10_000_000_000m;

    public static async Task ApplyAsync(KechuangDbContext db, GetExpert experts, Caller caller, CooperationProject c, CooperationRequest r, DateOnly today,
        DateTimeOffset now, Validation v, CancellationToken ct)
    {
        MarketRules.Title(r.Title, "title", "项目名称", MarketFollowUpRules.MaxTitle, v);
        MarketRules.Length(r.Notes, "notes", "备注", MarketFollowUpRules.MaxNote, v);
        MarketRules.Length(r.Holder, "holder", "合作单位", MarketFollowUpRules.MaxName, v);
        if (string.IsNullOrWhiteSpace(r.Mode) || !MarketWords.CooperationModes.Contains(r.Mode.Trim()))
        {
            v.Add("mode", $"请选择合作方式：{string.Join("、", MarketWords.CooperationModes)}");
        }
        if (r.SignedOn is not { } signed)
        {
            v.Add("signedOn", "请填写签约日期");
        }
        else if (signed > today)
        {
            v.Add("signedOn", "签约日期不能晚于今天");
        }
        if (r.Amount is not { } amount)
        {
            v.Add("amount", "请填写合同金额");
        }
        else if (amount is < 0 or > MaxAmount)
        {
            v.Add("amount", "合同金额应在0–100亿元之间");
        }
        else if (c.Payments.Sum(p => p.Amount) is var paid && paid > amount)
        {
            v.Add("amount", $"已到账{Zh.Wan(paid)}，合同金额不能低于已到账金额");
        }
        if (r.NextFollowUpOn is { } next && r.SignedOn is { } from && next < from)
        {
            v.Add("nextFollowUpOn", "下次跟进日期不能早于签约日期");
        }

        // The enterprise: the need's, or the one named.
        TechNeed? need = null;
        Guid? enterprise = null;
        string? enterpriseName = null, county = null;
        if (r.NeedId is { } needId)
        {
            need = await db.TechNeeds.Within(n => n.RegionCode, caller.Region, RegionColumn.CountyCodes, RegionScope.MatchFor(db)).FirstOrDefaultAsync(n => n.Id == needId, ct);
            if (need is null)
            {
                v.Add("needId", "技术需求不存在，或不在本辖区");
            }
            else if (r.EnterpriseId is { } named && named != need.EnterpriseId)
            {
                v.Add("enterpriseId", $"合作企业应为提出需求的企业（{need.EnterpriseName}）");
            }
            else
            {
                (enterprise, enterpriseName, county) = (need.EnterpriseId, need.EnterpriseName, need.RegionCode);
            }
        }
        else if (r.EnterpriseId is { } id)
        {
            // Another county's enterprise is not found, as a need filed for it answers (CreateNeed).
            county = await EnterpriseReference.CheckIdAsync(db, caller, id, null, "enterpriseId", new Validation(), ct)
                ?? throw new NotFoundException("未找到该企业，或不在本辖区");
            (enterprise, enterpriseName) = (id, (await EnterpriseLookup.NamesAsync(db, [id], ct))[id]);
        }
        else
        {
            v.Add("enterpriseId", "请选择合作企业，或选择其技术需求");
        }

        // The holder: typed, or the achievement's, or the expert's organisation.
        string? achievementTitle = null, achievementHolder = null, expertName = null, expertOrganisation = null;
        if (r.AchievementId is { } achievementId)
        {
            var achievement = await AchievementAccess.InRegion(db.Achievements.AsNoTracking(), db, caller.Region).Where(a => a.Id == achievementId)
                .Select(a => new { a.Title, a.Holder }).FirstOrDefaultAsync(ct);
            if (achievement is null)
            {
                v.Add("achievementId", "科技成果不存在，或不在本辖区");
            }
            else
            {
                (achievementTitle, achievementHolder) = (achievement.Title, achievement.Holder);
            }
        }
        if (r.ExpertId is { } expertId)
        {
            try
            {
                var expert = await experts.HandleAsync(caller, expertId, ct);
                (expertName, expertOrganisation) = (expert.Name, expert.Organisation);
            }
            catch (NotFoundException)
            {
                v.Add("expertId", "专家不存在，或不在本辖区专家库中");
            }
        }
        var holder = MarketRules.Blank(r.Holder) ?? achievementHolder ?? expertOrganisation;
        if (holder is null && r.AchievementId is null && r.ExpertId is null)
        {
            v.Add("holder", "请填写合作的高校院所，或选择科技成果、专家");
        }

        string? eventTitle = null;
        if (r.EventId is { } eventId && county is not null)
        {
            eventTitle = await db.MarketEvents.AsNoTracking().Where(e => e.Id == eventId && e.RegionCode == county).Select(e => e.Title).FirstOrDefaultAsync(ct);
            if (eventTitle is null)
            {
                v.Add("eventId", "对接活动不存在，或不是该企业所在县的活动");
            }
        }
        ContractReference? contract = null;
        if (!string.IsNullOrWhiteSpace(r.Contract) && county is not null)
        {
            contract = await ContractLookup.FindAsync(db, RegionCode.Parse(county), r.Contract, ct);
            if (contract is null)
            {
                v.Add("contract", $"未找到编号或登记编号为“{r.Contract.Trim()}”的本县技术合同");
            }
        }
        v.ThrowIfAny();

        c.RegionCode = county!;
        (c.EnterpriseId, c.EnterpriseName, c.Holder, c.Title, c.Mode) = (enterprise!.Value, enterpriseName!, holder!, r.Title!.Trim(), r.Mode!.Trim());
        (c.SignedOn, c.Amount) = (r.SignedOn!.Value, r.Amount!.Value);
        (c.NeedId, c.NeedTitle) = (need?.Id, need?.Title);
        (c.AchievementId, c.AchievementTitle) = (r.AchievementId, achievementTitle);
        (c.ExpertId, c.ExpertName) = (r.ExpertId, expertName);
        (c.EventId, c.EventTitle) = (eventTitle is null ? null : r.EventId, eventTitle);
        (c.ContractId, c.ContractLabel) = (contract?.Id, contract?.Label);
        (c.NextFollowUpOn, c.Notes) = (r.NextFollowUpOn, MarketRules.Blank(r.Notes));
        if (need is not null && need.Status != MarketWords.Cooperating)
        {
            // A cooperation signed on a need: the need has found its partner (docs/domain.md §7.1, statuses).
            need.Status = MarketWords.Cooperating;
            need.UpdatedAt = now;
        }
    }

    /// <summary>A payment's own checks and the running total against the contract amount.</summary>
    public static void CheckPayment(CooperationProject c, PaymentRequest r, DateOnly today, Validation v)
    {
        MarketRules.Length(r.Note, "note", "说明", 200, v);
        if (r.PaidOn is not { } on)
        {
            v.Add("paidOn", "请填写到账日期");
        }
        else if (on < c.SignedOn)
        {
            v.Add("paidOn", $"到账日期不能早于签约日期（{Zh.Date(c.SignedOn)}）");
        }
        else if (on > today)
        {
            v.Add("paidOn", "到账日期不能晚于今天");
        }
        if (r.Amount is not { } amount || amount <= 0)
        {
            v.Add("amount", "请填写大于0的到账金额");
        }
        else if (c.Payments.Sum(p => p.Amount) + amount is var total && total > c.Amount)
        {
            v.Add("amount", $"累计到账{Zh.Wan(total)}，超过合同金额{Zh.Wan(c.Amount)}；请先核对合同金额");
        }
    }
}
