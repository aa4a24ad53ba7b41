using Licensing.Domain.Common;

namespace Licensing.Application.Events;

/// <summary>
/// What a notice says, in Khmer and English: a user reads it in their language, the public filer in
/// the language of their form, and an address whose reader is not known (a duty mailbox) both, Khmer first.
/// </summary>
public sealed record NoticeText(LocalizedText Subject, LocalizedText Body)
{
    // The outbox's and the inbox's subject column.
    private const int MaxSubjectLength = 300;

    /// <summary>A notice whose body is a person's own words (a reason, a question), the same for every reader.</summary>
    public NoticeText(LocalizedText subject, string body) : this(subject, new LocalizedText(body, body)) { }

    /// <summary>The subject in the language, or in both when <paramref name="language"/> is null.</summary>
    public string SubjectIn(string? language)
    {
        var subject = language is null ? Subject.Both(" / ") : Subject.In(language);
        return subject.Length > MaxSubjectLength ? subject[..MaxSubjectLength] : subject;
    }

    /// <summary>The body in the language, or in both when <paramref name="language"/> is null.</summary>
    public string BodyIn(string? language) => language is null ? Body.Both("\n\n——————\n\n") : Body.In(language);
}
