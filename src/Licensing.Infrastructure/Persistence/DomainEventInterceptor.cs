using Licensing.Application.Common;
using Licensing.Application.Events;
using Licensing.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Infrastructure.Persistence;

/// <summary>
/// When a save begins, hands every domain event raised since the last save (by the tracked
/// entities, or raised on <see cref="DomainEvents"/>) to its handlers, until none is left, then
/// writes the keyed notices they left for the end. What the handlers add is saved by this same
/// SaveChanges, in its transaction: a notification commits with its cause or not at all.
/// Runs before the other interceptors, so that they see what the handlers added.
/// </summary>
public sealed class DomainEventInterceptor(IServiceProvider services) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not { } context) return result;
        var handled = false;
        for (var raised = Take(context); raised.Count > 0; raised = Take(context))
        {
            foreach (var domainEvent in raised)
            {
                var handlerType = typeof(DomainEventHandler<>).MakeGenericType(domainEvent.GetType());
                foreach (var handler in services.GetServices(handlerType).Cast<IDomainEventHandler>())
                {
                    await handler.HandleAsync(domainEvent, cancellationToken);
                }
            }
            handled = true;
        }
        if (handled)
        {
            services.GetRequiredService<DomainEvents>().CountWritten(await services.GetRequiredService<NotificationWriter>().WriteOnceNoticesAsync(cancellationToken));
        }
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && Take(context).Count > 0)
        {
            throw new InvalidOperationException("A change that raised domain events must be saved with SaveChangesAsync, which handles them.");
        }
        return result;
    }

    private List<IDomainEvent> Take(DbContext context)
    {
        var raised = services.GetRequiredService<DomainEvents>().TakeAll().ToList();
        foreach (var entry in context.ChangeTracker.Entries<Entity>()) raised.AddRange(entry.Entity.TakeEvents());
        return raised;
    }
}
