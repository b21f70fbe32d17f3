using System.Net.Http.Headers;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Kechuang.Web.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;

namespace Kechuang.Web.Tests;

public sealed class SqliteOpenApiTests(SqliteApiFixture fixture) : OpenApiTests<SqliteApiFixture>(fixture);

public sealed class PostgresOpenApiTests(PostgresApiFixture fixture) : OpenApiTests<PostgresApiFixture>(fixture);

/// <summary>The OpenAPI document is complete enough that a client generated from it works.</summary>
public abstract class OpenApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private async Task<string> DocumentAsync() => await app.Anonymous().GetStringAsync("/openapi/v1.json");

    private static IEnumerable<(string Name, JsonElement Operation)> Operations(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        from method in path.Value.EnumerateObject()
        where Methods.Contains(method.Name)
        select ($"{method.Name.ToUpperInvariant()} {path.Name}", method.Value);

    [Fact]
    public async Task Document_EveryOperation_HasIdSummaryTagAndProblemResponses()
    {
        var json = await DocumentAsync();
        // scripts/lint-openapi.sh lints the document of this host.
        if (Environment.GetEnvironmentVariable("KECHUANG_OPENAPI_OUT") is { Length: > 0 } output)
        {
            await File.WriteAllTextAsync(output, json);
        }
        var document = JsonDocument.Parse(json).RootElement;
        var operations = Operations(document).ToList();

        Assert.True(operations.Count > 60);
        Assert.All(operations, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Operation.GetProperty("operationId").GetString()), o.Name);
            Assert.False(string.IsNullOrWhiteSpace(o.Operation.GetProperty("summary").GetString()), o.Name);
            Assert.NotEmpty(o.Operation.GetProperty("tags").EnumerateArray());
            var problems = o.Operation.GetProperty("responses").EnumerateObject()
                .Where(r => r.Name.StartsWith('4') && r.Value.GetProperty("content").TryGetProperty("application/problem+json", out _))
                .Select(r => r.Name)
                .ToList();
            Assert.Contains("401", problems);
        });
        var ids = operations.Select(o => o.Operation.GetProperty("operationId").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Document_ApiNeedsTheBearerScheme_ExceptTheTokenEndpoint()
    {
        var document = JsonDocument.Parse(await DocumentAsync()).RootElement;

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        foreach (var (name, operation) in Operations(document))
        {
            var schemes = operation.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject()).Select(r => r.Name);
            // The token endpoint, the public board (docs/domain.md §7.11) and an enterprise's registration (§7.12) take no login.
            Assert.Equal(name is "POST /api/auth/token" or "GET /api/public/notices" or "GET /api/public/notices/{id}/files/{fileId}" or "POST /api/hall/registrations" ? [] : ["Bearer"], schemes);
        }
    }

    [Fact]
    public async Task Document_ErrorResponses_AreDeclaredWhereTheyHappen()
    {
        var document = JsonDocument.Parse(await DocumentAsync()).RootElement;
        string[] Statuses(string path, string method) =>
            [.. document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses").EnumerateObject().Select(r => r.Name).Order()];

        Assert.Equal(["200", "401", "404"], Statuses("/api/regions/{code}", "get"));
        Assert.Equal(["200", "401", "403", "404"], Statuses("/api/contracts/{id}", "get"));
        Assert.Equal(["201", "400", "401", "403", "409"], Statuses("/api/contracts", "post"));
        Assert.Equal(["200", "400", "401", "429"], Statuses("/api/auth/token", "post"));
    }

    [Fact]
    public async Task Document_RegionCode_IsTheDeprecatedNameOfRegion()
    {
        var document = JsonDocument.Parse(await DocumentAsync()).RootElement;

        var parameters = document.GetProperty("paths").GetProperty("/api/contracts").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Contains("region", parameters.Keys);
        Assert.Contains("pageSize", parameters.Keys);
        Assert.False(parameters["region"].TryGetProperty("deprecated", out _));
        Assert.True(parameters["regionCode"].GetProperty("deprecated").GetBoolean());
    }

    // The document does not depend on the database: generate and compile the client once for both test classes.
    private static Task<Assembly>? _client;
    private static readonly Lock ClientLock = new();

    [Fact]
    public async Task GeneratedClient_GetRegion_WithBearerToken()
    {
        Task<Assembly> client;
        lock (ClientLock)
        {
            client = _client ??= GenerateClientAsync(DocumentAsync());
        }
        var assembly = await client;

        var http = app.Anonymous();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await app.TokenAsync("admin", ApiFixture.AdminPassword));
        var kechuang = Activator.CreateInstance(assembly.GetType("Kechuang.Generated.KechuangClient")!, http)!;
        var call = (Task)kechuang.GetType().GetMethod("GetRegionAsync", [typeof(string)])!.Invoke(kechuang, ["330326"])!;
        await call;
        var region = call.GetType().GetProperty("Result")!.GetValue(call)!;

        Assert.Equal("平阳县", region.GetType().GetProperty("Name")!.GetValue(region));
        Assert.Equal("330300", region.GetType().GetProperty("ParentCode")!.GetValue(region));
    }

    private static async Task<Assembly> GenerateClientAsync(Task<string> json)
    {
        var document = await NSwag.OpenApiDocument.FromJsonAsync(await json);
        var settings = new CSharpClientGeneratorSettings
        {
            ClassName = "KechuangClient",
            UseBaseUrl = false,
            GenerateClientInterfaces = false,
            OperationNameGenerator = new SingleClientFromOperationIdOperationNameGenerator(),
        };
        settings.CSharpGeneratorSettings.Namespace = "Kechuang.Generated";
        settings.CSharpGeneratorSettings.JsonLibrary = NJsonSchema.CodeGeneration.CSharp.CSharpJsonLibrary.SystemTextJson;
        return Compile(new CSharpClientGenerator(document, settings).GenerateFile());
    }

    /// <summary>Compiles the generated client in memory against the framework the tests run on.</summary>
    private static Assembly Compile(string code)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "Kechuang.Generated",
            [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(result.Success, string.Join(Environment.NewLine, errors.Take(20)));
        image.Position = 0;
        return new AssemblyLoadContext("generated-client", isCollectible: true).LoadFromStream(image);
    }
}
