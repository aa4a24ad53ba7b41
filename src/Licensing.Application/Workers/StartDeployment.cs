using FluentValidation;
using Licensing.Application.Abstractions;
using Licensing.Application.Common;
using Licensing.Application.JobOrders;
using Licensing.Application.Licences;
using Licensing.Application.Texts;
using Licensing.Domain.Common;
using Licensing.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Application.Workers;

/// <summary>
/// The agency assigns one of its workers to one of its job orders: a new deployment begins. One
/// open deployment per worker, and no more workers than the job order asks for.
/// </summary>
public static class StartDeployment
{
    public sealed record Command(Guid JobOrderId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.JobOrderId).NotEmpty().WithName(_ => Catalogue.Say(Keys.JobOrder));
    }

    public sealed class Handler(ILicensingDb db, ICurrentUser user, TimeProvider clock)
    {
        public async Task<Guid> HandleAsync(Guid workerId, Command command, CancellationToken cancellationToken)
        {
            var worker = await db.Workers.SingleOrDefaultAsync(w => w.Id == workerId && w.AgencyId == user.AgencyId, cancellationToken)
                ?? throw DomainException.NotFound();
            var deployment = await AddAsync(db, user, worker, command.JobOrderId, user.AsActor(clock), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return deployment.Id;
        }
    }

    public static async Task<Deployment> AddAsync(ILicensingDb db, ICurrentUser user, Worker worker, Guid jobOrderId, Actor by, CancellationToken cancellationToken)
    {
        var order = await db.LoadVisibleJobOrderAsync(user, jobOrderId, cancellationToken);
        await db.EnsureMayRecruitAsync(worker.AgencyId, cancellationToken);
        if (await db.Deployments.AnyAsync(d => d.OpenSlot == worker.Id.ToString(), cancellationToken))
        {
            throw new DomainException(ErrorCodes.DeploymentOpen);
        }
        if (await db.Deployments.CountAsync(d => d.JobOrderId == order.Id, cancellationToken) >= order.Offer.WorkersRequested)
        {
            throw new DomainException(ErrorCodes.JobOrderFull);
        }
        var deployment = Deployment.Start(worker, order, by);
        db.Deployments.Add(deployment);
        return deployment;
    }
}
