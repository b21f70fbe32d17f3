namespace Kechuang.Common;

/// <summary>
/// One page of a list; page numbers start at 1. <see cref="TotalIsLowerBound"/> is set when counting stopped
/// early (a broad search): there are at least <see cref="Total"/> items.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize, bool TotalIsLowerBound = false)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 200;

    public static (int Page, int Size) Normalize(int? page, int? size) =>
        (Math.Max(1, page ?? 1), Math.Clamp(size ?? DefaultSize, 1, MaxSize));
}
