using Kechuang.Data;
using Kechuang.Policies;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Demo;

/// <summary>
/// 政策兑现 for 平阳县 (docs/domain.md §7.5): the clauses of a demo county policy (the document numbers are examples, not
/// real documents) for the last two years, computed by the real calculator from the demo register. The year before last is
/// paid in full; last year's 高企 reward is paid, its R&amp;D reward approved and in payment, and the 科技型中小企业 reward
/// has a few applications waiting and a list in 公示; a yearly total of 100万元 per enterprise leaves the tech-SME reward outside it.
/// </summary>
internal static class PolicyDemoData
{
    private const string Pingyang = "330326";

    public static async Task SeedAsync(KechuangDbContext db, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.PolicyClauses.AnyAsync(ct))
        {
            return;
        }
        var last = today.Year - 1;
        foreach (var year in new[] { last - 1, last })
        {
            var document = $"平政发〔{year - 1}〕示例{year % 100}号";
            var clauses = new[]
            {
                Clause($"PY{year}-HTE", "新认定高新技术企业奖励", document, year, "hte_new", "100000", autoGrant: true),
                Clause($"PY{year}-RD", "研发投入增量奖励", document, year, "rd >= 3000000 && rd > rd_prev", "(rd - rd_prev) * 0.1",
                    autoGrant: true, cap: 500_000m, budget: 3_000_000m),
                Clause($"PY{year}-TC", "技术合同交易奖励", document, year, "contracts_sold >= 5000000", "contracts_sold * 0.005", autoGrant: true, cap: 100_000m),
                Clause($"PY{year}-SME", "科技型中小企业入库奖励", document, year, "techsme_new", "20000", autoGrant: false, budget: 400_000m,
                    overBudget: PolicyRules.InOrder),
            };
            foreach (var clause in clauses)
            {
                clause.CreatedAt = now;
                clause.CreatedBy = "演示数据";
            }
            db.PolicyClauses.AddRange(clauses);
            db.PolicyCeilings.Add(new PolicyCeiling { RegionCode = Pingyang, Year = year, Amount = 1_000_000m, Exemptions = $"PY{year}-SME", Note = "科技型中小企业入库奖励不计入总额度" });
            await db.SaveChangesAsync(ct);

            var facts = await PolicyRuns.FactsAsync(db, Regions.RegionCode.Parse(Pingyang), year, ct);
            var listedFrom = new DateOnly(year + 1, 3, 2);
            foreach (var clause in clauses)
            {
                var run = await PolicyRuns.RunAsync(db, clause, year, null, null, fixedBudget: true, ct);
                var eligible = PolicyCalculator.Compute(run, facts).Where(b => b.Status == Beneficiary.Eligible && b.Amount > 0).ToList();
                var applied = clause.Code.EndsWith("-SME", StringComparison.Ordinal);
                var paid = year < last || clause.Code.EndsWith("-HTE", StringComparison.Ordinal) || clause.Code.EndsWith("-TC", StringComparison.Ordinal);
                var rows = applied ? eligible.Take(year < last ? 12 : 11).ToList() : eligible;
                for (var i = 0; i < rows.Count; i++)
                {
                    var b = rows[i];
                    var award = new PolicyAward
                    {
                        ClauseId = clause.Id, Code = clause.Code, Year = year, EnterpriseId = b.EnterpriseId, EnterpriseName = b.Name, Uscc = b.Uscc,
                        RegionCode = b.RegionCode, Source = applied ? PolicyRules.Applied : PolicyRules.Auto, Amount = b.Amount,
                        Trace = PolicyRuns.Serialize(b.Trace), CreatedAt = now, UpdatedAt = now, Status = AwardStatus.Applied,
                        AppliedAt = applied ? new DateTimeOffset(year + 1, 2, 10 + i, 2, 0, 0, TimeSpan.Zero) : null,
                    };
                    // Last year's tech-SME list: five applications waiting, the next ones in their 公示 period around today, so the
                    // public page (§7.11) shows a list whatever day the demo starts.
                    if (applied && year == last && i >= 5)
                    {
                        award.AppliedAt = now.AddDays(-20 + i);
                        award.Status = AwardStatus.Public;
                        award.PublicFrom = today.AddDays(-2);
                        award.PublicTo = today.AddDays(4);
                    }
                    else if (!applied || year < last)
                    {
                        award.Status = AwardStatus.Approved;
                        award.PublicFrom = listedFrom;
                        award.PublicTo = listedFrom.AddDays(6);
                        award.ApprovedOn = listedFrom.AddDays(10);
                    }
                    var paidOn = listedFrom.AddDays(30 + (i % 20));
                    if (award.Status == AwardStatus.Approved && (paid || i % 2 == 0) && paidOn <= today)
                    {
                        award.Status = AwardStatus.Paid;
                        award.PaidOn = paidOn;
                        award.PaidAmount = award.Amount;
                        award.VoucherNo = $"平财记-{year + 1}-{clause.Code[(clause.Code.LastIndexOf('-') + 1)..]}{i + 1:D3}";
                    }
                    db.PolicyAwards.Add(award);
                }
                await db.SaveChangesAsync(ct);
            }
        }
        // 科技贷款贴息 for last year: no awards of its own; the finance page records the 贴息 it computes over loan_interest
        // (docs/domain.md §7.4).
        var subsidy = Clause($"PY{last}-TX", "科技贷款贴息", $"平政发〔{last - 1}〕示例{last % 100}号", last, "loan_interest > 0", "loan_interest * 0.5",
            autoGrant: false, cap: 200_000m);
        subsidy.CreatedAt = now;
        subsidy.CreatedBy = "演示数据";
        db.PolicyClauses.Add(subsidy);
        await db.SaveChangesAsync(ct);
    }

    private static PolicyClause Clause(string code, string name, string document, int year, string condition, string amount, bool autoGrant,
        decimal? cap = null, decimal? budget = null, string overBudget = PolicyRules.Prorate) => new()
    {
        Code = code, Name = name, Document = document, RegionCode = Pingyang, Year = year, Condition = condition, Amount = amount,
        Cap = cap, Budget = budget, OverBudget = overBudget, AutoGrant = autoGrant,
        ValidFrom = new DateOnly(year + 1, 1, 1), ValidTo = new DateOnly(year + 1, 12, 31),
    };
}
