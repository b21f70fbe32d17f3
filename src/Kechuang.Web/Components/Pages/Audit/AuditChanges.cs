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

    // A new record's key and creation time repeat the row's 记录编号 and 时间.
    private static readonly HashSet<string> HiddenOnCreate = ["Id", "CreatedAt", "LockoutEnabled"];

    // In display order; fields not listed keep their property name and come last.
    private static readonly (string Property, string Name)[] Names =
    [
        ("UserName", "用户名"),
        ("DisplayName", "姓名"),
        ("Name", "名称"),
        ("RegionCode", "所属区划"),
        ("UserId", "用户"),
        ("RoleId", "角色"),
        ("EnterpriseId", "企业ID"),
        ("Email", "电子邮箱"),
        ("PhoneNumber", "手机号"),
        ("PasswordHash", "密码"),
        ("LockoutEnd", "锁定至"),
        ("LockoutEnabled", "允许锁定"),
        ("AccessFailedCount", "密码错误次数"),
        ("CreatedAt", "创建时间"),
        ("Id", "编号"),
    ];

    private static int Rank(string property) => Array.FindIndex(Names, n => n.Property == property) is var i and >= 0 ? i : Names.Length;

    private static string NameOf(string property) => Array.Find(Names, n => n.Property == property).Name ?? property;

    public static IReadOnlyList<AuditChange> Of(string? before, string? after)
    {
        var old = Parse(before);
        var now = Parse(after);
        var created = before is null;
        var changes = new List<AuditChange>();
        foreach (var property in old.Keys.Union(now.Keys).Where(p => !Hidden.Contains(p)).OrderBy(Rank))
        {
            var from = old.GetValueOrDefault(property);
            var to = now.GetValueOrDefault(property);
            if (created && (IsDefault(to) || HiddenOnCreate.Contains(property)))
            {
                continue;
            }
            var text = property == "PasswordHash" && before is not null && after is not null ? "已更改"
                : before is null ? Show(property, to)
                : after is null ? Show(property, from)
                : $"{Show(property, from)} → {Show(property, to)}";
            changes.Add(new AuditChange(NameOf(property), property, text));
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
