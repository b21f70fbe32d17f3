using System.Security.Cryptography;
using System.Text;
using Kechuang.Common;
using Kechuang.Users;
using Microsoft.AspNetCore.Identity;

namespace Kechuang.ServiceHall;

/// <summary>The checks on a person's details, shared by registration and by an enterprise admin adding a colleague.</summary>
public static class HallRules
{
    public const int MaxName = 50;
    public const int MaxEmail = 100;
    public const int MaxReason = 200;

    /// <summary>How long an invitation code stays usable.</summary>
    public static readonly TimeSpan InvitationLife = TimeSpan.FromDays(30);

    /// <summary>
    /// A year's facts are due by 31 May of the next year: the same month the HTE annual report is due (docs/domain.md
    /// §4.1), so the enterprise reports once for both.
    /// </summary>
    public static DateOnly FactsDue(int year) => new(year + 1, 5, 31);

    public static void CheckPerson(Validation v, string? displayName, string? phone, string? email)
    {
        v.Text(displayName, "displayName", "姓名", MaxName);
        var p = Validation.Blank(phone);
        if (p is null)
        {
            v.Add("phone", "请填写手机号码（登录时用作用户名）");
        }
        else if (p.Length != 11 || p[0] != '1' || !p.All(char.IsAsciiDigit))
        {
            v.Add("phone", $"手机号码“{p}”应为以 1 开头的 11 位数字");
        }
        var e = Validation.Blank(email);
        if (e is not null && (e.Length > MaxEmail || e.IndexOf('@', StringComparison.Ordinal) is < 1 || e.EndsWith('@')))
        {
            v.Add("email", $"电子邮箱“{e}”格式不正确");
        }
    }

    /// <summary>Identity's own password rules, run before anything is stored (the account is made later, on approval).</summary>
    public static async Task CheckPasswordAsync(UserManager<AppUser> users, Validation v, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            v.Add("password", "请设置登录密码");
            return;
        }
        var probe = new AppUser { DisplayName = "", RegionCode = "" };
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, probe, password);
            foreach (var error in result.Errors)
            {
                v.Add("password", error.Description);
            }
        }
    }

    /// <summary>The first <paramref name="length"/> characters of a text for a one-line list, with an ellipsis when cut.</summary>
    public static string Clip(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    public static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant())));

    /// <summary>A code a person can type from a phone: 10 characters of the USCC alphabet (no I, O, Z, S, V).</summary>
    public static string NewCode() => RandomNumberGenerator.GetString(Enterprises.Uscc.Symbols, 10);
}
