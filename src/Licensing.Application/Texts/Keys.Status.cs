namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of the answers to an error status and to a request that could not be read.</summary>
public static partial class Keys
{
    public const string StatusBadRequestDetail = "status.bad_request.detail";
    public const string StatusBadRequestTitle = "status.bad_request.title";
    public const string StatusForbiddenDetail = "status.forbidden.detail";
    public const string StatusForbiddenTitle = "status.forbidden.title";
    public const string StatusMethodNotAllowedDetail = "status.method_not_allowed.detail";
    public const string StatusMethodNotAllowedTitle = "status.method_not_allowed.title";
    public const string StatusNotFoundDetail = "status.not_found.detail";
    public const string StatusServerErrorDetail = "status.server_error.detail";
    public const string StatusServerErrorTitle = "status.server_error.title";
    public const string StatusTooLargeDetail = "status.too_large.detail";
    public const string StatusTooLargeTitle = "status.too_large.title";
    public const string StatusTooManyRequestsTitle = "status.too_many_requests.title";
    public const string StatusUnauthenticatedDetail = "status.unauthenticated.detail";
    public const string StatusUnavailableDetail = "status.unavailable.detail";
    public const string StatusUnhandledTitle = "status.unhandled.title";
    public const string StatusUnsupportedMediaTypeDetail = "status.unsupported_media_type.detail";
    public const string StatusUnsupportedMediaTypeTitle = "status.unsupported_media_type.title";
    public const string UnreadableBody = "unreadable.body";
    public const string UnreadableParameterMissing = "unreadable.parameter_missing";
    public const string UnreadableParameterValue = "unreadable.parameter_value";
}
