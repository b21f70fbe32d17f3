using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Experts;

/// <summary>The checks and the writing of an expert shared by creating, changing and importing (docs/domain.md §6.1).</summary>
internal static class SaveExpert
{
    /// <summary>The rules, then the region's rights (403), then the login named, which must be an expert's and free.</summary>
    public static async Task<Region> CheckAsync(KechuangDbContext db, Caller caller, ExpertRequest request, Guid? self, CancellationToken ct)
    {
        var regions = await RegionLookup.ForAsync(db, ct, request.RegionCode?.Trim());
        var region = string.IsNullOrWhiteSpace(request.RegionCode) ? null : regions(request.RegionCode.Trim());
        var validation = new Validation();
        ExpertRules.Check(request, region, validation);
        validation.ThrowIfAny();
        ExpertAccess.RequireWrite(caller, RegionCode.Parse(region!.Code));
        if (!string.IsNullOrWhiteSpace(request.UserName))
        {
            await CheckLoginAsync(db, request.UserName.Trim(), self, ct);
        }
        return region;
    }

    private static async Task CheckLoginAsync(KechuangDbContext db, string userName, Guid? self, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == userName.ToUpperInvariant(), ct)
            ?? throw new ValidationFailedException("userName", $"没有账号 {userName}");
        var expertRole = await db.Roles.AsNoTracking().Where(r => r.Name == Roles.Expert).Select(r => r.Id).FirstOrDefaultAsync(ct);
        if (!await db.UserRoles.AnyAsync(ur => ur.UserId == user.Id && ur.RoleId == expertRole, ct))
        {
            throw new ValidationFailedException("userName", $"账号 {userName} 不是评审专家账号（角色应为评审专家）");
        }
        var other = await db.Experts.AsNoTracking().Where(e => e.UserName == user.UserName && e.Id != self).Select(e => e.Name).FirstOrDefaultAsync(ct);
        if (other is not null)
        {
            throw new ConflictException($"账号 {userName} 已关联专家“{other}”");
        }
    }

    /// <summary>409 naming the expert already in the pool under the same name and organisation.</summary>
    public static async Task RefuseDuplicateAsync(KechuangDbContext db, string region, string name, string organisation, Guid? self, CancellationToken ct)
    {
        var existing = await db.Experts.AsNoTracking()
            .FirstOrDefaultAsync(e => e.RegionCode == region && e.Name == name && e.Organisation == organisation && e.Id != self, ct);
        if (existing is not null)
        {
            throw new ConflictException($"专家库已有{existing.Organisation}的“{existing.Name}”，请勿重复登记；修改请打开该专家");
        }
    }

    /// <summary>Writes a checked request onto <paramref name="expert"/>, relations replaced whole.</summary>
    public static void Apply(KechuangDbContext db, Expert expert, ExpertRequest r, DateTimeOffset now)
    {
        expert.Name = r.Name!.Trim();
        expert.Organisation = r.Organisation!.Trim();
        expert.OrganisationUscc = Blank(r.OrganisationUscc)?.ToUpperInvariant();
        expert.Title = Blank(r.Title);
        expert.Fields = [.. r.Fields!.Select(f => f?.Trim() ?? "").Where(f => f.Length > 0)];
        expert.RegionCode = r.RegionCode!.Trim();
        expert.Phone = Blank(r.Phone);
        expert.Email = Blank(r.Email);
        expert.Available = r.Available ?? true;
        expert.UnavailableReason = expert.Available ? null : Blank(r.UnavailableReason);
        expert.UserName = Blank(r.UserName);
        expert.UpdatedAt = now;
        foreach (var old in expert.Relations.ToList())
        {
            db.ExpertRelations.Remove(old);
        }
        expert.Relations.Clear();
        foreach (var relation in r.Relations ?? [])
        {
            // A new child of a tracked parent: added through its own set (docs/architecture.md).
            var row = new ExpertRelation
            {
                ExpertId = expert.Id, Kind = ExpertWords.Kind(relation.Kind)!, Name = relation.Name!.Trim(),
                Uscc = Blank(relation.Uscc)?.ToUpperInvariant(), Reason = Blank(relation.Reason),
            };
            db.ExpertRelations.Add(row);
        }
    }

    private static string? Blank(string? text) => Validation.Blank(text);
}
