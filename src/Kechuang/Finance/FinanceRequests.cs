using Kechuang.Policies;

namespace Kechuang.Finance;

/// <summary>POST /api/finance/records and PUT …/{id}: <see cref="Kind"/> 科技贷/担保/科技保险/风险池补偿/贴息 (or loan, guarantee, insurance, compensation, subsidy).</summary>
public sealed record FinanceRequest(
    string? Kind, Guid? EnterpriseId, string? Institution, decimal? Amount, DateOnly? StartOn, DateOnly? EndOn = null, decimal? Rate = null,
    string? Product = null, decimal? Premium = null, Guid? LoanId = null, string? PolicyCode = null, string? Note = null, int? Version = null);

/// <summary>GET /api/finance/records: kind, year of the start date, search by enterprise name or institution.</summary>
public sealed record ListFinanceQuery(string? RegionCode = null, string? Kind = null, int? Year = null, string? Q = null, int? Page = null, int? PageSize = null);

public sealed record FinanceDto(
    Guid Id, string Kind, Guid EnterpriseId, string? EnterpriseName, string RegionCode, string Institution, string? Product, decimal Amount,
    decimal? Rate, decimal? Premium, DateOnly StartOn, DateOnly? EndOn, Guid? LoanId, string? PolicyCode, string? Note, int Version,
    int? PolicyYear = null, IReadOnlyList<TraceLine>? Trace = null);

/// <summary>
/// POST /api/finance/subsidies: record the 贴息 a policy clause computes for a year; <see cref="Preview"/> only reports
/// what would be recorded. <see cref="PaidOn"/> defaults to today, <see cref="Institution"/> (拨付单位) to the region's 科技局.
/// </summary>
public sealed record SubsidyRequest(string? PolicyCode, int? Year, DateOnly? PaidOn = null, string? Institution = null, bool Preview = false);

/// <summary>An enterprise the clause lists but no subsidy could be recorded for, and why.</summary>
public sealed record SubsidySkipped(Guid EnterpriseId, string Name, string Reason);

/// <summary>What recording the subsidies did (or would do): new records, those already recorded, the total of the new ones (yuan).</summary>
public sealed record SubsidyResult(string PolicyCode, int Year, bool Preview, int Created, int AlreadyRecorded, decimal Total,
    IReadOnlyList<FinanceDto> Records, IReadOnlyList<SubsidySkipped> Skipped);

/// <summary>A bank's (or any institution's) line of the year: loans and what was subsidised or compensated on them.</summary>
public sealed record FinanceByInstitution(string Institution, int Loans, decimal LoanAmount, decimal? AverageRate, int Guarantees, decimal GuaranteeAmount,
    decimal Subsidy, decimal Compensation);

/// <summary>A month of the year: the amounts of each kind started or paid in it (yuan).</summary>
public sealed record FinanceByMonth(int Month, int Loans, decimal LoanAmount, decimal GuaranteeAmount, decimal InsuredAmount, decimal Premium, decimal Compensation, decimal Subsidy);

/// <summary>GET /api/finance/summary: the year's totals by kind, by institution and by month.</summary>
public sealed record FinanceSummaryDto(int Year, string RegionCode, int Enterprises, int Loans, decimal LoanAmount, decimal GuaranteeAmount, decimal InsuredAmount,
    decimal Premium, decimal Compensation, decimal Subsidy, IReadOnlyList<FinanceByInstitution> ByInstitution, IReadOnlyList<FinanceByMonth> ByMonth);
