using Kechuang.Data;
using Kechuang.Messaging;
using Kechuang.Messaging.Reminders;

namespace Kechuang.Web.Hosting;

/// <summary>
/// Runs the outbox on a timer (docs/domain.md §7.11): every <c>Kechuang:Outbox:IntervalSeconds</c> (default 30; 0 turns
/// it off, as the tests do — they call <see cref="ProcessOutbox"/> themselves) one pass, and the reminders once an hour.
/// With several nodes, one of them does each pass (<see cref="ClusterLock"/>, ADR 0024); <see cref="ProcessOutbox"/> also
/// claims each row with a conditional UPDATE, so even two passes at once would send a message once.
/// </summary>
internal sealed class OutboxWorker(
    IServiceProvider services, IConfiguration config, DatabaseTarget target, TimeProvider clock, ILogger<OutboxWorker> log) : BackgroundService
{
    public const string IntervalKey = "Kechuang:Outbox:IntervalSeconds";
    private readonly string _worker = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = config.GetValue(IntervalKey, 30);
        if (seconds <= 0)
        {
            return;
        }
        DateTimeOffset? lastReminders = null;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), clock);
        do
        {
            try
            {
                await ClusterLock.TryRunAsync(target, "outbox", async () =>
                {
                    await using var scope = services.CreateAsyncScope();
                    var now = clock.GetUtcNow();
                    if (lastReminders is null || now - lastReminders >= TimeSpan.FromHours(1))
                    {
                        await scope.ServiceProvider.GetRequiredService<QueueReminders>().HandleAsync(now, stoppingToken);
                        lastReminders = now;
                    }
                    await scope.ServiceProvider.GetRequiredService<ProcessOutbox>().HandleAsync(now, _worker, stoppingToken);
                }, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "发件箱处理失败，下一轮重试");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

/// <summary>Reads <c>Kechuang:Outbox</c> and <c>Kechuang:Smtp</c>: SMTP when a host is set, else mail goes to files (ADR 0022).</summary>
internal static class MessagingSetup
{
    public static void AddMessaging(IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var config = sp.GetRequiredService<IConfiguration>();
            var smtp = config.GetSection("Kechuang:Smtp");
            var host = smtp["Host"];
            return new MessagingOptions
            {
                Directory = config["Kechuang:Outbox:Directory"] ?? Path.Combine("data", "outbox"),
                MaxAttempts = config.GetValue("Kechuang:Outbox:MaxAttempts", 5),
                Smtp = string.IsNullOrWhiteSpace(host) ? null : new SmtpSettings(host, smtp.GetValue("Port", 25), smtp["UserName"], smtp["Password"],
                    smtp["From"] ?? "kechuang@localhost", smtp.GetValue("UseSsl", false)),
            };
        });
        services.AddScoped<IEmailSender>(sp => sp.GetRequiredService<MessagingOptions>() is { Smtp: not null } options
            ? new SmtpEmailSender(options) : new FileEmailSender(sp.GetRequiredService<MessagingOptions>()));
        services.AddHostedService<OutboxWorker>();
    }
}
