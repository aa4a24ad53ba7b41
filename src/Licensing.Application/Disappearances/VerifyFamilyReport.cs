using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Notifications;

namespace Licensing.Application.Disappearances;

/// <summary>An MLVT officer has checked a family's report (called the family, the agency) and marks it verified.</summary>
public static class VerifyFamilyReport
{
    public sealed class Handler(ILicensingDb db, ICurrentUser user, IUserDirectory directory, TimeProvider clock, RuleSettingsCache rules)
    {
        public async Task HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var report = await db.LoadCaseAsync(user, id, cancellationToken);
            var by = user.AsActor(clock);
            report.Verify(by);
            var title = new LocalizedText($"ករណី {report.Number} ត្រូវបានផ្ទៀងផ្ទាត់ដោយក្រសួង", $"Case {report.Number} verified by MLVT");
            await db.NotifyBodiesAsync(directory, rules, report, new CaseNotice(AlertKind.Verified, "verified", title, $"{by.Name} verified the family's report.\n\nCase page: /disappearances/{report.Id}", ByEmail: false), by.At, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
