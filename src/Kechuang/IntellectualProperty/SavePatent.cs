using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.IntellectualProperty;

/// <summary>
/// POST /api/patents and PUT /api/patents/{id} (docs/domain.md §7.8): a patent of an enterprise of the register, its
/// number checked (400 naming the expected check digit), one row per application number (409 for a second). An
/// enterprise user registers its own enterprise's patents only.
/// </summary>
public sealed class SavePatent(KechuangDbContext db, TimeProvider clock)
{
    public async Task<PatentDto> HandleAsync(Caller caller, Guid? id, PatentRequest request, CancellationToken ct = default)
    {
        var patent = id is { } existing ? await IpAccess.LoadPatentAsync(db, caller, existing, track: true, ct) : null;
        if (caller.IsIn(Roles.Enterprise) && request.EnterpriseId is null && caller.EnterpriseId is { } own)
        {
            request = request with { EnterpriseId = own };
        }
        IpAccess.RequirePatentWrite(caller, request.EnterpriseId);
        var validation = new Validation();
        var (number, kind, status) = PatentRules.Check(request, clock.TodayInChina(), validation);
        string? county = null;
        if (request.EnterpriseId is not { } enterpriseId)
        {
            validation.Add("enterpriseId", "请选择专利所属企业");
        }
        else
        {
            // Unknown or outside the caller's region: 404 with the same words, so ids cannot be probed (as Market's needs).
            county = await EnterpriseReference.CheckIdAsync(db, caller, enterpriseId, null, "enterpriseId", new Validation(), ct)
                ?? throw new NotFoundException("未找到该企业，或不在本辖区");
        }
        validation.ThrowIfAny();
        if (await db.Patents.AnyAsync(p => p.Number == number && p.Id != (id ?? Guid.Empty), ct))
        {
            throw new ConflictException($"申请号 {number} 的专利已登记，请勿重复登记");
        }
        if (patent is not null && request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, patent, version);
        }
        var names = await EnterpriseLookup.NamesAsync(db, [request.EnterpriseId!.Value], ct);
        var now = clock.GetUtcNow();
        patent ??= db.Patents.Add(new Patent { Applicant = "", RegionCode = "", Number = "", Kind = "", Status = "", CreatedAt = now }).Entity;
        Apply(patent, request, number!, kind!, status!, names[request.EnterpriseId.Value], county!, now);
        await db.SaveChangesAsync(ct);
        return PatentDto.From(patent);
    }

    internal static void Apply(Patent patent, PatentRequest request, string number, string kind, string status, string applicant, string county, DateTimeOffset now)
    {
        patent.EnterpriseId = request.EnterpriseId!.Value;
        patent.Applicant = applicant;
        patent.RegionCode = county;
        patent.Number = number;
        patent.Kind = kind;
        patent.Title = PatentRules.Blank(request.Title);
        patent.AppliedOn = request.AppliedOn!.Value;
        patent.GrantedOn = request.GrantedOn;
        patent.LapsedOn = request.LapsedOn;
        patent.Status = status;
        patent.UpdatedAt = now;
    }
}
