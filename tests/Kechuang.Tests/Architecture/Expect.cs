using System.Text;

namespace Kechuang.Tests.Architecture;

internal static class Expect
{
    /// <summary>Fails listing each offending type → what it uses, and any allow-list entry that no longer matches.</summary>
    public static void None(string rule, IReadOnlyList<Violation> found, IReadOnlyDictionary<string, string>? allowed = null)
    {
        allowed ??= new Dictionary<string, string>();
        var offending = found.Where(v => !allowed.ContainsKey(v.Key)).ToList();
        var stale = allowed.Keys.Where(key => found.All(v => v.Key != key)).ToList();
        if (offending.Count == 0 && stale.Count == 0)
        {
            return;
        }
        var message = new StringBuilder().Append(rule).Append(" — ").Append(offending.Count).AppendLine(" violation(s):");
        foreach (var violation in offending)
        {
            message.Append("  ").AppendLine(violation.ToString());
        }
        foreach (var key in stale)
        {
            message.Append("  allow-listed but no longer found, remove it: ").AppendLine(key);
        }
        Assert.Fail(message.ToString());
    }
}
