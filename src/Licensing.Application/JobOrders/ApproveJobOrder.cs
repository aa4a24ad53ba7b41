using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Licences;
using Licensing.Application.Texts;

namespace Licensing.Application.JobOrders;

/// <summary>A licensing officer verifies the work is legal (no restriction or reservation forbids it: R26, R33) and approves the job order; the agency is told (JobOrderApproved).</summary>
public static class ApproveJobOrder
{
    public sealed record Command(string? Note);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Note).MaximumLength(1000).WithName(_ => Catalogue.Say(Keys.Note));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock, BusinessCalendar calendar)
    {
        public async Task HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            user.EnsureJobOrderOfficer();
            var order = await db.LoadVisibleJobOrderAsync(user, id, cancellationToken);
            await db.EnsureMayRecruitAsync(order.AgencyId, cancellationToken);
            await db.EnsureLegalAsync(order.AgencyId, order.Offer, calendar.Today, cancellationToken);
            order.Approve(command.Note?.Trim(), user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
