using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Finance;

/// <summary>GET /api/finance/summary?year=Y: the year's loans, guarantees, insurance, compensations and subsidies, by
/// institution and by month (docs/domain.md §7.4). A subsidy or compensation counts under the bank of the loan it names.</summary>
public sealed class GetFinanceSummary(KechuangDbContext db)
{
    public async Task<FinanceSummaryDto> HandleAsync(Caller caller, string? regionCode, int year, CancellationToken ct = default)
    {
        var scope = FinanceAccess.Scope(caller, regionCode);
        if (year is < 2000 or > 2100)
        {
            throw new Common.ValidationFailedException("year", "年份应在2000—2100之间");
        }
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        // Summed in memory: SQLite stores money as integer fen and cannot SUM it as decimal (ADR 0006).
        var rows = await FinanceAccess.InRegion(db, scope).Where(r => r.StartOn >= from && r.StartOn <= to).ToListAsync(ct);
        var loanIds = rows.Where(r => r.LoanId is not null).Select(r => r.LoanId!.Value).Distinct().ToList();
        var banks = await db.FinanceRecords.AsNoTracking().Where(r => loanIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Institution, ct);
        string Bank(FinanceRecord r) => r.LoanId is { } loan && banks.TryGetValue(loan, out var bank) ? bank : r.Institution;
        decimal Sum(IEnumerable<FinanceRecord> list, string kind) => list.Where(r => r.Kind == kind).Sum(r => r.Amount);

        var byInstitution = rows.Where(r => r.Kind != FinanceWords.Insurance).GroupBy(Bank).Select(g =>
        {
            var loans = g.Where(r => r.Kind == FinanceWords.Loan).ToList();
            var rated = loans.Where(l => l.Rate is not null).ToList();
            decimal? average = rated.Count == 0 ? null
                : decimal.Round(rated.Sum(l => l.Amount * l.Rate!.Value) / rated.Sum(l => l.Amount), 2, MidpointRounding.AwayFromZero);
            return new FinanceByInstitution(g.Key, loans.Count, Sum(g, FinanceWords.Loan), average, g.Count(r => r.Kind == FinanceWords.Guarantee),
                Sum(g, FinanceWords.Guarantee), Sum(g, FinanceWords.Subsidy), Sum(g, FinanceWords.Compensation));
        }).OrderByDescending(b => b.LoanAmount).ThenBy(b => b.Institution, StringComparer.Ordinal).ToList();
        var byMonth = Enumerable.Range(1, 12).Select(m =>
        {
            var month = rows.Where(r => r.StartOn.Month == m).ToList();
            return new FinanceByMonth(m, month.Count(r => r.Kind == FinanceWords.Loan), Sum(month, FinanceWords.Loan), Sum(month, FinanceWords.Guarantee),
                Sum(month, FinanceWords.Insurance), month.Where(r => r.Kind == FinanceWords.Insurance).Sum(r => r.Premium ?? 0m),
                Sum(month, FinanceWords.Compensation), Sum(month, FinanceWords.Subsidy));
        }).ToList();
        return new FinanceSummaryDto(year, scope.Value, rows.Select(r => r.EnterpriseId).Distinct().Count(), rows.Count(r => r.Kind == FinanceWords.Loan),
            Sum(rows, FinanceWords.Loan), Sum(rows, FinanceWords.Guarantee), Sum(rows, FinanceWords.Insurance),
            rows.Where(r => r.Kind == FinanceWords.Insurance).Sum(r => r.Premium ?? 0m), Sum(rows, FinanceWords.Compensation), Sum(rows, FinanceWords.Subsidy),
            byInstitution, byMonth);
    }
}
