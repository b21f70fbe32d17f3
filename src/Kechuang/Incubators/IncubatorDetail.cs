using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Regions;

namespace Kechuang.Incubators;

/// <summary>A carrier with its tenants and this year's figures, as the detail and the writes answer.</summary>
internal static class IncubatorDetail
{
    public static async Task<IncubatorDto> ForAsync(KechuangDbContext db, Incubator incubator, DateOnly today, CancellationToken ct)
    {
        var regions = await RegionLookup.ForAsync(db, ct, incubator.RegionCode);
        var titles = await EnterpriseLookup.TitlesAsync(db, incubator.Tenants.Select(t => t.EnterpriseId).OfType<Guid>(), ct);
        return IncubatorDto.From(incubator, regions(incubator.RegionCode)?.Name, today) with
        {
            Figures = IncubatorFigures.For(incubator, titles, today),
            Activities = [.. incubator.Activities.OrderByDescending(a => a.HeldOn).ThenBy(a => a.Id).Select(a => new IncubatorActivityDto(a.Id, a.HeldOn, a.Kind, a.Title, a.Participants))],
            Evaluations = [.. incubator.Evaluations.OrderByDescending(e => e.Year).Select(e => new IncubatorEvaluationDto(e.Year, e.Grade, e.Remark))],
        };
    }
}
