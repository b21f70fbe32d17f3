using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises;

/// <summary>Records a title an enterprise was granted; the same certificate number twice is a conflict.</summary>
public sealed class AddQualification(KechuangDbContext db, TimeProvider clock)
{
    public async Task<QualificationDto> HandleAsync(Caller caller, Guid id, QualificationRequest request, CancellationToken ct = default)
    {
        EnterpriseAccess.RequireBureauEdit(caller);
        var enterprise = await EnterpriseAccess.LoadAsync(db, caller, id, ct);
        var today = clock.TodayInChina();
        var types = await db.QualificationTypes.AsNoTracking().ToDictionaryAsync(t => t.Name, ct);
        var validation = new Validation();
        var expires = QualificationRules.Check(request, types.GetValueOrDefault, today, validation);
        validation.ThrowIfAny();
        var type = request.Type!.Trim();
        var number = request.Number!.Trim();
        if (await db.Qualifications.AnyAsync(q => q.Type == type && q.Number == number, ct))
        {
            throw new ConflictException($"{type}证书编号 {number} 已登记");
        }
        var qualification = new Qualification
        {
            EnterpriseId = enterprise.Id,
            Type = type,
            Number = number,
            IssuedOn = request.IssuedOn!.Value,
            ExpiresOn = expires,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Qualifications.Add(qualification);
        await db.SaveChangesAsync(ct);
        return QualificationDto.From(qualification, today);
    }
}
