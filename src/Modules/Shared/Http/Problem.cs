using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace Ops.Shared.Http;

/// <summary>
/// Every 4xx/5xx body (RFC 9457). <see cref="Code"/> is stable and machine-readable; <see cref="Errors"/>
/// maps a request field (camelCase, as sent) to its messages on validation failures.
/// </summary>
public sealed record Problem
{
    public required string Type { get; init; }
    public required string Title { get; init; }
    public required int Status { get; init; }
    public string? Detail { get; init; }
    public string? Instance { get; init; }
    public required string Code { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IDictionary<string, string[]>? Errors { get; init; }

    /// <summary>
    /// On a refusal that checks several rules at once (a listing's quality gate), every rule broken — <see cref="Code"/>
    /// names the first — each with the field it is about (null for the whole) and its message.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ProblemRule>? Rules { get; init; }

    public string? CorrelationId { get; init; }

    /// <summary>When a locked account unlocks: given on a refused login while the account is locked, so people and scripts know when to try again.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? LockedUntil { get; init; }
}

/// <summary>One broken rule of a refusal: its stable code, the request field it is about (null for the whole), its message.</summary>
public sealed record ProblemRule(string Code, string? Field, string Message);

/// <summary>The codes that are not business rules. Rule codes live beside their rules in each module.</summary>
public static class ProblemCodes
{
    public const string ValidationFailed = "validation_failed";
    public const string NotFound = "not_found";
    public const string VersionMismatch = "version_mismatch";
    public const string ConcurrentWrite = "concurrent_write";
    public const string Unauthenticated = "unauthenticated";
    public const string Forbidden = "forbidden";
    public const string IdempotencyKeyReused = "idempotency_key_reused";
    public const string MalformedRequest = "malformed_request";
    public const string InternalError = "internal_error";
    public const string ServiceUnavailable = "service_unavailable";
    public const string UnsupportedMediaType = "unsupported_media_type";
}

public static class Problems
{
    public const string ContentType = "application/problem+json";

    public static Problem Create(HttpContext http, int status, string code, string title, string? detail = null,
        IDictionary<string, string[]>? errors = null) => new()
    {
        Type = $"https://ops.example/problems/{code.Replace('.', '/')}",
        Title = ProblemTitles.Translate(title, CultureInfo.CurrentUICulture),
        Status = status,
        Detail = detail,
        Instance = http.Request.Path,
        Code = code,
        Errors = errors,
        CorrelationId = http.CorrelationId(),
    };

    public static Task WriteAsync(HttpContext http, int status, string code, string title, string? detail = null,
        IDictionary<string, string[]>? errors = null, CancellationToken ct = default) =>
        WriteAsync(http, Create(http, status, code, title, detail, errors), ct);

    public static Task WriteAsync(HttpContext http, Problem problem, CancellationToken ct = default)
    {
        if (http.Response.HasStarted) return Task.CompletedTask;
        http.Response.StatusCode = problem.Status;
        return http.Response.WriteAsJsonAsync(problem, JsonSerializerOptionsProvider.Options, ContentType, ct);
    }

    public static Task NotFoundAsync(HttpContext http, string what, Guid id, CancellationToken ct = default) =>
        WriteAsync(http, StatusCodes.Status404NotFound, ProblemCodes.NotFound, "Not found",
            $"No {what} with id {id}.", ct: ct);

    public static Task RefusedAsync(HttpContext http, Outcomes.Rule rule, CancellationToken ct = default)
    {
        var culture = CultureInfo.CurrentUICulture;
        return WriteAsync(http, Create(http, StatusCodes.Status409Conflict, rule.Code, "The request breaks a rule", rule.MessageFor(culture)) with
        {
            Rules = rule.Breaches.Count == 0 ? null : [.. rule.Breaches.Select(b => new ProblemRule(b.Code, b.Field, b.MessageFor(culture)))],
        }, ct);
    }

    public static Task VersionMismatchAsync(HttpContext http, long expected, long actual, CancellationToken ct = default) =>
        WriteAsync(http, StatusCodes.Status412PreconditionFailed, ProblemCodes.VersionMismatch, "Stale version",
            $"If-Match named version {expected}, but the record is at version {actual}. Reload and retry.", ct: ct);

    public static Task ValidationAsync(HttpContext http, string field, string message, CancellationToken ct = default) =>
        WriteAsync(http, StatusCodes.Status400BadRequest, ProblemCodes.ValidationFailed, "The request is not valid",
            errors: new Dictionary<string, string[]> { [field] = [message] }, ct: ct);

    /// <summary>The answer when <see cref="Versioning.TryReadIfMatch"/> finds no version in <c>If-Match</c>.</summary>
    public static Task IfMatchInvalidAsync(HttpContext http, CancellationToken ct = default) =>
        ValidationAsync(http, "If-Match", "If-Match must name a version this API returned as ETag, e.g. \"3\".", ct);
}

/// <summary>The fixed problem titles in Simplified Chinese; details come from rules and validators in both languages.</summary>
public static class ProblemTitles
{
    private static readonly Dictionary<string, string> Chinese = new()
    {
        ["The request is not valid"] = "请求无效",
        ["See errors for the fields to correct."] = "请按 errors 修正对应字段。",
        ["Not found"] = "未找到",
        ["The request breaks a rule"] = "请求违反业务规则",
        ["Stale version"] = "版本已过期",
        ["Unauthenticated"] = "未认证",
        ["Forbidden"] = "无权限",
        ["Login refused"] = "登录被拒绝",
        ["Idempotency key reused"] = "幂等键已被使用",
        ["Another change landed first; reload and retry"] = "已有其他修改先行提交，请刷新后重试",
        ["Malformed request"] = "请求格式错误",
        ["Method not allowed"] = "不允许的请求方法",
        ["Internal error"] = "服务器内部错误",
        ["Service unavailable"] = "服务暂不可用",
        ["Send application/json"] = "请发送 application/json",
    };

    public static string Translate(string title, CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "zh" && Chinese.TryGetValue(title, out var chinese) ? chinese : title;
}
