using System.Globalization;
using System.Text.Json;
using Kechuang.Common;

namespace Kechuang.Web.Components.Pages.Audit;

/// <summary>One changed field of an audit entry, as the log shows it: "姓名：张三 → 李四".</summary>
public sealed record AuditChange(string Field, string Property, string Text);

/// <summary>Turns an entry's Before/After JSON objects into compact per-field lines.</summary>
public static class AuditChanges
{
    // Identity's bookkeeping columns: they change with every save and mean nothing to a reader.
    private static readonly HashSet<string> Hidden = ["ConcurrencyStamp", "SecurityStamp", "NormalizedUserName", "NormalizedEmail", "NormalizedName"];

    private static readonly Dictionary<string, string> Names = new()
    {
        ["Id"] = "编号",
        ["UserName"] = "用户名",
        ["DisplayName"] = "姓名",
        ["RegionCode"] = "所属区划",
        ["EnterpriseId"] = "企业ID",
        ["Email"] = "电子邮箱",
        ["PhoneNumber"] = "手机号",
        ["PasswordHash"] = "密码",
        ["LockoutEnd"] = "锁定至",
        ["AccessFailedCount"] = "密码错误次数",
        ["CreatedAt"] = "创建时间",
        ["UserId"] = "用户",
        ["RoleId"] = "角色",
        ["Name"] = "名称",
    };

    public static IReadOnlyList<AuditChange> Of(string? before, string? after)
    {
        var old = Parse(before);
        var now = Parse(after);
        var created = before is null;
        var changes = new List<AuditChange>();
        foreach (var property in old.Keys.Union(now.Keys).Where(p => !Hidden.Contains(p)))
        {
            var from = old.GetValueOrDefault(property);
            var to = now.GetValueOrDefault(property);
            if (created && IsDefault(to))
            {
                continue;
            }
            var text = before is null ? Show(property, to)
                : after is null ? Show(property, from)
                : $"{Show(property, from)} → {Show(property, to)}";
            changes.Add(new AuditChange(Names.GetValueOrDefault(property, property), property, text));
        }
        return changes;
    }

    private static Dictionary<string, JsonElement> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone())
                : [];
        }
        catch (JsonException)
        {
            return new() { ["内容"] = JsonSerializer.SerializeToElement(json) };
        }
    }

    private static bool IsDefault(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.False => true,
        JsonValueKind.Number => value.GetRawText() == "0",
        JsonValueKind.String => value.GetString() is "" or null,
        _ => false,
    };

    private static string Show(string property, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Undefined:
            case JsonValueKind.Null:
                return "（空）";
            case JsonValueKind.True:
                return "是";
            case JsonValueKind.False:
                return "否";
            case JsonValueKind.String:
                var text = value.GetString() ?? "";
                if (text == "***")
                {
                    return property == "PasswordHash" ? "（已设置）" : "***";
                }
                if (text.Length >= 19 && text[4] == '-' && text[10] == 'T'
                    && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                {
                    return at.Year >= 2999 ? "永久（已停用）" : Zh.DateTime(at);
                }
                return text;
            default:
                return value.GetRawText();
        }
    }
}
