using Kechuang.Audit;
using Kechuang.Data;
using Kechuang.Web.Api;
using Kechuang.Web.Components;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using OpenTelemetry.Metrics;

namespace Kechuang.Web.Hosting;

/// <summary>Builds the web application: the Chinese UI, the REST API under /api and /health.</summary>
public static class WebHost
{
    public const string DatabaseKey = "Kechuang:Database";
    public const string DemoKey = "Kechuang:Demo";
    public const string AdminPasswordKey = "Kechuang:AdminPassword";
    public const string TokenLifetimeKey = "Kechuang:TokenLifetimeMinutes";

    /// <summary>
    /// Behind a reverse proxy (nginx terminating TLS): trust its X-Forwarded-For and X-Forwarded-Proto, so login
    /// throttling sees the client's address and cookies get the Secure flag. Off by default: directly exposed, the
    /// headers would be anyone's to forge.
    /// </summary>
    public const string BehindProxyKey = "Kechuang:BehindProxy";

    /// <summary>This node's name, sent on every response as <see cref="NodeHeader"/> (default: the machine's name).</summary>
    public const string NodeKey = "Kechuang:Node";
    public const string NodeHeader = "X-Kechuang-Node";
    private const string SmartScheme = "KechuangSmart";
    public const string CookieName = "kechuang.auth";

    public static WebApplication Build(string[] args, IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // Keys sit unencrypted in the database they protect cookies for (ADR 0005); no need to warn at every start.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        // Serves AntDesign's files from the NuGet cache when running from the build output, as `dotnet run` does.
        builder.WebHost.UseStaticWebAssets();
        // No "Server: Kestrel": nothing to tell a scanner (docs/architecture.md, Security).
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        var services = builder.Services;

        // Read lazily: tests and the command line may change the setting after this method runs.
        services.AddSingleton(sp => DatabaseTarget.Parse(sp.GetRequiredService<IConfiguration>()[DatabaseKey]));
        // First among hosted services: data protection's own start-up reads its keys from the migrated database.
        services.AddHostedService<StartupInitializer>();
        MessagingSetup.AddMessaging(services);
        services.AddKechuangCore();
        new IdentityBuilder(typeof(Users.AppUser), typeof(IdentityRole), services).AddSignInManager();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<CircuitHandler, CircuitUserHandler>();

        AddAuthentication(services);
        services.AddAuthorization();

        services.AddProblemDetails(ProblemDetailsSetup.Customize);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi(OpenApiSetup.Configure);

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddAntDesign();
        services.AddScoped<Components.Shared.PageServices>();
        // After the components' own registration, so circuits revalidate their user (Revocation.cs).
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, RevalidatingAuthState>();
        // Multipart forms as large as the largest upload allows; each endpoint then holds its own limit (Api/Uploads.cs).
        services.AddOptions<Microsoft.AspNetCore.Http.Features.FormOptions>().Configure<Common.Excel.UploadLimits>((o, limits) => o.MultipartBodyLengthLimit = limits.LargestRequest);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
        });

        // Request counts, durations and runtime figures for Prometheus from ASP.NET Core's and .NET's own meters (docs/deploy.md, 监控).
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Components.Server.Circuits", "System.Runtime", "Npgsql")
            .AddPrometheusExporter());

        var app = builder.Build();
        var node = app.Configuration[NodeKey] is { Length: > 0 } named ? named : Environment.MachineName;
        // Which node answered: the proxy's stickiness and failover can be seen from outside (docs/deploy.md).
        app.Use((context, next) =>
        {
            context.Response.Headers[NodeHeader] = node;
            return next(context);
        });
        // One language: Simplified Chinese, whatever the browser asks for (AntDesign reads the UI culture).
        if (app.Configuration.GetValue<bool>(BehindProxyKey))
        {
            app.UseForwardedHeaders();
        }
        app.UseSecurityHeaders();
        app.UseRequestLocalization(o => o.SetDefaultCulture("zh-CN").AddSupportedCultures("zh-CN").AddSupportedUICultures("zh-CN"));
        app.UseExceptionHandler();
        // The API answers a bare status as ProblemDetails; a browser that mistyped an address gets the Chinese
        // 页面不存在 page instead of JSON (Pages/NotFound.razor).
        app.UseWhen(c => IsApi(c.Request), a => a.UseStatusCodePages());
        app.UseWhen(c => !IsApi(c.Request), a => a.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        // Explicitly after the status code pages, so a re-executed request is routed again to the 404 page.
        app.UseRouting();
        app.UseAuthentication();
        app.UseRevocation();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapGet("/health", () => Results.Ok(new { status = "ok", node })).AllowAnonymous().ExcludeFromDescription();
        // For the monitoring server on the internal network only: a request from elsewhere (after the proxy's
        // X-Forwarded-For, when BehindProxy) gets 404, as if there were nothing here.
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
            context.Request.Path == "/metrics" && context.Connection.RemoteIpAddress is { } address && System.Net.IPAddress.IsLoopback(address));
        app.MapOpenApi();
        app.MapKechuangApi();
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    private static void AddAuthentication(IServiceCollection services)
    {
        // Cookies for the browser, bearer tokens for scripts: one scheme picks by the Authorization header.
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or bearer", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies();
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme).Configure<IConfiguration>((o, config) =>
            o.BearerTokenExpiration = TimeSpan.FromMinutes(config.GetValue(TokenLifetimeKey, 120)));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/login";
            o.LogoutPath = "/account/logout";
            // A page the role may not open says why (Pages/Forbidden.razor) instead of bouncing to 首页.
            o.AccessDeniedPath = "/forbidden";
            o.Cookie.Name = CookieName;
            // Secure whenever the request came over HTTPS (behind a proxy: with BehindProxyKey set); never readable by script.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // The API answers 401/403 as ProblemDetails instead of redirecting to the login page.
            o.Events.OnRedirectToLogin = context => ApiOr(context.HttpContext, 401, () => context.Response.Redirect(context.RedirectUri));
            o.Events.OnRedirectToAccessDenied = context => ApiOr(context.HttpContext, 403, () => context.Response.Redirect(context.RedirectUri));
        });
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi");

    private static Task ApiOr(HttpContext context, int status, Action redirect)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            redirect();
        }
        return Task.CompletedTask;
    }
}
