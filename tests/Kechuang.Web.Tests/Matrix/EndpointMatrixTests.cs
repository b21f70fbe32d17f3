using System.Net;
using System.Net.Http.Json;
using Kechuang.Web.Tests.Support;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Web.Tests.Matrix;

public sealed class SqliteEndpointMatrixTests(SqliteApiFixture fixture) : EndpointMatrixTests<SqliteApiFixture>(fixture);

public sealed class PostgresEndpointMatrixTests(PostgresApiFixture fixture) : EndpointMatrixTests<PostgresApiFixture>(fixture);

/// <summary>
/// Every endpoint the app maps, called as every caller of <see cref="Who"/> with the ids of one fixture
/// (<see cref="MatrixWorld"/>): the answer must be what <see cref="EndpointPolicies"/> says — allowed callers pass the
/// role and region checks (not 401/403, and not 404 on the home records), everyone else gets 401 (anonymous), 403, or
/// 404 where another region's record is hidden. No endpoint may answer 5xx. An endpoint missing from the table fails.
/// </summary>
public abstract class EndpointMatrixTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private static readonly Who[] Callers =
        [Who.Anonymous, Who.Expert, Who.Commissioner, Who.OtherEnt, Who.Ent, Who.OtherStaff, Who.Leader, Who.Staff, Who.CityStaff, Who.Admin];

    [Fact]
    public void EveryMappedEndpoint_HasARowInThePolicyTable()
    {
        var listed = EndpointPolicies.All.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var missing = MappedKeys().Where(k => !listed.Contains(k) && !EndpointPolicies.NotApi.Contains(k)).ToList();
        Assert.True(missing.Count == 0,
            "端点未列入权限表 tests/Kechuang.Web.Tests/Matrix/EndpointPolicies.cs（每个端点须写明谁可以调用）：\n  " + string.Join("\n  ", missing));
        var stale = listed.Except(MappedKeys()).ToList();
        Assert.True(stale.Count == 0, "权限表中有已不存在的端点：\n  " + string.Join("\n  ", stale));
    }

    [Fact]
    public async Task EveryEndpoint_AnswersEachCallerAsThePolicyTableSays()
    {
        var world = await MatrixWorld.BuildAsync(app);
        var failures = new List<string>();
        foreach (var policy in EndpointPolicies.All)
        {
            // Denied callers first, so each meets the records before any allowed write changes them.
            foreach (var who in Callers.OrderBy(w => policy.Allowed.HasFlag(w)))
            {
                using var request = Request(policy, world);
                using var response = await world.Clients[who].SendAsync(request);
                var status = response.StatusCode;
                var allowed = policy.Allowed.HasFlag(who);
                var wrong = (int)status >= 500
                    || (allowed && policy.Public && status == HttpStatusCode.Forbidden)
                    || (allowed && !policy.Public && (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                        || (status == HttpStatusCode.NotFound && policy.NamesRecord)))
                    || (!allowed && !MatrixWorld.IsDenial(status, who));
                if (wrong)
                {
                    var body = await response.Content.ReadAsStringAsync();
                    failures.Add($"{policy.Key} as {who}: {(int)status} ({(allowed ? "should pass" : "should be denied")}) {body[..Math.Min(body.Length, 200)]}");
                }
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} answers differ from the policy table:\n  " + string.Join("\n  ", failures));
    }

    private static HttpRequestMessage Request(EndpointPolicy policy, MatrixWorld world)
    {
        var request = new HttpRequestMessage(new HttpMethod(policy.Method), world.Url(policy.Url));
        if (policy.Form)
        {
            var form = new MultipartFormDataContent { { new StringContent("true"), "dryRun" } };
            if (policy.File is { } name)
            {
                var bytes = name.EndsWith(".pdf", StringComparison.Ordinal) ? "%PDF-1.4\n%matrix\n"u8.ToArray() : "登记编号\n"u8.ToArray();
                form.Add(new ByteArrayContent(bytes), "file", name);
            }
            request.Content = form;
        }
        else if (policy.Body?.Invoke(world) is { } body)
        {
            request.Content = JsonContent.Create(body, body.GetType());
        }
        else if (policy.Method is "POST" or "PUT")
        {
            request.Content = JsonContent.Create(new { });
        }
        return request;
    }

    /// <summary>"METHOD pattern" for each endpoint (a page: its pattern alone), leaving out static files and Blazor's own.</summary>
    private IReadOnlyList<string> MappedKeys()
    {
        var keys = new List<string>();
        foreach (var endpoint in app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText ?? "";
            pattern = pattern.Length > 1 ? "/" + pattern.Trim('/') : "/";
            if (pattern.StartsWith("/_blazor", StringComparison.Ordinal) || pattern.StartsWith("/_framework", StringComparison.Ordinal)
                || endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor"))
            {
                continue;
            }
            if (endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            {
                keys.Add(pattern);
                continue;
            }
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"];
            keys.AddRange(methods.Select(m => $"{m} {pattern}"));
        }
        return keys.Distinct().ToList();
    }
}
