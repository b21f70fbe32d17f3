using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Policies;

/// <summary>
/// Who may do what with policy clauses and awards (docs/domain.md §1, §7.5). The bureau's staff and admins write the
/// clauses of their region and work the lists; leaders read. A bureau sees the clauses of its region and those of the
/// regions above it that cover it (a city clause applies in its counties), with only its own enterprises. An enterprise
/// user sees the clauses that cover its enterprise and only its own awards; anything else is 404.
/// </summary>
internal static class PolicyAccess
{
    private static readonly string[] Bureau = [Roles.Admin, Roles.Leader, Roles.Staff];

    public static bool IsBureau(Caller caller) => Bureau.Any(caller.IsIn);

    public static void RequireBureau(Caller caller)
    {
        if (!IsBureau(caller))
        {
            throw new ForbiddenException("当前账号不能办理政策兑现");
        }
    }

    public static IQueryable<PolicyAward> InRegion(IQueryable<PolicyAward> rows, RegionCode region, RegionMatch match = RegionMatch.Range) =>
        rows.Within(a => a.RegionCode, region, RegionColumn.CountyCodes, match);

    /// <summary>Clauses a bureau caller sees: of its region or under it, and of the regions above that cover it.</summary>
    public static IQueryable<PolicyClause> Visible(IQueryable<PolicyClause> clauses, Caller caller)
    {
        var above = Above(caller.Region);
        var prefix = caller.Region.ScopePrefix;
        return clauses.Where(c => c.RegionCode.StartsWith(prefix) || above.Contains(c.RegionCode));
    }

    /// <summary>The codes of the regions above <paramref name="region"/> (its city, province and the country).</summary>
    public static string[] Above(RegionCode region)
    {
        var value = region.Value;
        return [.. new[] { value[..2] + "0000", value[..4] + "00", value[..6], RegionCode.Country.Value }.Where(c => c != value).Distinct()];
    }

    /// <summary>The current edition of a clause the caller may see (404 otherwise, so codes cannot be probed).</summary>
    public static async Task<PolicyClause> ClauseAsync(KechuangDbContext db, Caller caller, string code, bool track, CancellationToken ct)
    {
        var rows = track ? db.PolicyClauses : db.PolicyClauses.AsNoTracking();
        var clause = await rows.FirstOrDefaultAsync(c => c.Code == code && c.Current, ct);
        if (clause is null || !SeesClause(caller, RegionCode.Parse(clause.RegionCode), await EnterpriseRegionAsync(db, caller, ct)))
        {
            throw new NotFoundException($"未找到政策条款 {code}");
        }
        return clause;
    }

    private static bool SeesClause(Caller caller, RegionCode clauseRegion, RegionCode? enterpriseRegion) =>
        IsBureau(caller) ? caller.CanSee(clauseRegion) || clauseRegion.Covers(caller.Region)
        : enterpriseRegion is { } own && clauseRegion.Covers(own);

    /// <summary>The enterprise user's own enterprise county, or null for anyone else.</summary>
    public static async Task<RegionCode?> EnterpriseRegionAsync(KechuangDbContext db, Caller caller, CancellationToken ct)
    {
        if (!caller.IsIn(Roles.Enterprise) || caller.EnterpriseId is not { } id)
        {
            return null;
        }
        var standing = await EnterpriseLookup.StandingAsync(db, id, DateOnly.MinValue, ct);
        return standing is { } s ? RegionCode.Parse(s.RegionCode) : null;
    }

    /// <summary>The region whose enterprises a bureau caller computes or lists for a clause: the narrower of the two.</summary>
    public static RegionCode Scope(Caller caller, PolicyClause clause)
    {
        var clauseRegion = RegionCode.Parse(clause.RegionCode);
        return caller.CanSee(clauseRegion) ? clauseRegion : caller.Region;
    }

    public static void RequireWriter(Caller caller, PolicyClause clause)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        if (!caller.CanSee(RegionCode.Parse(clause.RegionCode)))
        {
            throw new ForbiddenException($"{clause.RegionCode} 的政策条款由其所在地科技局维护");
        }
    }

    /// <summary>An award the caller may see: the bureau of its county or above, or its own enterprise; 404 otherwise.</summary>
    public static async Task<PolicyAward> AwardAsync(KechuangDbContext db, Caller caller, Guid id, bool track, CancellationToken ct)
    {
        var rows = track ? db.PolicyAwards : db.PolicyAwards.AsNoTracking();
        var award = await rows.FirstOrDefaultAsync(a => a.Id == id, ct);
        var sees = award is not null && (IsBureau(caller)
            ? caller.CanSee(RegionCode.Parse(award.RegionCode))
            : caller.IsIn(Roles.Enterprise) && caller.EnterpriseId == award.EnterpriseId);
        return sees ? award! : throw new NotFoundException("未找到该兑现记录");
    }

    /// <summary>The region a clause is written for: in the division list and current, not a town, inside the caller's region.</summary>
    public static async Task<RegionCode> WritableRegionAsync(KechuangDbContext db, Caller caller, string? code, Validation v, CancellationToken ct)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var text = code?.Trim();
        var region = string.IsNullOrEmpty(text) ? null : (await RegionLookup.ForAsync(db, ct, text))(text);
        if (string.IsNullOrEmpty(text))
        {
            v.Add("regionCode", "请填写政策适用地区的区划代码");
        }
        else if (region is null || region.RetiredOn is not null)
        {
            v.Add("regionCode", $"区划代码 {text} 不存在");
        }
        else if (region.Level == RegionLevel.Town)
        {
            v.Add("regionCode", $"{region.Name} 是乡镇街道：政策条款适用于县级及以上地区");
        }
        v.ThrowIfAny();
        var parsed = RegionCode.Parse(region!.Code);
        if (!caller.CanSee(parsed))
        {
            throw new ForbiddenException($"只能制定本辖区（{caller.Region}）的政策条款");
        }
        return parsed;
    }
}
