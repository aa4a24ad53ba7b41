using Licensing.Application.Abstractions;
using Licensing.Application.Settings;
using Licensing.Application.Users;
using Licensing.Domain.Evaluations;
using Licensing.Domain.Identity;

namespace Licensing.Application.Events.Evaluations;

/// <summary>The secretariat's address and every licensing officer learn which evaluations opened today, to compose their panels.</summary>
public sealed class EvaluationsFellDueHandler(ILicensingDb db, IUserDirectory directory, RuleSettingsCache rules, NotificationWriter notifications)
    : DomainEventHandler<EvaluationsFellDue>
{
    public override async Task HandleAsync(EvaluationsFellDue due, CancellationToken cancellationToken)
    {
        var notice = new NoticeText(
            $"ការវាយតម្លៃ {due.AgencyNames.Count} ដល់កាលកំណត់", $"{due.AgencyNames.Count} evaluations are due",
            "ការវាយតម្លៃតាមប្រកាស ២៥១ បានបើកថ្ងៃនេះ សូមរៀបចំគណៈកម្មការ៖\n" + string.Join("\n", due.AgencyNames.Select(n => $"- {n.Km}")),
            "Prakas 251 evaluations opened today; compose their panels:\n" + string.Join("\n", due.AgencyNames.Select(n => $"- {n.En}")));
        notifications.ToAddress((await rules.GetAsync(db, cancellationToken)).EvaluationSecretariatEmail, notice, due.At, due.Key);
        foreach (var officer in await directory.InRoleAsync(Roles.LicensingOfficer, cancellationToken))
        {
            notifications.ToUser(officer, notice, due.At, $"{due.Key}:{officer.Id}");
        }
    }
}
