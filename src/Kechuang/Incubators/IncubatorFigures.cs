using Kechuang.Enterprises;

namespace Kechuang.Incubators;

/// <summary>
/// A carrier's figures for a year up to a date (docs/domain.md §7.3): tenants in residence at the date, those that
/// entered, graduated or moved out since 1 January, tenants granted 高新技术企业 or 科技型中小企业 while in residence, and the
/// occupancy — the space tenants rent (where known) over the space in use, in percent — the services and events held and
/// their participants, and the year's evaluation grade if given.
/// </summary>
public sealed record IncubatorFigures(
    int Year,
    DateOnly AsOf,
    int InResidence,
    int Entered,
    int Graduated,
    int MovedOut,
    int BecameHighTech,
    int BecameTechSme,
    decimal SpaceSqm,
    decimal OccupiedSqm,
    decimal? OccupancyPercent,
    int Activities,
    int Participants,
    string? Grade)
{
    public static IncubatorFigures For(Incubator carrier, IReadOnlyCollection<(Guid EnterpriseId, string Type, DateOnly IssuedOn)> titles, DateOnly asOf) =>
        For(carrier, titles, new DateOnly(asOf.Year, 1, 1), asOf);

    /// <summary>The figures from <paramref name="from"/> to <paramref name="asOf"/> (a summary's period).</summary>
    public static IncubatorFigures For(Incubator carrier, IReadOnlyCollection<(Guid EnterpriseId, string Type, DateOnly IssuedOn)> titles, DateOnly from, DateOnly asOf)
    {
        var residents = carrier.Tenants.Where(t => t.InResidenceOn(asOf)).ToList();
        var space = carrier.AreaOn(asOf);
        var occupied = residents.Sum(t => t.AreaSqm ?? 0m);
        return new IncubatorFigures(
            asOf.Year,
            asOf,
            residents.Count,
            carrier.Tenants.Count(t => t.EnteredOn >= from && t.EnteredOn <= asOf),
            carrier.Tenants.Count(t => t.LeftOn >= from && t.LeftOn <= asOf && t.Graduated),
            carrier.Tenants.Count(t => t.LeftOn >= from && t.LeftOn <= asOf && !t.Graduated),
            Became(carrier, titles, QualificationType.HighTech, from, asOf),
            Became(carrier, titles, QualificationType.TechSme, from, asOf),
            space,
            occupied,
            space > 0 && residents.Any(t => t.AreaSqm is not null) ? decimal.Round(occupied / space * 100m, 2) : null,
            carrier.Activities.Count(a => a.HeldOn >= from && a.HeldOn <= asOf),
            carrier.Activities.Where(a => a.HeldOn >= from && a.HeldOn <= asOf).Sum(a => a.Participants ?? 0),
            carrier.Evaluations.FirstOrDefault(e => e.Year == asOf.Year)?.Grade);
    }

    /// <summary>Tenants granted the title in the period on a day they were in residence (an enterprise counts once).</summary>
    private static int Became(Incubator carrier, IEnumerable<(Guid EnterpriseId, string Type, DateOnly IssuedOn)> titles, string type, DateOnly from, DateOnly to) =>
        titles.Where(q => q.Type == type && q.IssuedOn >= from && q.IssuedOn <= to)
            .Where(q => carrier.Tenants.Any(t => t.EnterpriseId == q.EnterpriseId && t.EnteredOn <= q.IssuedOn && (t.LeftOn is not { } left || left >= q.IssuedOn)))
            .Select(q => q.EnterpriseId).Distinct().Count();
}
