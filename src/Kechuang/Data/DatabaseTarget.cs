namespace Kechuang.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// What `--db` names: a SQLite file path (the county default) or a PostgreSQL connection string (a province).
/// </summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString, string Display)
{
    public const string DefaultSqlitePath = "data/kechuang.db";

    public static DatabaseTarget Parse(string? value)
    {
        var text = string.IsNullOrWhiteSpace(value) ? DefaultSqlitePath : value.Trim();
        if (text.Contains("Host=", StringComparison.OrdinalIgnoreCase) || text.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(text);
            return new(DatabaseProvider.Postgres, text, $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}");
        }
        var path = text.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase)
            ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(text).DataSource
            : text;
        var full = Path.GetFullPath(path);
        var connection = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder
        {
            DataSource = full,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        return new(DatabaseProvider.Sqlite, connection, $"SQLite {full}");
    }

    public string? SqliteFile => Provider == DatabaseProvider.Sqlite
        ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource
        : null;
}
