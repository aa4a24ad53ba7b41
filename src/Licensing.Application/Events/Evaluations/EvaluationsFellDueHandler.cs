using Licensing.Application.Abstractions;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Evaluations;
using Licensing.Domain.Identity;

namespace Licensing.Application.Events.Evaluations;

/// <summary>The secretariat's address and every licensing officer learn which evaluations opened today, to compose their panels.</summary>
public sealed class EvaluationsFellDueHandler(ILicensingDb db, IUserDirectory directory, RuleSettingsCache rules, NotificationWriter notifications)
    : DomainEventHandler<EvaluationsFellDue>
{
    public override async Task HandleAsync(EvaluationsFellDue due, CancellationToken cancellationToken)
    {
        // Each agency on a line of its own, as a list under the heading.
        var notice = new NoticeText(Catalogue.Both(Keys.EvaluationsDueTitle, due.AgencyNames.Count),
            LocalizedText.Join("\n- ", [Catalogue.Both(Keys.EvaluationsDueBody), .. due.AgencyNames]));
        notifications.ToAddress((await rules.GetAsync(db, cancellationToken)).EvaluationSecretariatEmail, notice, due.At, due.Key);
        foreach (var officer in await directory.InRoleAsync(Roles.LicensingOfficer, cancellationToken))
        {
            notifications.ToUser(officer, notice, due.At, $"{due.Key}:{officer.Id}");
        }
    }
}
