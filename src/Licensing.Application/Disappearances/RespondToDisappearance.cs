using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Texts;

namespace Licensing.Application.Disappearances;

/// <summary>
/// The agency answers a case an embassy, a ministry or the family opened: it confirms (saying when
/// it learned of the disappearance, which may make its silence a late report) or disputes it.
/// </summary>
public static class RespondToDisappearance
{
    public sealed record Command(bool? Confirmed, DateTimeOffset? LearnedAt, string Text);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Confirmed).NotNull().WithName(_ => Catalogue.Say(Keys.Confirmed));
            RuleFor(c => c.LearnedAt).NotNull().When(c => c.Confirmed == true).WithName(_ => Catalogue.Say(Keys.WhenTheAgencyLearnedOfIt));
            RuleFor(c => c.Text).NotEmpty().MaximumLength(4000).WithName(_ => Catalogue.Say(Keys.Answer));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock, RuleSettingsCache rules)
    {
        public async Task HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var report = await db.LoadCaseAsync(user, id, cancellationToken);
            var lateAfter = TimeSpan.FromHours((await rules.GetAsync(db, cancellationToken)).DisappearanceLateReportHours);
            var by = user.AsActor(clock);
            report.RespondAsAgency(command.Confirmed!.Value, command.LearnedAt, command.Text.Trim(), by, lateAfter);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
