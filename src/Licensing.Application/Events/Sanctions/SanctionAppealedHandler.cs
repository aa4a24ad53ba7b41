using Licensing.Application.Common;
using Licensing.Application.Texts;
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
        var notice = new NoticeText(Catalogue.Both(Keys.SanctionAppealedTitle), Catalogue.Both(Keys.SanctionAppealedBody, kind, sanction.DecidedOn, sanction.Id));
        foreach (var officer in await directory.InRoleAsync(Roles.LicensingOfficer, cancellationToken))
        {
            notifications.ToUser(officer, notice, appealed.At);
        }
    }
}
