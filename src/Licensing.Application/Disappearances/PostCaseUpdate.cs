using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Users;
using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Notifications;

namespace Licensing.Application.Disappearances;

/// <summary>The agency, the embassy, Interior or MLVT posts news on an open case; every other party is told.</summary>
public static class PostCaseUpdate
{
    public sealed record Command(string Text);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Text).NotEmpty().MaximumLength(4000).WithName(_ => Text.Pick("Update", "ព័ត៌មានថ្មី"));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, IUserDirectory directory, TimeProvider clock, RuleSettingsCache rules)
    {
        public async Task<Guid> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var party = user.PartyOf() ?? throw DomainException.NotFound("Disappearance case");
            var report = await db.LoadCaseAsync(user, id, cancellationToken);
            var by = user.AsActor(clock);
            var update = report.PostUpdate(party, command.Text.Trim(), by);
            await TellPartiesAsync(db, directory, rules, report, update, by.At, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return update.Id;
        }
    }

    /// <summary>Every recipient body hears of an update; the agency too, unless it wrote it.</summary>
    internal static async Task TellPartiesAsync(ILicensingDb db, IUserDirectory directory, RuleSettingsCache rules, DisappearanceCase report, CaseUpdate update, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var title = new LocalizedText($"ព័ត៌មានថ្មីលើករណី {report.Number}", $"Update on case {report.Number} ({update.Party})");
        var body = $"{update.AuthorName} ({update.Party}, {update.Kind}):\n{update.Text}\n\nCase page: /disappearances/{report.Id}";
        var kind = update.Kind == UpdateKind.Note ? AlertKind.Updated : AlertKind.AgencyResponded;
        await db.NotifyBodiesAsync(directory, rules, report, new CaseNotice(kind, $"update:{update.Id}", title, body, ByEmail: false), now, cancellationToken);
        if (update.Party != CaseParty.Agency)
        {
            await db.NotifyAgencyAsync(directory, report.AgencyId, $"{title.En} / {title.Km}", body, now, cancellationToken, CaseNotices.Key(report.Id, $"update:{update.Id}:agency"));
        }
    }
}
