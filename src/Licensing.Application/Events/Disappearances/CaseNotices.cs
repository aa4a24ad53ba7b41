using System.Text.Json;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
using Licensing.Application.Users;
using Licensing.Domain.Calendar;
using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;
using Licensing.Domain.Identity;
using Licensing.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Events.Disappearances;

/// <summary>One thing to tell the recipient bodies of a case. <see cref="Event"/> names it in deduplication keys.</summary>
public sealed record CaseNotice(AlertKind Kind, string Event, LocalizedText Title, LocalizedText Body, bool ByEmail)
{
    public NoticeText Text => new(Title, Body);
}

/// <summary>
/// Writes, with the change that causes them, a live alert per body, an inbox message per officer
/// of the body in the officer's language, an e-mail to its duty address and a signed webhook to its
/// endpoint (both in Khmer and English: who reads them is not known). Deduplication
/// keys are "dc:{case}:{event}:{body}:{channel}", which the case page reads back per recipient.
/// </summary>
public static class CaseNotices
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Every notification about a disappearance case has a key starting so; they are kept as the case's record.</summary>
    public const string RecordPrefix = "dc:";

    public static string Key(Guid caseId, string rest) => $"{RecordPrefix}{caseId}:{rest}";

    public static string KeyPrefix(Guid caseId, string eventName, RecipientBody bodyKey) => Key(caseId, $"{eventName}:{bodyKey}:");

    public static async Task NotifyBodiesAsync(
        this ILicensingDb db, IUserDirectory directory, RuleSettingsCache rules, DisappearanceCase c, CaseNotice notice, DateTimeOffset now, CancellationToken cancellationToken,
        IReadOnlyList<RecipientBody>? onlyTo = null)
    {
        var webhooks = await db.WebhookEndpoints.AsNoTracking().Where(w => w.Enabled).Select(w => w.BodyKey).ToListAsync(cancellationToken);
        foreach (var body in onlyTo ?? c.RecipientBodies)
        {
            var key = KeyPrefix(c.Id, notice.Event, body);
            db.Alerts.Add(new Alert(body, notice.Kind, c.Id, c.Number, notice.Title, now));
            foreach (var officer in await OfficersAsync(directory, body, cancellationToken))
            {
                db.OutboxMessages.Add(new OutboxMessage(NotificationChannel.Inbox, officer.Id.ToString(),
                    notice.Text.SubjectIn(officer.Language), notice.Text.BodyIn(officer.Language), now, $"{key}inbox:{officer.Id}"));
            }
            if (notice.ByEmail)
            {
                db.OutboxMessages.Add(new OutboxMessage(NotificationChannel.Email, await DutyAddressAsync(db, rules, body, cancellationToken),
                    notice.Text.SubjectIn(null), notice.Text.BodyIn(null), now, key + "email"));
            }
            if (webhooks.Contains(body))
            {
                db.OutboxMessages.Add(new OutboxMessage(NotificationChannel.Webhook, body.Key, notice.Kind.ToString(), Payload(c, notice, body, now), now, key + "webhook"));
            }
        }
    }

    /// <summary>A live alert only, to every body of the case: for small news such as an acknowledgement.</summary>
    public static void AlertBodies(this ILicensingDb db, DisappearanceCase c, AlertKind kind, LocalizedText title, DateTimeOffset now)
    {
        foreach (var body in c.RecipientBodies) db.Alerts.Add(new Alert(body, kind, c.Id, c.Number, title, now));
    }

    /// <summary>The body's name for people: "Embassy in Thailand", "Ministry of Interior", "MLVT".</summary>
    public static async Task<LocalizedText> BodyNameAsync(this ReferenceNames names, RecipientBody body, CancellationToken cancellationToken)
    {
        switch (body.Kind)
        {
            case RecipientKind.Interior: return Catalogue.Both(Keys.BodyInterior);
            case RecipientKind.Ministry: return Catalogue.Both(Keys.BodyMinistry);
            default: return Catalogue.Both(Keys.BodyEmbassy, await names.CountryAsync(body.CountryCode!, cancellationToken));
        }
    }

    private static Task<IReadOnlyList<UserContact>> OfficersAsync(IUserDirectory directory, RecipientBody body, CancellationToken cancellationToken) => body.Kind switch
    {
        RecipientKind.Interior => directory.InRoleAsync(Roles.InteriorOfficer, cancellationToken),
        RecipientKind.Ministry => directory.InRoleAsync(Roles.LicensingOfficer, cancellationToken),
        _ => directory.EmbassyOfficersAsync(body.CountryCode!, cancellationToken),
    };

    private static async Task<string> DutyAddressAsync(ILicensingDb db, RuleSettingsCache rules, RecipientBody body, CancellationToken cancellationToken) => body.Kind switch
    {
        RecipientKind.Interior => (await rules.GetAsync(db, cancellationToken)).InteriorDutyEmail,
        RecipientKind.Ministry => (await rules.GetAsync(db, cancellationToken)).MinistryDutyEmail,
        _ => await db.Countries.Where(c => c.Code == body.CountryCode).Select(c => c.EmbassyDutyEmail).SingleAsync(cancellationToken),
    };

    /// <summary>A notice's text followed by the link to the case page, a blank line between.</summary>
    public static LocalizedText WithCasePage(this LocalizedText text, Guid caseId) => LocalizedText.Join("\n\n", [text, Catalogue.Both(Keys.CasePage, caseId)]);

    /// <summary>A time as officers read it in a notice.</summary>
    public static string Local(DateTimeOffset at) => $"{PhnomPenh.LocalTime(at):yyyy-MM-dd HH:mm} (UTC+7)";

    private static string Payload(DisappearanceCase c, CaseNotice notice, RecipientBody body, DateTimeOffset now) => JsonSerializer.Serialize(new
    {
        @event = notice.Kind.ToString(),
        recipient = body.Key,
        occurredAt = now,
        caseId = c.Id,
        caseNumber = c.Number,
        countryCode = c.CountryCode,
        workerId = c.WorkerId,
        agencyId = c.AgencyId,
        title = new { en = notice.Title.En, km = notice.Title.Km },
        text = new { en = notice.Body.En, km = notice.Body.Km },
    }, Json);
}
