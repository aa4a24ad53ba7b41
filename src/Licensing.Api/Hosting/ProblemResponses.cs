using Licensing.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Api.Hosting;

/// <summary>
/// Turns what went wrong into an RFC 9457 problem response: a broken rule into 409/422/404,
/// a stale edit into 409, unreadable input into 400, a database that cannot be reached into 503.
/// Anything else is a 500 without details.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail, code) = exception switch
        {
            DomainException { Kind: DomainErrorKind.NotFound } e => (404, "Not found", e.Message, e.Code),
            DomainException { Kind: DomainErrorKind.Invalid } e => (422, "The request breaks a rule", e.Message, e.Code),
            DomainException e => (409, "The request conflicts with the record's state", e.Message, e.Code),
            DbUpdateConcurrencyException => (409, "Someone else changed this record", "Reload it and apply your change again.", ErrorCodes.ConcurrencyConflict),
            BadHttpRequestException or InvalidDataException => UnreadableRequests.Describe(exception, context.Request),
            _ when DatabaseFailures.IsTransient(exception) => (503, "The service is briefly unavailable", "The database could not be reached. Nothing was saved; try again in a few seconds.", ErrorCodes.DatabaseUnavailable),
            _ => (0, "", "", ""),
        };
        if (status == 0) return false;
        if (status == 503) context.Response.Headers.RetryAfter = "5";

        // The request's culture scope has ended by the time an exception reaches this handler; its feature has not.
        var language = context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name ?? "";
        if (exception is DomainException rule) detail = rule.MessageIn(language);
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Extensions = { ["code"] = code } };
        if (exception is DomainException { Details.Count: > 0 } broken)
        {
            problem.Detail = string.Join(" ", broken.Details.Select(d => d.Message.In(language)));
            problem.Extensions["missing"] = broken.Details.Select(d => new { code = d.Code, message = d.Message.In(language) }).ToList();
        }
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception, ProblemDetails = problem });
    }
}
