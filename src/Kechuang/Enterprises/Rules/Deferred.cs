namespace Kechuang.Enterprises.Rules;

/// <summary>
/// A text the rules hand over unwritten: a static function and the state it reads, called the first time the text is
/// read. A province's batch evaluation makes millions of conditions and score parts and reads few of their texts
/// (docs/architecture.md §8.1, ADR 0023); a closure and a delegate per text were a third of what it allocated, a
/// static function is made once and the state is mostly an object the rules hold anyway.
/// </summary>
internal readonly struct Deferred
{
    private readonly object? _state;
    private readonly Delegate _write;
    private readonly Func<object?, Delegate, string> _call;

    private Deferred(object? state, Delegate write, Func<object?, Delegate, string> call)
    {
        _state = state;
        _write = write;
        _call = call;
    }

    public static Deferred Of<TState>(TState state, Func<TState, string> write) => new(state, write, Call<TState>.Instance);

    public string Write() => _call(_state, _write);

    private static class Call<TState>
    {
        public static readonly Func<object?, Delegate, string> Instance = static (state, write) => ((Func<TState, string>)write)((TState)state!);
    }
}
