using Licensing.Application.Common;
using Licensing.Application.Users;
using Licensing.Domain.Identity;
using Licensing.Domain.Sanctions;

namespace Licensing.Application.Events.Sanctions;

/// <summary>Every licensing officer is told that an agency appealed its sanction.</summary>
public sealed class SanctionAppealedHandler(IUserDirectory directory, ReferenceNames names, NotificationWriter notifications) : DomainEventHandler<SanctionAppealed>
{
    public override async Task HandleAsync(SanctionAppealed appealed, CancellationToken cancellationToken)
    {
        var sanction = appealed.Sanction;
        var kind = names.Term(sanction.Kind);
        var notice = new NoticeText("បណ្តឹងឧទ្ធរណ៍លើទណ្ឌកម្ម", "Sanction appealed",
            $"ភ្នាក់ងារមួយបានប្តឹងឧទ្ធរណ៍លើ {kind.Km} ថ្ងៃ {sanction.DecidedOn:yyyy-MM-dd}៖ /sanctions/{sanction.Id}",
            $"An agency appealed its {kind.En} of {sanction.DecidedOn:yyyy-MM-dd}: /sanctions/{sanction.Id}");
        foreach (var officer in await directory.InRoleAsync(Roles.LicensingOfficer, cancellationToken))
        {
            notifications.ToUser(officer, notice, appealed.At);
        }
    }
}
