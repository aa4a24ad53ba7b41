using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Texts;

namespace Licensing.Application.Workers;

/// <summary>The agency records a fee it charged the worker, with the receipt; the answer says whether the worker's fees now exceed the limit in settings.</summary>
public static class RecordFee
{
    public sealed record Command(string Description, decimal? AmountUsd, DateOnly? PaidOn, string ReceiptNumber);

    public sealed record Recorded(Guid Id, decimal TotalUsd, decimal? LimitUsd, bool AboveLimit);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Description).NotEmpty().MaximumLength(300).WithName(_ => Catalogue.Say(Keys.WhatTheFeeIsFor));
            RuleFor(c => c.AmountUsd).NotNull().GreaterThan(0m).LessThan(1_000_000m).WithName(_ => Catalogue.Say(Keys.AmountUSD));
            RuleFor(c => c.PaidOn).NotNull().WithName(_ => Catalogue.Say(Keys.PaidOn));
            RuleFor(c => c.ReceiptNumber).NotEmpty().MaximumLength(100).WithName(_ => Catalogue.Say(Keys.ReceiptNumber));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock, RuleSettingsCache rules)
    {
        public async Task<Recorded> HandleAsync(Guid workerId, Command command, CancellationToken cancellationToken)
        {
            var deployment = await db.LoadOpenDeploymentAsync(user, workerId, cancellationToken);
            var fee = deployment.RecordFee(command.Description.Trim(), command.AmountUsd!.Value, command.PaidOn!.Value, command.ReceiptNumber.Trim(), user.AsActor(clock));
            await db.SaveChangesAsync(cancellationToken);
            var limit = (await rules.GetAsync(db, cancellationToken)).MaximumRecruitmentFeeUsd;
            return new Recorded(fee.Id, deployment.TotalFeesUsd, limit, deployment.TotalFeesUsd > limit);
        }
    }

}
