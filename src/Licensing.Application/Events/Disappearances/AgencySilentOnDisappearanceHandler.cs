using Licensing.Domain.Disappearances;

namespace Licensing.Application.Events.Disappearances;

/// <summary>An agency silent on an open case is reminded, once per silence (the key carries the time of its last update).</summary>
public sealed class AgencySilentOnDisappearanceHandler(NotificationWriter notifications) : DomainEventHandler<AgencySilentOnDisappearance>
{
    public override Task HandleAsync(AgencySilentOnDisappearance silent, CancellationToken cancellationToken)
    {
        var since = CaseNotices.Local(silent.LastAgencyUpdateAt);
        return notifications.ToAgencyOnceAsync(silent.AgencyId, new NoticeText(
            $"សូមផ្ដល់ព័ត៌មានថ្មីលើករណីបាត់ខ្លួន {silent.Number}", $"Post an update on disappearance case {silent.Number}",
            $"ភ្នាក់ងាររបស់អ្នកមិនបានផ្ដល់ព័ត៌មានអ្វីលើករណី {silent.Number} តាំងពី {since} មកទេ។ ខណៈដែលករណីនៅបើក អ្នកត្រូវផ្ដល់ព័ត៌មានថ្មីយ៉ាងហោចណាស់រៀងរាល់ {silent.AllowedHours} ម៉ោងម្តង។\n\nទំព័រករណី៖ /disappearances/{silent.CaseId}",
            $"Your agency has posted nothing on case {silent.Number} since {since}. While the case is open you must post an update at least every {silent.AllowedHours} hours.\n\nCase page: /disappearances/{silent.CaseId}"),
            silent.At, CaseNotices.Key(silent.CaseId, $"agency-reminder:{silent.LastAgencyUpdateAt.UtcTicks}"), cancellationToken);
    }
}
