namespace Kechuang.IntellectualProperty;

/// <summary>
/// POST /api/patents and PUT …/{id}: <see cref="Number"/> in any written form (ZL/CN, spaces); <see cref="Kind"/> and
/// <see cref="Status"/> may be left blank (taken from the number's type digit and from the dates).
/// </summary>
public sealed record PatentRequest(
    Guid? EnterpriseId, string? Number, string? Kind, DateOnly? AppliedOn, DateOnly? GrantedOn = null,
    string? Title = null, string? Status = null, DateOnly? LapsedOn = null, int? Version = null);

public sealed record PatentDto(
    Guid Id, Guid EnterpriseId, string Applicant, string RegionCode, string Number, string Kind, string? Title,
    DateOnly AppliedOn, DateOnly? GrantedOn, DateOnly? LapsedOn, string Status, int Version)
{
    /// <summary>The patent number as printed on the certificate (ZL before a granted one's application number).</summary>
    public string Display => GrantedOn is null ? Number : "ZL" + Number;

    public static PatentDto From(Patent p) =>
        new(p.Id, p.EnterpriseId, p.Applicant, p.RegionCode, p.Number, p.Kind, p.Title, p.AppliedOn, p.GrantedOn, p.LapsedOn, p.Status, p.Version);
}

/// <summary>Filters of the patents: <see cref="Q"/> matches number, title or applicant; <see cref="Year"/> the year applied or granted.</summary>
public sealed record ListPatentsQuery(
    string? Region = null, Guid? EnterpriseId = null, string? Kind = null, string? Status = null, int? Year = null,
    string? Q = null, int? Page = null, int? PageSize = null);

/// <summary>POST /api/ip/populations: a region's 年末常住人口 for a year in 万人; the same region and year is replaced.</summary>
public sealed record PopulationRequest(string? RegionCode, int? Year, decimal? Population, string? Source = null);

public sealed record PopulationDto(Guid Id, string RegionCode, string? RegionName, int Year, decimal Population, string? Source, int Version)
{
    public static PopulationDto From(RegionPopulation p, string? name) => new(p.Id, p.RegionCode, name, p.Year, p.Population, p.Source, p.Version);
}

/// <summary>
/// A region's patent figures for a year (docs/domain.md §7.8): invention patents granted from 1 January to
/// <see cref="PatentFigures.AsOf"/>, the valid invention patents at <see cref="PatentFigures.AsOf"/>, the population used and 每万人发明专利拥有量
/// (null without a population).
/// </summary>
public sealed record PatentFigureRow(
    string RegionCode, string RegionName, int InventionsGranted, int PatentsGranted, int ValidInventions,
    decimal? Population, int? PopulationYear, decimal? PerTenThousand);

public sealed record PatentFigures(int Year, DateOnly AsOf, IReadOnlyList<PatentFigureRow> Rows);

public sealed record TrademarkRequest(
    string? Name, string? RegistrationNumber, string? Holder, string? RegionCode, string? Kind, string? Classes,
    DateOnly? RegisteredOn, DateOnly? ExpiresOn = null, int? Version = null);

public sealed record TrademarkDto(
    Guid Id, string Name, string RegistrationNumber, string Holder, string RegionCode, string Kind, string? Classes,
    DateOnly RegisteredOn, DateOnly? ExpiresOn, int Version)
{
    public static TrademarkDto From(Trademark t) =>
        new(t.Id, t.Name, t.RegistrationNumber, t.Holder, t.RegionCode, t.Kind, t.Classes, t.RegisteredOn, t.ExpiresOn, t.Version);
}

public sealed record IpCaseRequest(
    string? Title, string? Kind, string? Complainant, string? Respondent, string? RegionCode, DateOnly? ReceivedOn,
    DateOnly? HandledOn = null, DateOnly? ClosedOn = null, string? Outcome = null, int? Version = null);

public sealed record IpCaseDto(
    Guid Id, string Title, string Kind, string Complainant, string Respondent, string RegionCode, DateOnly ReceivedOn,
    DateOnly? HandledOn, DateOnly? ClosedOn, string? Outcome, string Status, int Version)
{
    public static IpCaseDto From(IpCase c) =>
        new(c.Id, c.Title, c.Kind, c.Complainant, c.Respondent, c.RegionCode, c.ReceivedOn, c.HandledOn, c.ClosedOn, c.Outcome,
            PatentRules.CaseStatus(c.HandledOn, c.ClosedOn), c.Version);
}
