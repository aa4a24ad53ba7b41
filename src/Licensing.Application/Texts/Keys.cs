namespace Licensing.Application.Texts;

/// <summary>
/// The catalogue's keys of messages that are not a refusal's own (those are keyed by their <c>ErrorCodes</c> value, and
/// finer wordings of a refusal by <c>MessageKeys</c>). Dotted, so that no key reads as a code.
/// </summary>
public static partial class Keys
{
    public const string PasswordRefused = "reset_refused.password";
    public const string PhoneInvalid = "phone.invalid";
    public const string WorkerNationalIdTaken = "worker_already_registered.national_id";
    public const string WorkerPassportTaken = "worker_already_registered.passport";

    public const string SignInNeedsSecondFactor = "two_factor_required.sign_in";

    public const string ProblemConflict = "problem.conflict";
    public const string ProblemInvalid = "problem.invalid";
    public const string ProblemNotFound = "problem.not_found";
    public const string ProblemSignInFailed = "problem.sign_in_failed";
    public const string ProblemStaleEdit = "problem.stale_edit";
    public const string ProblemTwoFactor = "problem.two_factor";
    public const string ProblemUnavailable = "problem.unavailable";
    public const string ProblemValidation = "problem.validation";
}
