using Licensing.Application.Abstractions;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Common;

/// <summary>
/// One-time form tokens: the first post claims its token, and a post that created something records
/// where it led; a post that created nothing gives the token back, so the corrected form can be sent.
/// </summary>
public sealed class FormSubmissions(ILicensingDb db, TimeProvider clock)
{
    public const int MaxTokenLength = 64;

    /// <summary>The earlier submission of this token (its result may still be null), or null when this post is the first.</summary>
    public async Task<FormSubmission?> ClaimAsync(string token, CancellationToken cancellationToken)
    {
        if (await db.FormSubmissions.AsNoTracking().SingleOrDefaultAsync(s => s.Token == token, cancellationToken) is { } earlier) return earlier;
        db.FormSubmissions.Add(new FormSubmission(token, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ForgetTracked();
            return await db.FormSubmissions.AsNoTracking().SingleAsync(s => s.Token == token, cancellationToken);
        }
    }

    public async Task<string?> ResultOfAsync(string token, CancellationToken cancellationToken) =>
        await db.FormSubmissions.AsNoTracking().Where(s => s.Token == token).Select(s => s.ResultUrl).SingleOrDefaultAsync(cancellationToken);

    public async Task CompleteAsync(string token, string resultUrl, CancellationToken cancellationToken) =>
        await db.FormSubmissions.Where(s => s.Token == token).ExecuteUpdateAsync(u => u.SetProperty(s => s.ResultUrl, resultUrl), cancellationToken);

    public async Task ReleaseAsync(string token, CancellationToken cancellationToken) =>
        await db.FormSubmissions.Where(s => s.Token == token && s.ResultUrl == null).ExecuteDeleteAsync(cancellationToken);
}
