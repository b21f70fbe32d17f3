using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Talent;

/// <summary>
/// GET /api/talent/experts: the foreign experts of the caller's region (the bureau), permits ending soonest first;
/// <c>expiring=true</c> lists the permits that end within 60 days (docs/domain.md §7.7).
/// </summary>
public sealed class ListForeignExperts(KechuangDbContext db, TimeProvider clock)
{
    public async Task<Page<ExpertDto>> HandleAsync(Caller caller, ListExpertsQuery query, CancellationToken ct = default)
    {
        var (page, size) = Page<ExpertDto>.Normalize(query.Page, query.PageSize);
        var today = clock.TodayInChina();
        var rows = Filtered(db, caller, query, today);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderBy(e => e.ValidTo).ThenBy(e => e.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Page<ExpertDto>([.. items.Select(e => ExpertDto.From(e, today))], total, page, size);
    }

    internal static IQueryable<ForeignExpert> Filtered(KechuangDbContext db, Caller caller, ListExpertsQuery query, DateOnly today)
    {
        var rows = TalentAccess.InRegion(db.ForeignExperts.AsNoTracking(), e => e.RegionCode, TalentAccess.BureauScope(caller, query.Region), db);
        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            var category = TalentRules.Category(query.Category) ?? throw new ValidationFailedException("category", "工作许可类别应为A类、B类或C类");
            rows = rows.Where(e => e.PermitCategory == category);
        }
        if (query.Expiring == true)
        {
            var until = today.AddDays(TalentRules.ExpiringDays);
            rows = rows.Where(e => e.ValidTo >= today && e.ValidTo <= until);
        }
        if (query.Valid == true)
        {
            rows = rows.Where(e => e.ValidFrom <= today && e.ValidTo >= today);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Anywhere(query.Q.Trim());
            rows = rows.Where(e => EF.Functions.Like(e.Name, pattern, "\\") || EF.Functions.Like(e.Employer, pattern, "\\") || EF.Functions.Like(e.Nationality, pattern, "\\"));
        }
        return rows;
    }
}

/// <summary>POST /api/talent/experts and PUT …/{id}: a foreign expert of a county of the caller's region.</summary>
public sealed class SaveForeignExpert(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ExpertDto> HandleAsync(Caller caller, Guid? id, ExpertRequest request, CancellationToken ct = default)
    {
        var expert = id is { } existing ? await db.ForeignExperts.FirstOrDefaultAsync(e => e.Id == existing, ct) : null;
        if (id is not null && (expert is null || !TalentAccess.IsBureau(caller) || !caller.CanSee(RegionCode.Parse(expert.RegionCode))))
        {
            throw new NotFoundException("未找到该外国专家");
        }
        if (expert is not null)
        {
            TalentAccess.RequireBureauWrite(caller, expert.RegionCode);
        }
        var validation = new Validation();
        TalentRules.Expert(request, validation);
        var county = await WritableCounty.CheckAsync(db, caller, request.RegionCode, TalentAccess.Business, validation, ct);
        if (expert is not null && request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, expert, version);
        }
        expert ??= db.ForeignExperts.Add(new ForeignExpert { Name = "", Nationality = "", PermitCategory = "", Employer = "", RegionCode = "" }).Entity;
        expert.Name = request.Name!.Trim();
        expert.Nationality = request.Nationality!.Trim();
        expert.PermitCategory = TalentRules.Category(request.PermitCategory!)!;
        expert.PermitNumber = TalentRules.Blank(request.PermitNumber);
        expert.Employer = request.Employer!.Trim();
        expert.RegionCode = county.Code;
        expert.Field = TalentRules.Blank(request.Field);
        expert.ValidFrom = request.ValidFrom!.Value;
        expert.ValidTo = request.ValidTo!.Value;
        expert.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return ExpertDto.From(expert, clock.TodayInChina());
    }
}

/// <summary>DELETE /api/talent/experts/{id}: a foreign expert entered by mistake.</summary>
public sealed class DeleteForeignExpert(KechuangDbContext db)
{
    public async Task HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var expert = await db.ForeignExperts.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (expert is null)
        {
            throw new NotFoundException("未找到该外国专家");
        }
        TalentAccess.RequireBureauWrite(caller, expert.RegionCode);
        db.ForeignExperts.Remove(expert);
        await db.SaveChangesAsync(ct);
    }
}
