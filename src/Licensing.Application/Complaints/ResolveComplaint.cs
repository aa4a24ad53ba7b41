using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Texts;
using Licensing.Domain.Complaints;

namespace Licensing.Application.Complaints;

/// <summary>
/// The handling officer resolves the complaint with a settlement (refund, documents returned,
/// repatriation) whose honouring is recorded later; the complainant is told (ComplaintDecided).
/// </summary>
public static class ResolveComplaint
{
    public sealed record Command(decimal? RefundUsd, bool DocumentsReturned, bool Repatriation, string Terms);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.RefundUsd).InclusiveBetween(0m, 1_000_000m).WithName(_ => Catalogue.Say(Keys.RefundUSD));
            RuleFor(c => c.Terms).NotEmpty().MaximumLength(2000).WithName(_ => Catalogue.Say(Keys.WhatWasAgreed));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var complaint = await db.LoadForHandlingAsync(user, id, cancellationToken);
            complaint.Resolve(new Settlement(command.RefundUsd, command.DocumentsReturned, command.Repatriation, command.Terms.Trim()), user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
