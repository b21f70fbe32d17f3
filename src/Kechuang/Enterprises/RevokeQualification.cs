using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises;

public sealed record RevokeQualificationRequest(DateOnly? RevokedOn, int? Version);

/// <summary>Marks a title withdrawn (撤销) from a date; titles are never deleted, the history matters.</summary>
public sealed class RevokeQualification(KechuangDbContext db, TimeProvider clock)
{
    public async Task<QualificationDto> HandleAsync(Caller caller, Guid id, Guid qualificationId, RevokeQualificationRequest request, CancellationToken ct = default)
    {
        EnterpriseAccess.RequireBureauEdit(caller);
        var enterprise = await EnterpriseAccess.LoadAsync(db, caller, id, ct);
        var qualification = await db.Qualifications.FirstOrDefaultAsync(q => q.Id == qualificationId && q.EnterpriseId == enterprise.Id, ct)
            ?? throw new NotFoundException("未找到该资质");
        var validation = new Validation()
            .Require(request.RevokedOn is not null, "revokedOn", "请填写撤销日期")
            .Require(request.Version is not null, "version", "缺少版本号（version）");
        validation.Require(request.RevokedOn is null || request.RevokedOn >= qualification.IssuedOn, "revokedOn", "撤销日期不能早于发证日期");
        validation.ThrowIfAny();
        VersioningInterceptor.ExpectVersion(db, qualification, request.Version!.Value);
        qualification.RevokedOn = request.RevokedOn;
        await db.SaveChangesAsync(ct);
        return QualificationDto.From(qualification, clock.TodayInChina());
    }
}
