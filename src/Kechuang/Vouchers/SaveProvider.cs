using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Vouchers;

/// <summary>
/// POST /api/voucher-providers and PUT …/{id} (docs/domain.md §7.4): a service provider registered by the bureau with its
/// 统一社会信用代码 (checked by GB 32100, Enterprises/Uscc), approved when the bureau registers it unless it says
/// otherwise, with its services and prices and the enterprises it declares itself related to. Its county is the one
/// given, else the caller's, else the registering area the code carries (positions 3–8, GB 32100 §4).
/// </summary>
public sealed class SaveProvider(KechuangDbContext db, TimeProvider clock)
{
    public async Task<ProviderDto> HandleAsync(Caller caller, Guid? id, ProviderRequest request, CancellationToken ct = default)
    {
        VoucherAccess.RequireWriter(caller);
        var existing = id is { } key ? await VoucherAccess.LoadProviderAsync(db, caller, key, ct) : null;
        var v = new Validation();
        if (Uscc.Problem(request.Uscc) is { } problem)
        {
            v.Add("uscc", problem);
        }
        VoucherRules.Text(request.Name, "name", "服务机构名称", VoucherRules.MaxName, v);
        var services = request.Services ?? [];
        foreach (var (s, i) in services.Select((s, i) => (s, i)))
        {
            VoucherRules.Text(s.Name, $"services[{i}].name", "服务项目名称", VoucherRules.MaxName, v);
            VoucherRules.Money(s.Price, $"services[{i}].price", "服务价格", VoucherRules.MaxContract, v);
        }
        var relations = request.Relations ?? [];
        foreach (var (r, i) in relations.Select((r, i) => (r, i)))
        {
            if (r.EnterpriseId is not { } eid)
            {
                v.Add($"relations[{i}].enterpriseId", "请选择关联企业");
            }
            else
            {
                await EnterpriseReference.CheckIdAsync(db, caller, eid, null, $"relations[{i}].enterpriseId", v, ct);
            }
            if (!VoucherWords.RelationKinds.Contains(r.Kind?.Trim() ?? ""))
            {
                v.Add($"relations[{i}].kind", $"关联关系应为{string.Join("、", VoucherWords.RelationKinds)}之一");
            }
        }
        v.ThrowIfAny();
        var uscc = Uscc.Parse(request.Uscc!).Value;
        var code = request.RegionCode?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            code = existing?.RegionCode ?? (caller.Region.Level == RegionLevel.County ? caller.Region.Value : Uscc.Parse(uscc).RegistrationArea);
        }
        var county = await VoucherAccess.CountyAsync(db, caller, code, v, ct);
        if (await db.VoucherProviders.AnyAsync(p => p.Uscc == uscc && p.Id != (existing == null ? Guid.Empty : existing.Id), ct))
        {
            throw new ConflictException($"统一社会信用代码{uscc}的服务机构已经登记");
        }
        var now = clock.GetUtcNow();
        var today = clock.TodayInChina();
        if (existing is not null)
        {
            VersioningInterceptor.ExpectVersion(db, existing, request.Version ?? -1);
        }
        var provider = existing ?? new VoucherProvider { Uscc = uscc, Name = "", RegionCode = county.Code, CreatedAt = now };
        provider.Uscc = uscc;
        provider.Name = request.Name!.Trim();
        provider.RegionCode = county.Code;
        provider.Contact = string.IsNullOrWhiteSpace(request.Contact) ? null : request.Contact.Trim();
        provider.Phone = string.IsNullOrWhiteSpace(request.Phone) ? null : request.Phone.Trim();
        var approved = request.Approved ?? existing?.Approved ?? true;
        provider.ApprovedOn = approved ? provider.ApprovedOn ?? today : null;
        provider.Approved = approved;
        provider.UpdatedAt = now;
        if (existing is null || request.Services is not null)
        {
            db.VoucherServices.RemoveRange(provider.Services);
            provider.Services = [.. services.Select(s => new VoucherService { ProviderId = provider.Id, Name = s.Name!.Trim(), Price = s.Price!.Value, Unit = string.IsNullOrWhiteSpace(s.Unit) ? null : s.Unit.Trim() })];
            // Added explicitly: a new child with its key already set would otherwise be taken for an existing row.
            db.VoucherServices.AddRange(provider.Services);
        }
        if (existing is null || request.Relations is not null)
        {
            db.VoucherProviderRelations.RemoveRange(provider.Relations);
            provider.Relations = [.. relations.DistinctBy(r => r.EnterpriseId).Select(r => new VoucherProviderRelation { ProviderId = provider.Id, EnterpriseId = r.EnterpriseId!.Value, Kind = r.Kind!.Trim() })];
            db.VoucherProviderRelations.AddRange(provider.Relations);
        }
        if (existing is null)
        {
            db.VoucherProviders.Add(provider);
        }
        await db.SaveChangesAsync(ct);
        return (await ListProviders.DtosAsync(db, [provider], ct))[0];
    }
}
