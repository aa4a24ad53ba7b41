namespace Licensing.Domain.Common;

/// <summary>
/// A one-time form token that a post has used: the same form posted again (a reload, a double tap)
/// creates nothing and is sent where the first post led, once that is known.
/// </summary>
public sealed class FormSubmission
{
    private FormSubmission() { }

    public FormSubmission(string token, DateTimeOffset at)
    {
        Token = token;
        SubmittedAt = at;
    }

    public string Token { get; private set; } = "";
    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>The page the first post redirected to; null while it is still being handled.</summary>
    public string? ResultUrl { get; private set; }
}
