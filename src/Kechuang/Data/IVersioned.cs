namespace Kechuang.Data;

/// <summary>
/// An editable record with a concurrency token: every update bumps <see cref="Version"/> and the UPDATE only
/// succeeds while the row still has the version the editor saw (a stale edit answers 409).
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
