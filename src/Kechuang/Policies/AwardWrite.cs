using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;

namespace Kechuang.Policies;

/// <summary>The checks every write on an award shares: a writer of its region, the version the editor saw.</summary>
internal static class AwardWrite
{
    public static async Task<PolicyAward> LoadAsync(KechuangDbContext db, Caller caller, Guid id, int? version, CancellationToken ct)
    {
        var award = await PolicyAccess.AwardAsync(db, caller, id, track: true, ct);
        if (!PolicyAccess.IsBureau(caller))
        {
            throw new NotFoundException("未找到该兑现记录");
        }
        caller.RequireRole(Roles.Admin, Roles.Staff);
        VersioningInterceptor.ExpectVersion(db, award, version ?? award.Version);
        return award;
    }

    public static string Text(string? text, string field, string missing)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ValidationFailedException(field, missing);
        }
        return text.Trim().Length <= PolicyRules.MaxText ? text.Trim() : throw new ValidationFailedException(field, $"不能超过{PolicyRules.MaxText}个字符");
    }
}
