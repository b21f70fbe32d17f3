using Kechuang.Common;
using Kechuang.Web.Api;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Kechuang.Web.Hosting;

/// <summary>
/// The one place where errors become ProblemDetails (jasontaylordev ProblemDetailsExceptionHandler): validation → 400
/// with errors keyed by camelCase field, missing → 404, forbidden → 403, stale edit or duplicate → 409.
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? details = exception switch
        {
            ValidationFailedException e => new HttpValidationProblemDetails(AsSent(context.Request, e.Errors))
            {
                Status = 400,
                Title = "输入有误",
                Detail = e.Message,
            },
            NotFoundException e => new ProblemDetails { Status = 404, Title = "未找到", Detail = e.Message },
            ForbiddenException e => new ProblemDetails { Status = 403, Title = "无权访问", Detail = e.Message },
            ConflictException e => new ProblemDetails { Status = 409, Title = "数据冲突", Detail = e.Message },
            Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = 409,
                Title = "数据冲突",
                Detail = "该记录已被他人修改，请刷新后重试",
            },
            _ when Data.UniqueViolation.Is(exception) => new ProblemDetails { Status = 409, Title = "数据冲突", Detail = Data.UniqueViolation.Message },
            _ when Data.DatabaseUnavailable.Is(exception) => Unavailable(context),
            BadHttpRequestException { StatusCode: 413 } => TooLarge(context),
            // The form reader's own limit (FormOptions), met before the file is bound.
            InvalidDataException e when e.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase) => TooLarge(context),
            BadHttpRequestException e => BadRequest(context.Request, e),
            _ => null,
        };
        if (details is null)
        {
            return false;
        }
        context.Response.StatusCode = details.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = details,
            Exception = exception,
        });
    }

    /// <summary>Errors keyed by the names the caller sent (a query's <c>regionCode</c> stays <c>regionCode</c>).</summary>
    private static Dictionary<string, string[]> AsSent(HttpRequest request, IReadOnlyDictionary<string, string[]> errors)
    {
        var keyed = new Dictionary<string, string[]>();
        foreach (var (field, messages) in errors)
        {
            var name = RegionAlias.AsSent(request, field);
            keyed[name] = keyed.TryGetValue(name, out var before) ? [.. before, .. messages] : messages;
        }
        return keyed;
    }

    /// <summary>The database is failing over: try again in a few seconds (nginx does not resend a POST by itself).</summary>
    private static ProblemDetails Unavailable(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "5";
        return new ProblemDetails { Status = 503, Title = "服务暂不可用", Detail = Data.DatabaseUnavailable.Message };
    }

    /// <summary>An upload past its endpoint's limit (Api/Uploads.cs): the server stopped reading it.</summary>
    private static ProblemDetails TooLarge(HttpContext context) => new()
    {
        Status = 413,
        Title = "文件过大",
        Detail = TooLargeDetail(context),
    };

    /// <summary>The limit as the endpoint declared it (Api/Uploads.cs), also for a 413 the form binding writes without an exception.</summary>
    public static string TooLargeDetail(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<Common.Excel.UploadLimit>() is { } limit
            ? $"文件过大：{limit.Name}单个文件不超过 {limit.SizeText}，未读取；请分批导入"
            : "上传的内容超过上限，未读取；请分批上传";

    /// <summary>Malformed JSON, a missing body, or a wrongly typed JSON field or query value (400 naming the field).</summary>
    private static ProblemDetails BadRequest(HttpRequest request, BadHttpRequestException e)
    {
        var json = e.InnerException as System.Text.Json.JsonException;
        // The serializer's own message is English; the field it names ($.value, as the caller spelled it) is what the caller needs.
        var field = json is not null
            ? json.Path is { Length: > 2 } path && json.Message.Contains("could not be converted", StringComparison.Ordinal) ? path[2..] : null
            : QueryField(request, e.Message);
        if (field is not null)
        {
            var message = json is not null
                ? $"字段 {field} 的值类型不正确（如数值须为数字，日期须为 yyyy-MM-dd）"
                : $"参数 {field} 的值“{request.Query[field]}”格式不正确（如年份须为数字，日期须为 yyyy-MM-dd）";
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            {
                Status = e.StatusCode,
                Title = "请求格式错误",
                Detail = message,
            };
        }
        return new ProblemDetails
        {
            Status = e.StatusCode,
            Title = "请求格式错误",
            Detail = json is not null ? "请求体不是有效的 JSON"
                : e.Message.Contains("body", StringComparison.OrdinalIgnoreCase) ? "缺少请求体或请求体格式不正确"
                : "请求参数格式不正确",
        };
    }

    /// <summary>
    /// The query name in "Failed to bind parameter "int? Year" from "abc"." (the C# name), as the caller spelled it.
    /// </summary>
    private static string? QueryField(HttpRequest request, string message)
    {
        const string prefix = "Failed to bind parameter \"";
        if (!message.StartsWith(prefix, StringComparison.Ordinal) || message.IndexOf('"', prefix.Length) is not (> 0 and var end))
        {
            return null;
        }
        var parameter = message[prefix.Length..end].Split(' ')[^1];
        var sent = RegionAlias.AsSent(request, parameter);
        return request.Query.ContainsKey(sent) ? sent : null;
    }
}

internal static class ProblemDetailsSetup
{
    /// <summary>Chinese titles for the statuses the framework writes itself (401 without a token, unknown route …).</summary>
    public static void Customize(ProblemDetailsOptions options) => options.CustomizeProblemDetails = context =>
    {
        var details = context.ProblemDetails;
        details.Title = details.Status switch
        {
            401 when details.Title is null or "Unauthorized" => "未登录或登录已过期",
            403 when details.Title is null or "Forbidden" => "无权访问",
            404 when details.Title is null or "Not Found" => "未找到",
            405 => "不支持的请求方法",
            413 => "文件过大",
            415 => "不支持的内容类型，请使用 application/json",
            _ => details.Title,
        };
        if (details.Status == 413)
        {
            details.Detail ??= ProblemDetailsExceptionHandler.TooLargeDetail(context.HttpContext);
        }
        details.Extensions.Remove("exception");
        details.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
    };
}
