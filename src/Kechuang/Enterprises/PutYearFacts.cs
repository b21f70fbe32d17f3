using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises;

/// <summary>Records or corrects one year's figures (an enterprise user may report its own).</summary>
public sealed class PutYearFacts(KechuangDbContext db, TimeProvider clock)
{
    public async Task<YearFactsDto> HandleAsync(Caller caller, Guid id, int year, YearFactsRequest request, CancellationToken ct = default)
    {
        EnterpriseAccess.RequireEdit(caller);
        var enterprise = await EnterpriseAccess.LoadAsync(db, caller, id, ct);
        var validation = new Validation();
        YearFactsRules.Check(year, request, clock.TodayInChina(), validation);
        validation.ThrowIfAny();
        var facts = await db.EnterpriseYears.FirstOrDefaultAsync(f => f.EnterpriseId == enterprise.Id && f.Year == year, ct);
        if (facts is null)
        {
            facts = new EnterpriseYear { EnterpriseId = enterprise.Id, Year = year };
            db.EnterpriseYears.Add(facts);
        }
        else if (request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, facts, version);
        }
        YearFactsRules.Apply(request, facts);
        facts.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return YearFactsDto.From(facts);
    }
}
