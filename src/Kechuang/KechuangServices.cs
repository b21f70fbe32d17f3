using Kechuang.Audit;
using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Users;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Kechuang;

/// <summary>Services shared by the web host, the command line and the tests: data, identity, use cases.
/// The caller registers <see cref="DatabaseTarget"/> and <see cref="ICurrentUser"/>.</summary>
public static class KechuangServices
{
    public static IServiceCollection AddKechuangCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DerivedFigureCache>();
        services.AddScoped<DerivedFigures>();
        services.AddSingleton<SessionValidity>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<Market.Search.MarketIndex>();        // the market's engines, synced per request (ADR 0019)
        services.AddScoped<Market.Search.MarketRecords>();
        services.TryAddSingleton<Common.Excel.UploadLimits>();
        // The outbox's senders: files unless the host configures SMTP or an SMS gateway (docs/domain.md §7.11, ADR 0022).
        services.TryAddSingleton(new Messaging.MessagingOptions());
        services.TryAddScoped<Messaging.IEmailSender, Messaging.FileEmailSender>();
        services.TryAddScoped<Messaging.ISmsSender, Messaging.FileSmsSender>();
        services.AddScoped<AuditInterceptor>();
        services.AddDbContext<KechuangDbContext>((sp, options) => options
            .UseKechuangDatabase(sp.GetRequiredService<DatabaseTarget>())
            .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));

        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                // Wrong passwords never lock an account (anyone could lock out admin): LoginThrottle slows the
                // address that guesses instead (ADR 0014). LockoutEnd is only an admin's 停用.
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<KechuangDbContext>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddClaimsPrincipalFactory<KechuangClaimsFactory>();

        // Keys in the database: every web node and the command line share them (docs/architecture.md, Scale).
        services.AddDataProtection().SetApplicationName("kechuang").PersistKeysToDbContext<KechuangDbContext>();
        AddUseCases(services);
        return services;
    }

    /// <summary>Every use case is a public sealed class with a HandleAsync method (one per file, docs/architecture.md).</summary>
    private static void AddUseCases(IServiceCollection services)
    {
        var useCases = typeof(KechuangDbContext).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetMethod("HandleAsync") is not null);
        foreach (var type in useCases)
        {
            services.AddScoped(type);
        }

        // The calendar's named query and the seismic desk's due dates, shared by several use cases (docs/domain.md §7.10).
        services.AddScoped<Calendar.WorkCalendar>();
        services.AddScoped<Seismic.ApprovalDesk>();

        // Modules feed derived indicators through one interface (docs/architecture.md, Extension points): register every implementation.
        var calculators = typeof(KechuangDbContext).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIndicatorCalculator).IsAssignableFrom(t));
        foreach (var type in calculators)
        {
            services.AddScoped(typeof(IIndicatorCalculator), type);
        }

        // Reminders come from any module the same way: each source is found, registered and asked by QueueReminders.
        var reminders = typeof(KechuangDbContext).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Messaging.Reminders.IReminderSource).IsAssignableFrom(t));
        foreach (var type in reminders)
        {
            services.AddScoped(typeof(Messaging.Reminders.IReminderSource), type);
        }

        // Modules contribute their section of the work summary the same way (docs/architecture.md, Extension points).
        services.AddScoped<Reports.SummaryDrafter>();
        var sections = typeof(KechuangDbContext).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Reports.ISummarySection).IsAssignableFrom(t));
        foreach (var type in sections)
        {
            services.AddScoped(typeof(Reports.ISummarySection), type);
        }
    }
}
