using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Settings;

/// <summary>
/// An administrator changes a setting. The version read with it must still be current:
/// two administrators editing the same setting cannot overwrite each other.
/// </summary>
public static class UpdateSetting
{
    public sealed record Command(string Value, Guid Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Value).NotNull().MaximumLength(2000).WithName(_ => Catalogue.Say(Keys.Value));
            RuleFor(c => c.Version).NotEmpty().WithName(_ => Catalogue.Say(Keys.Version));
        }
    }

    public sealed class Handler(ILicensingDb db)
    {
        public async Task<Guid> HandleAsync(string key, Command command, CancellationToken cancellationToken)
        {
            var setting = await db.Settings.SingleOrDefaultAsync(s => s.Key == key, cancellationToken)
                ?? throw DomainException.NotFound();
            db.ExpectVersion(setting, command.Version);
            setting.Change(command.Value);
            await db.SaveChangesAsync(cancellationToken);
            return setting.Version;
        }
    }
}
