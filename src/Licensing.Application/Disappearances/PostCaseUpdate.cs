using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;

namespace Licensing.Application.Disappearances;

/// <summary>
/// The agency, the embassy, Interior or MLVT posts news on an open case; every other party is told (DisappearanceUpdatePosted).
/// An officer may share it with the family that reported the case, on its tracking page; the agency's news stays among the parties.
/// </summary>
public static class PostCaseUpdate
{
    public sealed record Command(string Text, bool ShareWithFamily = false);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Text).NotEmpty().MaximumLength(4000).WithName(_ => Catalogue.Say(Keys.Update));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var party = user.PartyOf() ?? throw DomainException.NotFound();
            var report = await db.LoadCaseAsync(user, id, cancellationToken);
            var by = user.AsActor(clock);
            var update = report.PostUpdate(party, command.Text.Trim(), by, command.ShareWithFamily && party != CaseParty.Agency);
            await db.SaveChangesAsync(cancellationToken);
            return update.Id;
        }
    }
}
