using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Licences;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
using Licensing.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Applications;

/// <summary>
/// The agency submits (or, after a request for information, resubmits with its answer). Refused
/// while a required document is missing; a renewal only inside the renewal window and only for
/// an active or suspended licence; a new licence only while the company holds none (R31).
/// </summary>
public static class SubmitApplication
{
    public sealed record Command(string? Message);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Message).MaximumLength(4000).WithName(_ => Catalogue.Say(Keys.Message));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock, BusinessCalendar calendar, RuleSettingsCache rules)
    {
        public async Task HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var application = await db.LoadVisibleAsync(user, id, cancellationToken);
            user.EnsureApplicant(application);
            if (application.Kind == ApplicationKind.Renewal)
            {
                var licence = await db.Licences.SingleAsync(l => l.Id == application.LicenceId, cancellationToken);
                var window = (await rules.GetAsync(db, cancellationToken)).RenewalWindowDays;
                licence.EnsureRenewalWindowOpen(calendar.Today, window);
            }
            else
            {
                await db.EnsureMayApplyForNewAsync(application.AgencyId, cancellationToken);
            }
            application.Submit(await db.RequiredDocumentCodesAsync(cancellationToken), command.Message?.Trim(), user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
