using System.Security.Cryptography;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Data;

/// <summary>What first start did, so the host can tell the person at the console.</summary>
public sealed record InitializationResult(int RegionsLoaded, bool AdminCreated, string? GeneratedAdminPassword);

/// <summary>
/// First start on an empty database: apply migrations, load the division list, create the roles and the user
/// `admin`. Each step is idempotent, so a start that was killed halfway simply finishes the job next time.
/// </summary>
public sealed class InitializeDatabase(
    KechuangDbContext db, UserManager<AppUser> users, RoleManager<IdentityRole> roles, TimeProvider clock)
{
    public const string AdminPasswordVariable = "KECHUANG_ADMIN_PASSWORD";

    public async Task<InitializationResult> HandleAsync(string? adminPassword, CancellationToken ct = default)
    {
        await RefuseNewerDatabaseAsync(ct);
        await db.Database.MigrateAsync(ct);
        await Enterprises.NameGrams.EnsureAsync(db, ct);
        await Indicators.Derived.RegisterChanges.EnsureTriggerAsync(db, ct);
        await Enterprises.FillNameInitials.RunAsync(db, ct);
        var loaded = await LoadRegions.IfEmptyAsync(db, ct);
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                (await roles.CreateAsync(new IdentityRole(role))).ThrowIfFailed();
            }
        }
        if (await db.Users.AnyAsync(ct))
        {
            return new InitializationResult(loaded, false, null);
        }
        var generated = string.IsNullOrEmpty(adminPassword) ? NewPassword() : null;
        var admin = new AppUser
        {
            UserName = "admin",
            DisplayName = "系统管理员",
            RegionCode = RegionCode.CountryCode,
            CreatedAt = clock.GetUtcNow(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        (await users.CreateAsync(admin, adminPassword is { Length: > 0 } ? adminPassword : generated!)).ThrowIfFailed();
        (await users.AddToRoleAsync(admin, Roles.Admin)).ThrowIfFailed();
        await transaction.CommitAsync(ct);
        return new InitializationResult(loaded, true, generated);
    }

    /// <summary>
    /// A node older than its database would run old code on new tables (a rolling upgrade where one node was missed):
    /// it refuses to start, naming the migration it does not know (docs/deploy.md, 升级).
    /// </summary>
    private async Task RefuseNewerDatabaseAsync(CancellationToken ct)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(ct)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new DatabaseTooNewException(
                $"数据库已由较新版本的科创升级（本程序不认识的迁移：{string.Join("、", unknown)}）。"
                + $"本程序认识的最新迁移是 {known.Max(StringComparer.Ordinal)}，不能在该数据库上运行；请先把本节点升级到与其他节点相同的版本。");
        }
    }

    /// <summary>16 characters from an alphabet without look-alikes (no 0/O, 1/l/I), always with a digit and a letter.</summary>
    public static string NewPassword()
    {
        const string letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
        const string digits = "23456789";
        var chars = RandomNumberGenerator.GetItems<char>(letters + digits, 14).ToList();
        chars.Add(RandomNumberGenerator.GetItems<char>(digits, 1)[0]);
        chars.Add(RandomNumberGenerator.GetItems<char>("abcdefghijkmnpqrstuvwxyz", 1)[0]);
        return new string(chars.ToArray());
    }
}

/// <summary>The database carries migrations this release does not know: it was upgraded by a newer release.</summary>
public sealed class DatabaseTooNewException(string message) : Exception(message);
