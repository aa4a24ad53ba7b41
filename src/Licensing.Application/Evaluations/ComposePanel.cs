using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Evaluations;
using Licensing.Domain.Identity;

namespace Licensing.Application.Evaluations;

/// <summary>
/// The secretariat seats panel members (each brings their sector from their profile) until each
/// of the three sectors is represented; a private-sector member is refused for their own agency.
/// </summary>
public static class ComposePanel
{
    public sealed record Command(Guid UserId);

    public sealed record Candidate(Guid UserId, string Name, PanelSector Sector, bool OwnAgency);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.UserId).NotEmpty().WithName(_ => Catalogue.Say(Keys.PanelMember));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IPanelDirectory panel, DomainEvents events, TimeProvider clock)
    {
        /// <summary>The panel members who may still be seated on this evaluation, by sector.</summary>
        public async Task<IReadOnlyList<Candidate>> ListCandidatesAsync(Guid evaluationId, CancellationToken cancellationToken)
        {
            var evaluation = await db.LoadVisibleEvaluationAsync(user, evaluationId, cancellationToken);
            return (await panel.CandidatesAsync(cancellationToken))
                .Select(u => u.Profile)
                .Where(c => evaluation.Panel.All(m => m.UserId != c.UserId))
                .Select(c => new Candidate(c.UserId, c.Name, c.Sector, c.Sector == PanelSector.PrivateSector && c.AgencyId == evaluation.AgencyId))
                .OrderBy(c => c.Sector).ThenBy(c => c.Name)
                .ToList();
        }

        public async Task HandleAsync(Guid evaluationId, Command command, CancellationToken cancellationToken)
        {
            var evaluation = await db.LoadVisibleEvaluationAsync(user, evaluationId, cancellationToken);
            var candidate = (await panel.CandidatesAsync(cancellationToken)).SingleOrDefault(c => c.Profile.UserId == command.UserId)
                ?? throw new DomainException(ErrorCodes.NotAPanelMember, DomainErrorKind.Invalid);
            evaluation.AddPanelMember(candidate.Profile);
            events.Raise(new PanelMemberSeated(evaluation.Id, evaluation.PeriodFrom, evaluation.PeriodTo, candidate.Profile.UserId, candidate.Email, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
