using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Regions;

/// <summary>What a region-code column can hold, which decides how a county is matched.</summary>
public enum RegionColumn
{
    /// <summary>Only county-level (or coarser) codes, as the registers keep them: a county is an equality test.</summary>
    CountyCodes,

    /// <summary>Town codes too (a user's or an audit entry's region): a county covers its 9-digit towns.</summary>
    AnyCodes,
}

/// <summary>The SQL form a province or prefecture takes.</summary>
public enum RegionMatch
{
    /// <summary>A range on the code, which an index answers: PostgreSQL always, SQLite for index-only reads.</summary>
    Range,

    /// <summary>A prefix test (LIKE), which SQLite answers by reading the table; see <see cref="RegionScope.MatchFor"/>.</summary>
    Prefix,
}

/// <summary>
/// The one region filter (docs/architecture.md, "Region scope"): the rows whose region code is <c>region</c> or lies
/// under it — every code that starts with <see cref="RegionCode.ScopePrefix"/>. Same rows on every provider and for
/// every level; only the SQL form differs, chosen for speed.
/// </summary>
public static class RegionScope
{
    /// <summary>
    /// PostgreSQL gets a range on the code, which its planner answers from the index or by a scan as its statistics
    /// say. SQLite, without statistics, would walk the index row by row even when the range is most of the table, so
    /// a province or prefecture there is a prefix test it reads the table for (bench/, 200,000 enterprises: batch
    /// evaluation 4.7 s instead of 7.3 s on SQLite; search p95 36 ms instead of 75 ms on PostgreSQL). A read that
    /// touches only an index (<paramref name="indexOnly"/>) takes the range on SQLite too.
    /// </summary>
    public static RegionMatch MatchFor(DbContext db, bool indexOnly = false) =>
        db.Database.IsSqlite() && !indexOnly ? RegionMatch.Prefix : RegionMatch.Range;

    /// <summary>
    /// Rows whose <paramref name="code"/> is <paramref name="region"/> or lies under it. A row without a code (the
    /// program's own work in the audit trail) lies only within the country.
    /// </summary>
    public static IQueryable<T> Within<T>(
        this IQueryable<T> rows, Expression<Func<T, string?>> code, RegionCode region,
        RegionColumn column = RegionColumn.CountyCodes, RegionMatch match = RegionMatch.Range)
    {
        var prefix = region.ScopePrefix;
        return region.Level switch
        {
            RegionLevel.Country => rows,
            RegionLevel.Town => rows.Where(Equal(code, region.Value)),
            RegionLevel.County when column == RegionColumn.CountyCodes => rows.Where(Equal(code, region.Value)),
            _ when match == RegionMatch.Prefix => rows.Where(StartsWith(code, prefix)),
            _ => rows.Where(InRange(code, prefix, prefix[..^1] + (char)(prefix[^1] + 1))),
        };
    }

    /// <summary>The same test in memory, for rows already read.</summary>
    public static bool Covers(this RegionCode region, string? code) => region.Level switch
    {
        RegionLevel.Country => true,
        _ when code is null => false,
        RegionLevel.Town => code == region.Value,
        _ => code.StartsWith(region.ScopePrefix, StringComparison.Ordinal),
    };

    private static readonly MethodInfo StartsWithMethod = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo CompareMethod = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    private static Expression<Func<T, bool>> Equal<T>(Expression<Func<T, string?>> code, string value) =>
        Expression.Lambda<Func<T, bool>>(Expression.Equal(code.Body, Parameter(value)), code.Parameters);

    private static Expression<Func<T, bool>> StartsWith<T>(Expression<Func<T, string?>> code, string prefix) =>
        Expression.Lambda<Func<T, bool>>(Expression.Call(code.Body, StartsWithMethod, Parameter(prefix)), code.Parameters);

    // string.Compare is translated to SQL comparisons on the digit strings; it never runs in .NET.
    private static Expression<Func<T, bool>> InRange<T>(Expression<Func<T, string?>> code, string low, string high) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.AndAlso(
                Expression.GreaterThanOrEqual(Expression.Call(CompareMethod, code.Body, Parameter(low)), Expression.Constant(0)),
                Expression.LessThan(Expression.Call(CompareMethod, code.Body, Parameter(high)), Expression.Constant(0))),
            code.Parameters);

    /// <summary>A value EF sends as a query parameter, as it does a captured variable, so one plan serves every region.</summary>
    private static MemberExpression Parameter(string value) =>
        Expression.Property(Expression.Constant(new Captured(value)), nameof(Captured.Value));

    private sealed record Captured(string Value);
}
