using Kechuang.Data;
using Npgsql;

namespace Kechuang.Web.Hosting;

/// <summary>
/// On PostgreSQL, keeps one connection listening for other nodes' commits to the registers and tells
/// <see cref="ChangeSignals"/>, so this node's derived-figure cache is dropped when another node commits (ADR 0024).
/// While the connection is down (the primary failed over, the network dropped) the cache is not trusted at all, and
/// every reconnect counts as a change; reconnecting is retried every two seconds.
/// </summary>
internal sealed class ChangeListener(DatabaseTarget target, ChangeSignals signals, ILogger<ChangeListener> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (target.Provider != DatabaseProvider.Postgres)
        {
            return;
        }
        // Keepalives notice a dead primary within seconds even when no notification is due.
        var connectionString = new NpgsqlConnectionStringBuilder(target.ConnectionString) { KeepAlive = 5, Pooling = false }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => signals.Heard();
                await using (var listen = new NpgsqlCommand($"LISTEN {ChangeSignals.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                signals.Listening(true);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (signals.Trusted)
                {
                    log.LogWarning("与数据库的变更通知连接中断，2 秒后重连（期间不使用指标缓存）：{Message}", e.Message);
                }
            }
            catch (OperationCanceledException)
            {
                break;
            }
            finally
            {
                signals.Listening(false);
            }
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
