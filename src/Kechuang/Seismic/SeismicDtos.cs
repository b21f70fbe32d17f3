namespace Kechuang.Seismic;

/// <summary>
/// An approval as the list, the page and the API show it: <see cref="Status"/> 办理中/已办结; for a pending one the working
/// days left (negative once overdue); <see cref="Warnings"/> when the due date counts weekends only.
/// </summary>
public sealed record ApprovalDto(
    Guid Id, string ProjectName, string Applicant, string? Site, string RegionCode, string? RegionName,
    DateOnly ReceivedOn, int LimitDays, DateOnly DueOn, string Status, bool Overdue, int? DaysLeft, bool? OnTime,
    string? Requirement, string? Decision, DateOnly? DecidedOn, string? DocumentNumber, string? DecisionRemark,
    IReadOnlyList<string> Warnings, int Version);

public sealed record StationDto(Guid Id, string Name, string Kind, string RegionCode, string? RegionName, string? Site, string? Keeper, DateOnly? BuiltOn, string Status, int Version)
{
    public static StationDto From(SeismicStation s, Func<string, string?> name) =>
        new(s.Id, s.Name, s.Kind, s.RegionCode, name(s.RegionCode), s.Site, s.Keeper, s.BuiltOn, s.Status, s.Version);
}

public sealed record DrillDto(Guid Id, string Title, DateOnly HeldOn, string Place, string RegionCode, string? RegionName, int Participants, string? Organiser, int Version)
{
    public static DrillDto From(SeismicDrill d, Func<string, string?> name) =>
        new(d.Id, d.Title, d.HeldOn, d.Place, d.RegionCode, name(d.RegionCode), d.Participants, d.Organiser, d.Version);
}

/// <summary>The counts of the desk's tabs in the caller's scope.</summary>
public sealed record ApprovalCounts(int All, int Pending, int DueSoon, int Overdue);
