namespace Kechuang.Reports;

/// <summary>Which summary: region code, year and period (FY or H1).</summary>
public sealed record SummaryKey(string? Region, int? Year, string? Period);

/// <summary>Staff's wording of 存在问题 and 工作思路; empty or null returns that part to the draft from the data.</summary>
public sealed record SummaryNarrativeRequest(string? Region, int? Year, string? Period, string? Problems, string? Plan);
