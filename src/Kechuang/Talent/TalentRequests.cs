namespace Kechuang.Talent;

/// <summary>POST /api/talent/programmes and PUT …/{id}: the level follows <see cref="RegionCode"/> (the region that runs it).</summary>
public sealed record ProgrammeRequest(
    string? Name, string? RegionCode, decimal? AnnualFunding = null, int? FundingYears = null, string? Remark = null,
    bool? Retired = null, int? Version = null);

public sealed record ProgrammeDto(
    Guid Id, string Name, string Level, string RegionCode, string? RegionName, decimal? AnnualFunding, int? FundingYears,
    string? Remark, bool Retired, int Version)
{
    public static ProgrammeDto From(TalentProgramme p, string? regionName) =>
        new(p.Id, p.Name, p.Level, p.RegionCode, regionName, p.AnnualFunding, p.FundingYears, p.Remark, p.Retired, p.Version);
}

/// <summary>
/// POST /api/talent/awards and PUT …/{id}: an enterprise of the register by <see cref="EnterpriseId"/>, or an institution
/// by <see cref="Institution"/> with its county <see cref="RegionCode"/>; money in yuan. A blank status is 已入选 with a
/// decision date, 申报中 without; an award's blank funding is the programme's standard.
/// </summary>
public sealed record AwardRequest(
    Guid? ProgrammeId, Guid? EnterpriseId, string? Institution, string? RegionCode, string? PersonName, string? Degree, string? Field,
    DateOnly? AppliedOn, DateOnly? DecidedOn = null, string? Status = null, string? Gender = null, string? IdType = null,
    string? IdNumber = null, decimal? FundingGranted = null, decimal? FundingPaid = null, string? Remark = null, int? Version = null);

public sealed record CheckDto(Guid Id, int Year, string Result, DateOnly CheckedOn, string? Remark)
{
    public static CheckDto From(TalentCheck c) => new(c.Id, c.Year, c.Result, c.CheckedOn, c.Remark);
}

/// <summary>An award with its person's personal data: served to the bureau only.</summary>
public sealed record AwardDto(
    Guid Id, Guid ProgrammeId, string ProgrammeName, string Level, Guid? EnterpriseId, string Employer, string RegionCode,
    string PersonName, string? Gender, string? IdType, string? IdNumber, string Degree, string Field, string Status,
    DateOnly AppliedOn, DateOnly? DecidedOn, decimal FundingGranted, decimal FundingPaid, string? Remark,
    IReadOnlyList<CheckDto> Checks, int Version)
{
    public static AwardDto From(TalentAward a, TalentProgramme? p, IEnumerable<TalentCheck> checks) =>
        new(a.Id, a.ProgrammeId, p?.Name ?? "", p?.Level ?? "", a.EnterpriseId, a.Employer, a.RegionCode, a.PersonName, a.Gender, a.IdType,
            a.IdNumber, a.Degree, a.Field, a.Status, a.AppliedOn, a.DecidedOn, a.FundingGranted, a.FundingPaid, a.Remark,
            [.. checks.OrderBy(c => c.Year).Select(CheckDto.From)], a.Version);
}

/// <summary>Filters of the awards: <see cref="Q"/> matches the person, employer or field; <see cref="Year"/> the year applied or decided.</summary>
public sealed record ListTalentAwardsQuery(
    string? Region = null, Guid? ProgrammeId = null, string? Level = null, string? Status = null, int? Year = null, string? Q = null,
    int? Page = null, int? PageSize = null);

/// <summary>POST /api/talent/awards/{id}/checks: the year's 年度考核; the same year again replaces it.</summary>
public sealed record CheckRequest(int? Year, string? Result, DateOnly? CheckedOn, string? Remark = null);

/// <summary>POST /api/talent/recruits and PUT …/{id}: an enterprise user may leave <see cref="EnterpriseId"/> blank (its own).</summary>
public sealed record RecruitRequest(
    Guid? EnterpriseId, string? PersonName, string? Degree, string? School, DateOnly? RecruitedOn, string? Major = null, int? Version = null);

public sealed record RecruitDto(
    Guid Id, Guid EnterpriseId, string Employer, string RegionCode, string PersonName, string Degree, string School, string? Major,
    DateOnly RecruitedOn, int Version)
{
    public static RecruitDto From(TalentRecruit r) =>
        new(r.Id, r.EnterpriseId, r.Employer, r.RegionCode, r.PersonName, r.Degree, r.School, r.Major, r.RecruitedOn, r.Version);
}

public sealed record ListRecruitsQuery(
    string? Region = null, Guid? EnterpriseId = null, string? Degree = null, int? Year = null, string? Q = null, int? Page = null, int? PageSize = null);

public sealed record ExpertRequest(
    string? Name, string? Nationality, string? PermitCategory, string? Employer, string? RegionCode, DateOnly? ValidFrom, DateOnly? ValidTo,
    string? PermitNumber = null, string? Field = null, int? Version = null);

public sealed record ExpertDto(
    Guid Id, string Name, string Nationality, string PermitCategory, string? PermitNumber, string Employer, string RegionCode, string? Field,
    DateOnly ValidFrom, DateOnly ValidTo, bool Expiring, bool Expired, int Version)
{
    public static ExpertDto From(ForeignExpert e, DateOnly today) =>
        new(e.Id, e.Name, e.Nationality, e.PermitCategory, e.PermitNumber, e.Employer, e.RegionCode, e.Field, e.ValidFrom, e.ValidTo,
            TalentRules.Expiring(e.ValidTo, today), e.ValidTo < today, e.Version);
}

/// <summary>Filters of the foreign experts: <see cref="Expiring"/> those whose permit ends within 60 days; <see cref="Valid"/> those valid today.</summary>
public sealed record ListExpertsQuery(
    string? Region = null, string? Category = null, bool? Expiring = null, bool? Valid = null, string? Q = null, int? Page = null, int? PageSize = null);

/// <summary>
/// A region's talent figures for a year (docs/domain.md §7.7): awards decided in the year by level, 省级以上 together,
/// funding granted to and paid for them, postgraduates and postdocs recruited, foreign experts whose permit is valid at
/// <see cref="TalentFigures.AsOf"/>.
/// </summary>
public sealed record TalentFigureRow(
    string RegionCode, string RegionName, int National, int Provincial, int City, int County, int ProvincialOrAbove,
    decimal FundingGranted, decimal FundingPaid, int Masters, int Doctors, int Postdocs, int ForeignExperts);

/// <summary>A programme's figures in the caller's region for the year: applications filed, awards, funding, checks.</summary>
public sealed record ProgrammeFigureRow(
    Guid ProgrammeId, string Name, string Level, int Applied, int Awarded, decimal FundingGranted, decimal FundingPaid, int ChecksPassed, int ChecksFailed);

public sealed record TalentFigures(int Year, DateOnly AsOf, IReadOnlyList<TalentFigureRow> Rows, IReadOnlyList<ProgrammeFigureRow> Programmes);
