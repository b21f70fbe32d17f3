namespace Kechuang.Common;

/// <summary>Collects field errors and throws them together, so the user sees every problem at once.</summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public Validation Require(bool condition, string field, string message)
    {
        if (!condition)
        {
            Add(field, message);
        }
        return this;
    }

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
    }

    /// <summary>A required text (trimmed) of at most <paramref name="max"/> characters, named <paramref name="label"/> in the messages.</summary>
    public Validation Text(string? text, string field, string label, int max)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            Add(field, $"请填写{label}");
        }
        else if (t.Length > max)
        {
            Add(field, $"{label}不能超过{max}个字");
        }
        return this;
    }

    /// <summary>An optional text (trimmed) of at most <paramref name="max"/> characters.</summary>
    public Validation Optional(string? text, string field, string label, int max)
    {
        if (text?.Trim().Length > max)
        {
            Add(field, $"{label}不能超过{max}个字");
        }
        return this;
    }

    /// <summary>The text trimmed, or null when it is blank: how an optional field is stored.</summary>
    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public bool HasErrors => _errors.Count > 0;

    public void ThrowIfAny()
    {
        if (HasErrors)
        {
            throw new ValidationFailedException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}
