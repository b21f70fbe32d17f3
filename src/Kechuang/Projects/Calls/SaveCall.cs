using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Calls;

/// <summary>The checks and the writing of a call shared by creating and changing it (docs/domain.md §6.2).</summary>
internal static class SaveCall
{
    public static async Task<Region> CheckAsync(KechuangDbContext db, Caller caller, CallRequest request, Guid? self, DateOnly today, CancellationToken ct)
    {
        var regions = await RegionLookup.ForAsync(db, ct, request.RegionCode?.Trim());
        var region = string.IsNullOrWhiteSpace(request.RegionCode) ? null : regions(request.RegionCode.Trim());
        var validation = new Validation();
        CallRules.Check(request, region, today, validation);
        validation.ThrowIfAny();
        RequireWrite(caller, region!);
        var title = request.Title!.Trim();
        var duplicate = await db.ProjectCalls.AsNoTracking()
            .FirstOrDefaultAsync(c => c.RegionCode == region!.Code && c.Year == request.Year && c.Title == title && c.Id != self, ct);
        if (duplicate is not null)
        {
            throw new ConflictException($"{region!.Name}{duplicate.Year}年已有申报指南“{duplicate.Title}”，请勿重复发布");
        }
        return region!;
    }

    private static void RequireWrite(Caller caller, Region region) => CallAccess.RequireWrite(caller, RegionCode.Parse(region.Code));

    public static void Apply(KechuangDbContext db, ProjectCall call, CallRequest r, DateTimeOffset now)
    {
        call.Title = r.Title!.Trim();
        call.Programme = r.Programme!.Trim();
        call.Year = r.Year!.Value;
        call.RegionCode = r.RegionCode!.Trim();
        call.TotalBudget = r.TotalBudget!.Value;
        call.CapPerProject = r.CapPerProject!.Value;
        call.OpensOn = r.OpensOn!.Value;
        call.ClosesOn = r.ClosesOn!.Value;
        call.RequiredTitles = [.. (r.RequiredTitles ?? []).Select(t => t.Trim()).Distinct()];
        call.RegisteredInRegion = r.RegisteredInRegion ?? true;
        call.Attachments = [.. (r.Attachments ?? []).Select(a => a.Trim())];
        call.IndirectCostCapPercent = r.IndirectCostCapPercent;
        call.ExpertsPerApplication = r.ExpertsPerApplication ?? 3;
        call.MaxPerExpert = r.MaxPerExpert ?? 5;
        call.LookBackYears = r.LookBackYears ?? 3;
        call.BanYears = r.BanYears ?? 3;
        call.UpdatedAt = now;
        foreach (var old in call.Criteria.ToList())
        {
            db.ProjectCallCriteria.Remove(old);
        }
        call.Criteria.Clear();
        foreach (var (c, i) in r.Criteria!.Select((c, i) => (c, i)))
        {
            // A new child of a tracked parent: added through its own set (docs/architecture.md).
            db.ProjectCallCriteria.Add(new ProjectCallCriterion { CallId = call.Id, Name = c.Name!.Trim(), MaxScore = c.MaxScore!.Value, Weight = c.Weight!.Value, SortOrder = i });
        }
    }
}
