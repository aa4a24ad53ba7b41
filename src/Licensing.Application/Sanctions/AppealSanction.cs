using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;

namespace Licensing.Application.Sanctions;

/// <summary>The agency appeals a sanction before the deadline; the licensing officers are told (SanctionAppealed).</summary>
public static class AppealSanction
{
    public sealed record Command(string Grounds);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Grounds).NotEmpty().MaximumLength(4000).WithName(_ => Catalogue.Say(Keys.GroundsOfAppeal));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock, BusinessCalendar calendar)
    {
        public async Task HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var sanction = await db.LoadVisibleSanctionAsync(user, id, cancellationToken);
            var by = user.AsActor(clock);
            sanction.LodgeAppeal(command.Grounds, calendar.DateOf(by.At), by);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
