using Kechuang.Common;
using Microsoft.AspNetCore.Identity;

namespace Kechuang.Users;

internal static class IdentityResults
{
    /// <summary>Turns a failed Identity result into the error the caller should see, keyed by the API field.</summary>
    public static void ThrowIfFailed(this IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw new ConflictException("该用户已被他人修改，请刷新后重试");
        }
        var validation = new Validation();
        foreach (var error in result.Errors)
        {
            validation.Add(FieldOf(error.Code), error.Description);
        }
        validation.ThrowIfAny();
    }

    private static string FieldOf(string code) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => "password",
        _ when code.Contains("UserName", StringComparison.Ordinal) => "userName",
        _ when code.Contains("Email", StringComparison.Ordinal) => "email",
        _ when code.Contains("Role", StringComparison.Ordinal) => "roles",
        _ => "user",
    };
}
