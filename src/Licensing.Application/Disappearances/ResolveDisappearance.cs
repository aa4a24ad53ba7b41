using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.Settings;
using Licensing.Application.Texts;
using Licensing.Domain.Calendar;
using Licensing.Domain.Common;
using Licensing.Domain.Disappearances;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Disappearances;

/// <summary>
/// An embassy, Interior or MLVT officer closes the case with what became of the worker; the
/// worker's record follows (safe, detained, in hospital, deceased, or home, which ends the deployment).
/// </summary>
public static class ResolveDisappearance
{
    public sealed record Command(CaseResolution? Resolution, string Note);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Resolution).NotNull().IsInEnum().WithName(_ => Catalogue.Say(Keys.Outcome));
            RuleFor(c => c.Note).NotEmpty().MaximumLength(4000).WithName(_ => Catalogue.Say(Keys.WhatIsKnown));
        }
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock, RuleSettingsCache rules)
    {
        public async Task HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            if (user.BodyOf() is null) throw DomainException.NotFound();
            var report = await db.LoadCaseAsync(user, id, cancellationToken);
            var by = user.AsActor(clock);
            var referralDays = (await rules.GetAsync(db, cancellationToken)).DisappearanceReferralDays;
            report.Resolve(command.Resolution!.Value, command.Note.Trim(), by, referralDays);

            if (report.DeploymentId is { } deploymentId)
            {
                var deployment = await db.Deployments.SingleAsync(d => d.Id == deploymentId, cancellationToken);
                var homeProvince = await db.Workers.Where(w => w.Id == report.WorkerId).Select(w => w.Home.ProvinceCode).SingleAsync(cancellationToken);
                deployment.ApplyCaseResolution(report.Resolution!.Value, PhnomPenh.DateOf(by.At), homeProvince);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
