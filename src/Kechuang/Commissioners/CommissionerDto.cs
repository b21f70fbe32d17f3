namespace Kechuang.Commissioners;

/// <summary>A commissioner as the list, the page and the API show it; <see cref="Headcount"/> is what it counts in 科技特派员数.</summary>
public sealed record CommissionerDto(
    Guid Id,
    string Name,
    string Kind,
    string KindName,
    string Level,
    string RegionCode,
    string? RegionName,
    int Year,
    string? Institution,
    string? Field,
    int Headcount,
    IReadOnlyList<CommissionerTownDto> Towns,
    IReadOnlyList<CommissionerMemberDto> Members,
    IReadOnlyList<CommissionerProjectDto> Projects,
    IReadOnlyList<string> Enterprises,
    CommissionerAssessmentDto? Assessment,
    int Version)
{
    public static CommissionerDto From(Commissioner c, Func<string, Regions.Region?> regions) => new(
        c.Id, c.Name, c.Kind, CommissionerWords.Chinese(c.Kind), c.Level, c.RegionCode, regions(c.RegionCode)?.Name, c.Year,
        c.Institution, c.Field, c.Headcount,
        [.. c.Towns.OrderBy(t => t.TownCode, StringComparer.Ordinal).Select(t => new CommissionerTownDto(t.TownCode, regions(t.TownCode)?.Name, t.From, t.To, t.Villages))],
        [.. c.Members.OrderBy(m => m.Id).Select(m => new CommissionerMemberDto(m.Name, m.Institution, m.Expertise))],
        [.. c.Projects.OrderBy(p => p.Id).Select(p => new CommissionerProjectDto(p.Name, p.FundsYuan))],
        c.Enterprises,
        c.AssessmentGrade is { } grade ? new CommissionerAssessmentDto(grade, c.AssessmentRemark, c.AssessedOn, c.AssessedBy) : null,
        c.Version);
}

/// <summary>年度考核 as recorded: the grade, the remark, the day and who recorded it.</summary>
public sealed record CommissionerAssessmentDto(string Grade, string? Remark, DateOnly? AssessedOn, string? AssessedBy);

/// <summary>A town served; <see cref="From"/> and <see cref="To"/> when the record gives the days of service there, and the villages served.</summary>
public sealed record CommissionerTownDto(string Code, string? Name, DateOnly? From = null, DateOnly? To = null, IReadOnlyList<string>? Villages = null);

public sealed record CommissionerMemberDto(string Name, string? Institution, string? Expertise);

public sealed record CommissionerProjectDto(string Name, decimal? FundsYuan);

/// <summary>镇村覆盖 of a county in a year: every town, served or not, with the commissioners serving it.</summary>
public sealed record CommissionerCoverageDto(
    string RegionCode, string RegionName, int Year, IReadOnlyList<TownCoverageDto> Towns, int Served, int Total, decimal? Rate);

/// <summary>A town of the coverage: the commissioners serving it and the villages they name there.</summary>
public sealed record TownCoverageDto(string Code, string Name, IReadOnlyList<string> Commissioners, IReadOnlyList<string>? Villages = null);
