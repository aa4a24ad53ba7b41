using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Disappearances;

/// <summary>Administrators set where each recipient body's system receives signed alert webhooks. Secrets are write-only.</summary>
public static class ManageWebhookEndpoints
{
    public sealed record Command(string Url, string? Secret, bool Enabled);

    public sealed record View(string BodyKey, string Url, bool Enabled, DateTimeOffset UpdatedAt);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Url).NotEmpty().MaximumLength(500)
                .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
                .WithMessage(_ => Catalogue.Say(Keys.GiveAnAbsoluteHttpOrHttps))
                .WithName(_ => Catalogue.Say(Keys.Address));
            RuleFor(c => c.Secret).MinimumLength(16).MaximumLength(200).WithName(_ => Catalogue.Say(Keys.Secret));
        }
    }

    public sealed class Handler(ILicensingDb db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<View>> ListAsync(CancellationToken cancellationToken) =>
            await db.WebhookEndpoints.AsNoTracking().OrderBy(w => w.BodyKey)
                .Select(w => new View(w.BodyKey.Key, w.Url, w.Enabled, w.UpdatedAt)).ToListAsync(cancellationToken);

        public async Task SetAsync(string key, Command command, CancellationToken cancellationToken)
        {
            var bodyKey = await KnownBodyAsync(key, cancellationToken);
            var url = new Uri(command.Url);
            var existing = await db.WebhookEndpoints.SingleOrDefaultAsync(w => w.BodyKey == bodyKey, cancellationToken);
            if (existing is null)
            {
                if (string.IsNullOrEmpty(command.Secret))
                {
                    throw new DomainException(ErrorCodes.WebhookSecretMissing, DomainErrorKind.Invalid);
                }
                db.WebhookEndpoints.Add(new WebhookEndpoint(bodyKey, url, command.Secret, clock.GetUtcNow()));
            }
            else
            {
                existing.Change(url, string.IsNullOrEmpty(command.Secret) ? null : command.Secret, command.Enabled, clock.GetUtcNow());
            }
            await db.SaveChangesAsync(cancellationToken);
        }

        private async Task<RecipientBody> KnownBodyAsync(string key, CancellationToken cancellationToken)
        {
            var body = RecipientBody.Parse(key);
            var known = body is { CountryCode: null } || (body is { CountryCode: { } country } && await db.Countries.AnyAsync(c => c.Code == country, cancellationToken));
            return known ? body! : throw DomainException.NotFound();
        }
    }
}
