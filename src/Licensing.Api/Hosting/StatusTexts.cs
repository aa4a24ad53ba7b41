using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Web;
using Microsoft.AspNetCore.Localization;

namespace Licensing.Api.Hosting;

/// <summary>
/// The title and explanation of an error status, in the request's language. The request's culture
/// scope has ended when a response unwinds to the outer middleware; its feature has not.
/// </summary>
public static class StatusTexts
{
    /// <summary>The language of the request, from its culture feature.</summary>
    public static string Language(HttpRequest request) =>
        request.HttpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name ?? Languages.English;

    public static (string Title, string Detail) For(int status, HttpRequest request)
    {
        (string Title, string Detail, object?[] Values) texts = status switch
        {
            400 => (Keys.StatusBadRequestTitle, Keys.StatusBadRequestDetail, []),
            401 => (ErrorCodes.Unauthenticated, Keys.StatusUnauthenticatedDetail, []),
            403 => (Keys.StatusForbiddenTitle, Keys.StatusForbiddenDetail, []),
            404 => (Keys.ProblemNotFound, Keys.StatusNotFoundDetail, []),
            405 => (Keys.StatusMethodNotAllowedTitle, Keys.StatusMethodNotAllowedDetail, [request.Method]),
            413 => (Keys.StatusTooLargeTitle, Keys.StatusTooLargeDetail, [RequestLimits.MaxMegabytes]),
            415 => (Keys.StatusUnsupportedMediaTypeTitle, Keys.StatusUnsupportedMediaTypeDetail, [request.ContentType]),
            429 => (Keys.StatusTooManyRequestsTitle, ErrorCodes.TooManyRequests, []),
            503 => (Keys.ProblemUnavailable, Keys.StatusUnavailableDetail, []),
            >= 500 => (Keys.StatusServerErrorTitle, Keys.StatusServerErrorDetail, []),
            _ => (Keys.StatusUnhandledTitle, Keys.StatusBadRequestDetail, []),
        };
        var language = Language(request);
        return (Catalogue.In(language, texts.Title), Catalogue.In(language, texts.Detail, texts.Values));
    }
}
