using Kechuang.Data;
using Kechuang.Enterprises.Rules;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises.Evaluations;

/// <summary>Turns stored records into the pure rules' inputs, for one enterprise or a whole region.</summary>
internal static class EvaluationData
{
    public const string ValidHte = "有效期内的高新技术企业";
    public const string ProvincialRdCentre = "省级以上研发机构";

    public static YearFacts ToFacts(EnterpriseYear f) => new(
        f.Year, f.Staff, f.TechStaff, f.SalesRevenue, f.TotalIncome, f.HighTechIncome, f.RdExpense, f.RdExpenseDomestic,
        f.TotalCostsAndExpenses, f.TotalAssets, f.NetAssets, f.ClassOneIp, f.ClassTwoIp, f.Conversions, f.MajorViolation,
        f.IpAdvancement, f.IpCoreRole, f.IpOwnRd, f.RdManagement);

    public static HteInput HteInput(Enterprise e, int year, DateOnly asOf, IEnumerable<YearFacts> facts) =>
        new(year, e.FoundedOn ?? asOf, asOf, e.TechnologyField, facts.Where(f => f.Year >= year - 2 && f.Year <= year).OrderBy(f => f.Year).ToList());

    /// <summary>评价办法 第六条: a valid HTE certificate or a provincial-or-higher R&amp;D institution qualifies directly.</summary>
    public static string? DirectQualification(IEnumerable<Qualification> titles, DateOnly asOf)
    {
        var valid = titles.Where(q => q.IsValidOn(asOf)).Select(q => q.Type).ToHashSet();
        return valid.Contains(QualificationType.HighTech) ? ValidHte
            : valid.Contains("省级企业研发中心") ? ProvincialRdCentre
            : null;
    }

    public static TechSmeInput TechSmeInput(int year, IEnumerable<YearFacts> facts, string? direct)
    {
        var list = facts.ToList();
        return new TechSmeInput(year, list.FirstOrDefault(f => f.Year == year), list.FirstOrDefault(f => f.Year == year - 1), direct);
    }

    /// <summary>Fiscal year Y is the last complete one by default; the as-of date is today.</summary>
    public static (int Year, DateOnly AsOf) Defaults(int? year, DateOnly? asOf, DateOnly today) =>
        (year ?? today.Year - 1, asOf ?? today);

    public static async Task<(List<YearFacts> Facts, List<Qualification> Titles)> LoadAsync(KechuangDbContext db, Guid id, int year, CancellationToken ct)
    {
        var facts = await db.EnterpriseYears.AsNoTracking().Where(f => f.EnterpriseId == id && f.Year >= year - 2 && f.Year <= year).ToListAsync(ct);
        var titles = await db.Qualifications.AsNoTracking().Where(q => q.EnterpriseId == id).ToListAsync(ct);
        return (facts.Select(ToFacts).ToList(), titles);
    }
}
