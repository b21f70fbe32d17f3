using System.CommandLine;
using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Users;
using Microsoft.AspNetCore.Identity;

namespace Kechuang.Web.Cli;

internal static class AdminCommands
{
    public static Command Create()
    {
        var admin = new Command("admin", "账号管理：新建用户、重置密码");
        admin.Subcommands.Add(CreateUserCommand());
        admin.Subcommands.Add(ResetPasswordCommand());
        return admin;
    }

    private static Command CreateUserCommand()
    {
        var db = KechuangCli.DbOption();
        var user = new Option<string>("--user") { Description = "用户名", Required = true };
        var name = new Option<string>("--name") { Description = "姓名（默认同用户名）" };
        var password = new Option<string>("--password") { Description = "初始密码（不填则随机生成并显示一次）" };
        var roles = new Option<string[]>("--role")
        {
            Description = $"角色，可多次指定：{string.Join("、", Roles.All)}（默认 staff）",
            AllowMultipleArgumentsPerToken = true,
        };
        var region = new Option<string>("--region") { Description = "所属行政区划代码（默认 100000 全国）" };
        var command = new Command("create-user", "新建用户") { db, user, name, password, roles, region };
        command.SetAction((result, ct) => CommandServices.WithServicesAsync(result.GetValue(db)!, ct, async services =>
        {
            var given = result.GetValue(password);
            var initial = string.IsNullOrEmpty(given) ? InitializeDatabase.NewPassword() : given;
            var chosen = result.GetValue(roles) is { Length: > 0 } r ? r : [Roles.Staff];
            var created = await services.GetRequiredService<CreateUser>().HandleAsync(CommandServices.Operator, new CreateUserRequest(
                result.GetValue(user),
                result.GetValue(name) ?? result.GetValue(user),
                initial,
                result.GetValue(region) ?? Regions.RegionCode.CountryCode,
                chosen), ct);
            Console.WriteLine($"已创建用户 {created.UserName}（{created.DisplayName}，{string.Join("、", created.Roles.Select(Roles.Chinese))}，区划 {created.RegionCode}）");
            if (string.IsNullOrEmpty(given))
            {
                Console.WriteLine($"初始密码：{initial}（只显示这一次）");
            }
            return 0;
        }));
        return command;
    }

    private static Command ResetPasswordCommand()
    {
        var db = KechuangCli.DbOption();
        var user = new Option<string>("--user") { Description = "用户名", Required = true };
        var password = new Option<string>("--password") { Description = "新密码（不填则随机生成并显示一次）" };
        var command = new Command("reset-password", "重置用户密码；账号如已停用则同时启用") { db, user, password };
        command.SetAction((result, ct) => CommandServices.WithServicesAsync(result.GetValue(db)!, ct, async services =>
        {
            var userName = result.GetValue(user)!;
            var found = await services.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName)
                ?? throw new NotFoundException($"用户 {userName} 不存在");
            var given = result.GetValue(password);
            var next = string.IsNullOrEmpty(given) ? InitializeDatabase.NewPassword() : given;
            await services.GetRequiredService<ResetPassword>().HandleAsync(CommandServices.Operator, found.Id, new ResetPasswordRequest(next), ct);
            // The server's operator is the last resort for an account nobody can use: it is enabled again as well.
            await services.GetRequiredService<SetUserLocked>().HandleAsync(CommandServices.Operator, found.Id, false, ct);
            Console.WriteLine(string.IsNullOrEmpty(given) ? $"已重置 {userName} 的密码：{next}（只显示这一次），账号可以登录。" : $"已重置 {userName} 的密码，账号可以登录。");
            return 0;
        }));
        return command;
    }
}
