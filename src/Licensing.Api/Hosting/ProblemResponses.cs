using Licensing.Application.Texts;
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
        // The request's culture scope has ended by the time an exception reaches this handler; its feature has not.
        var language = context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name ?? "";
        var (status, title, detail, code) = exception switch
        {
            DomainException { Kind: DomainErrorKind.NotFound } e => (404, Catalogue.In(language, Keys.ProblemNotFound), Catalogue.Words(e, language), e.Code),
            DomainException { Kind: DomainErrorKind.Invalid } e => (422, Catalogue.In(language, Keys.ProblemInvalid), Catalogue.Words(e, language), e.Code),
            DomainException e => (409, Catalogue.In(language, Keys.ProblemConflict), Catalogue.Words(e, language), e.Code),
            DbUpdateConcurrencyException => (409, Catalogue.In(language, Keys.ProblemStaleEdit), Catalogue.In(language, ErrorCodes.ConcurrencyConflict), ErrorCodes.ConcurrencyConflict),
            BadHttpRequestException or InvalidDataException => UnreadableRequests.Describe(exception, context.Request),
            _ when DatabaseFailures.IsTransient(exception) => (503, Catalogue.In(language, Keys.ProblemUnavailable), Catalogue.In(language, ErrorCodes.DatabaseUnavailable), ErrorCodes.DatabaseUnavailable),
            _ => (0, "", "", ""),
        };
        if (status == 0) return false;
        if (status == 503) context.Response.Headers.RetryAfter = "5";

        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Extensions = { ["code"] = code } };
        if (exception is DomainException { Details.Count: > 0 } broken)
        {
            var reasons = broken.Details.Select(d => (d.Code, Message: Catalogue.Words(d, language))).ToList();
            problem.Detail = string.Join(" ", reasons.Select(r => r.Message));
            problem.Extensions["missing"] = reasons.Select(r => new { code = r.Code, message = r.Message }).ToList();
        }
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception, ProblemDetails = problem });
    }
}
