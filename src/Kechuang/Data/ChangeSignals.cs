namespace Kechuang.Data;

/// <summary>
/// Commits to the registers made by any node, as heard on PostgreSQL's <c>LISTEN</c> channel <see cref="Channel"/>
/// (a statement trigger on <c>RegisterChanges</c> notifies at commit; ADR 0024). On PostgreSQL, sequence values are
/// allotted before commit, so a change committed late may carry a lower id than one a cache has already seen: the
/// newest id alone cannot prove a cache fresh there, the id together with this generation can. SQLite commits one
/// writer at a time in one process, so its ids rise in commit order and it needs no listener.
/// </summary>
public sealed class ChangeSignals(DatabaseTarget target)
{
    public const string Channel = "kechuang_registers";

    private long _generation;
    private volatile bool _listening;

    /// <summary>Rises with every notification heard, and whenever the listener (re)connects: it may have missed some.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Whether a cache may trust <see cref="Generation"/>: always on SQLite, on PostgreSQL only while listening.</summary>
    public bool Trusted => target.Provider != DatabaseProvider.Postgres || _listening;

    public void Heard() => Interlocked.Increment(ref _generation);

    public void Listening(bool listening)
    {
        Interlocked.Increment(ref _generation);
        _listening = listening;
    }
}
