using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Agencies;
using Licensing.Application.Common;
using Licensing.Application.Users;
using Licensing.Application.Workers;
using Licensing.Domain.Common;
using Licensing.Domain.Licences;

namespace Licensing.Application.Licences;

/// <summary>
/// Officers suspend (with an end date), reinstate and revoke licences; the agency or an officer
/// records a surrender. Each change gives its reason, is kept in the licence's history, and the
/// agency is told.
/// </summary>
public static class ChangeLicenceStatus
{
    public sealed record Command(string Reason, DateOnly? Until = null);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000).WithName(_ => Text.Pick("Reason", "មូលហេតុ"));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IUserDirectory directory, TimeProvider clock, BusinessCalendar calendar)
    {
        public Task<LicenceStatus> SuspendAsync(Guid id, Command command, CancellationToken cancellationToken) =>
            ChangeAsync(id, officerOnly: true, (licence, actor) =>
            {
                var until = command.Until ?? throw new DomainException(ErrorCodes.SuspensionEndMissing, Text.Pick("A suspension needs its end date.", "ការផ្អាកត្រូវមានកាលបរិច្ឆេទបញ្ចប់។"), DomainErrorKind.Invalid);
                licence.Suspend(command.Reason.Trim(), until, calendar.DateOf(actor.At), actor);
            }, cancellationToken);

        public Task<LicenceStatus> ReinstateAsync(Guid id, Command command, CancellationToken cancellationToken) =>
            ChangeAsync(id, officerOnly: true, (licence, actor) => licence.Reinstate(command.Reason.Trim(), actor), cancellationToken);

        public Task<LicenceStatus> RevokeAsync(Guid id, Command command, CancellationToken cancellationToken) =>
            ChangeAsync(id, officerOnly: true, (licence, actor) => licence.Revoke(command.Reason.Trim(), actor), cancellationToken);

        public Task<LicenceStatus> SurrenderAsync(Guid id, Command command, CancellationToken cancellationToken) =>
            ChangeAsync(id, officerOnly: false, (licence, actor) => licence.Surrender(command.Reason.Trim(), actor), cancellationToken);

        private async Task<LicenceStatus> ChangeAsync(Guid id, bool officerOnly, Action<Licence, Actor> change, CancellationToken cancellationToken)
        {
            var licence = await db.LoadVisibleAsync(user, id, cancellationToken);
            var allowed = user.IsLicensingOfficer() || (!officerOnly && user.AgencyId == licence.AgencyId);
            if (!allowed) throw DomainException.NotFound("Licence");

            change(licence, user.AsActor(clock));
            if (licence.Status != LicenceStatus.Active) await db.VoidOpenClearancesAsync(licence.AgencyId, $"Licence {licence.Number}: {licence.Status}", cancellationToken);
            await db.NotifyAgencyAsync(directory, licence.AgencyId,
                $"Licence {licence.Number}: {licence.Status} / អាជ្ញាប័ណ្ណ {licence.Number}",
                $"Licence {licence.Number} is now {licence.Status}. Reason: {licence.StatusReason}",
                clock.GetUtcNow(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return licence.Status;
        }
    }
}
