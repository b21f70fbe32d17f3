using Kechuang.Common;

namespace Kechuang.Web.Components.Shared;

/// <summary>
/// What a form's last save went wrong with: messages of the fields shown under their inputs (see <see cref="FieldError"/>),
/// the others listed in the form's alert, and whether the record had changed meanwhile.
/// </summary>
/// <param name="inline">Fields whose messages stand under their inputs.</param>
/// <param name="order">The order the alert lists the other fields' messages in; fields not named come last.</param>
public sealed class FormErrors(string[]? inline = null, string[]? order = null)
{
    private readonly string[] _inline = inline ?? [];
    private readonly string[] _order = order ?? [];
    private Dictionary<string, string[]> _fields = [];

    /// <summary>Messages for the alert.</summary>
    public IReadOnlyList<string> Messages { get; private set; } = [];

    /// <summary>The save failed because someone else changed the record first.</summary>
    public bool Conflict { get; private set; }

    public bool Saving { get; private set; }

    /// <summary>How many messages stand under fields.</summary>
    public int FieldCount => _fields.Sum(kv => kv.Value.Length);

    public bool Any => Messages.Count > 0 || _fields.Count > 0;

    public bool Has(string field) => _fields.ContainsKey(field);

    public IReadOnlyList<string> Of(string field) => _fields.TryGetValue(field, out var messages) ? messages : [];

    public string InputClass(string field) => Has(field) ? "ant-input ant-input-status-error" : "ant-input";

    public void Clear()
    {
        _fields = [];
        Messages = [];
        Conflict = false;
    }

    /// <summary>Replaces the alert's messages, e.g. when a list the form needs could not be read.</summary>
    public void Fail(string message) => Messages = [message];

    /// <summary>Replaces one field's messages with a better one the form knows (e.g. why a typed amount was not read).</summary>
    public void Set(string field, string message) => _fields[field] = [message];

    /// <summary>
    /// Runs <paramref name="save"/> unless a save is running; a rule the core reports becomes a field or alert message.
    /// With <paramref name="reload"/> (the label of the form's reload button) a conflict message says how to go on.
    /// Returns whether it saved.
    /// </summary>
    public async Task<bool> RunAsync(Func<Task> save, string? reload = null)
    {
        if (Saving)
        {
            return false;
        }
        Clear();
        Saving = true;
        try
        {
            await save();
            return true;
        }
        catch (ValidationFailedException e)
        {
            _fields = e.Errors.Where(kv => _inline.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);
            Messages = e.Errors.Where(kv => !_fields.ContainsKey(kv.Key))
                .OrderBy(kv => Array.IndexOf(_order, kv.Key) is var i and >= 0 ? i : _order.Length)
                .SelectMany(kv => kv.Value).ToList();
        }
        catch (ConflictException e)
        {
            Messages = [reload is null ? e.Message : $"{e.Message}。点击“{reload}”读取最新内容，再修改保存（您未保存的修改将被覆盖）。"];
            Conflict = true;
        }
        catch (KechuangException e)
        {
            Messages = [e.Message];
        }
        finally
        {
            Saving = false;
        }
        return false;
    }
}
