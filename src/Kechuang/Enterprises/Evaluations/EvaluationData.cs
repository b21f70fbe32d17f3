using Kechuang.Common;
using Kechuang.Data;
using Kechuang.IntellectualProperty;
using Kechuang.Enterprises.Rules;
using Microsoft.EntityFrameworkCore;
using static System.FormattableString;

namespace Kechuang.Enterprises.Evaluations;

/// <summary>Turns stored records into the pure rules' inputs, for one enterprise or a whole region.</summary>
internal static class EvaluationData
{
    public const string ValidHte = "有效期内的高新技术企业";
    public const string ProvincialRdCentre = "省级以上研发机构";

    public static YearFacts ToFacts(EnterpriseYear f) => new(
        f.Year, f.Staff, f.TechStaff, f.SalesRevenue, f.TotalIncome, f.HighTechIncome, f.RdExpense, f.RdExpenseDomestic,
        f.TotalCostsAndExpenses, f.TotalAssets, f.NetAssets, f.ClassOneIp ?? 0, f.ClassTwoIp ?? 0, f.Conversions, f.MajorViolation,
        f.IpAdvancement, f.IpCoreRole, f.IpOwnRd, f.RdManagement);

    /// <summary>
    /// docs/domain.md §4.1/§4.2: an IP count the enterprise did not report for the evaluated year (null, not 0) is its
    /// patents valid on <paramref name="day"/> in the register — inventions Ⅰ类, utility models and designs Ⅱ类 — and the
    /// facts say so; a reported count always stands.
    /// </summary>
    public static YearFacts WithRegister(YearFacts facts, bool classOneMissing, bool classTwoMissing, ValidPatents? register, DateOnly day)
    {
        if (!classOneMissing && !classTwoMissing)
        {
            return facts;
        }
        var notes = new List<string>();
        var one = facts.ClassOneIp;
        var two = facts.ClassTwoIp;
        if (classOneMissing)
        {
            var numbers = register?.ClassOne ?? [];
            one = numbers.Count;
            notes.Add($"Ⅰ类未填报，取专利登记簿{Zh.Date(day)}有效的发明专利 {Numbers(numbers)}");
        }
        if (classTwoMissing)
        {
            var numbers = register?.ClassTwo ?? [];
            two = numbers.Count;
            notes.Add($"Ⅱ类未填报，取专利登记簿{Zh.Date(day)}有效的实用新型和外观设计专利 {Numbers(numbers)}");
        }
        return facts with { ClassOneIp = one, ClassTwoIp = two, IpSource = string.Join("；", notes) };
    }

    /// <summary>The count with the numbers, the first five of a long list.</summary>
    private static string Numbers(IReadOnlyList<string> numbers) => numbers.Count switch
    {
        0 => "0 件",
        <= 5 => Invariant($"{numbers.Count} 件（{string.Join("、", numbers)}）"),
        _ => Invariant($"{numbers.Count} 件（{string.Join("、", numbers.Take(5))} 等）"),
    };

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

    /// <summary>Years Y-2..Y and the titles; year Y's unreported IP counts from the patent register on <paramref name="day"/>.</summary>
    public static async Task<(List<YearFacts> Facts, List<Qualification> Titles)> LoadAsync(KechuangDbContext db, Guid id, int year, DateOnly day, CancellationToken ct)
    {
        var facts = await db.EnterpriseYears.AsNoTracking().Where(f => f.EnterpriseId == id && f.Year >= year - 2 && f.Year <= year).ToListAsync(ct);
        var titles = await db.Qualifications.AsNoTracking().Where(q => q.EnterpriseId == id).ToListAsync(ct);
        var latest = facts.FirstOrDefault(f => f.Year == year);
        ValidPatents? register = null;
        if (latest is { ClassOneIp: null } or { ClassTwoIp: null })
        {
            (await EnterprisePatentsQuery.ValidOnAsync(db, [id], day, ct)).TryGetValue(id, out register);
        }
        return (facts.Select(f => f.Year == year ? WithRegister(ToFacts(f), f.ClassOneIp is null, f.ClassTwoIp is null, register, day) : ToFacts(f)).ToList(), titles);
    }
}
