using System.Text.Json;
using System.Text.RegularExpressions;
using Licensing.Application.Texts;
using Licensing.Domain.Common;

namespace Licensing.Api.Hosting;

/// <summary>
/// What a request the framework could not read is told, in plain words and its language: which
/// parameter, or that the body is not JSON, never the framework's own message (it names internal types).
/// </summary>
public static partial class UnreadableRequests
{
    public static (int Status, string Title, string Detail, string Code) Describe(Exception exception, HttpRequest request)
    {
        var status = exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
        var (title, _) = StatusTexts.For(status, request);
        var message = exception.Message;
        var name = ParameterName().Match(message) is { Success: true } m ? m.Groups["name"].Value : "";
        (string? Key, object? Value, string Code) told = status switch
        {
            413 or 415 => (null, null, status == 413 ? "too_large" : "unsupported_media_type"),
            _ when message.Contains("request body as JSON", StringComparison.Ordinal) || message.Contains("no body was provided", StringComparison.Ordinal) =>
                (Keys.UnreadableBody, Where(exception), "malformed_body"),
            _ when message.StartsWith("Required parameter", StringComparison.Ordinal) => (Keys.UnreadableParameterMissing, name, "missing_parameter"),
            _ when message.StartsWith("Failed to bind parameter", StringComparison.Ordinal) => (Keys.UnreadableParameterValue, name, "unreadable_parameter"),
            _ => (ErrorCodes.BadRequest, null, ErrorCodes.BadRequest),
        };
        var detail = told.Key is null ? StatusTexts.For(status, request).Detail : Catalogue.In(StatusTexts.Language(request), told.Key, told.Value);
        return (status, title, detail, told.Code);
    }

    private static string Where(Exception exception) =>
        exception.InnerException is JsonException { Path: { Length: > 1 } path } ? $" ({path})" : "";

    [GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>\\w+)\"")]
    private static partial Regex ParameterName();
}
