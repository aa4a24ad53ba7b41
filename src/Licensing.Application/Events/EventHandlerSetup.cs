using System.Reflection;
using Licensing.Application.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Application.Events;

public static class EventHandlerSetup
{
    /// <summary>Registers the unit of work's raised events, the notification writer, the webhook publisher and the names notices read, and each DomainEventHandler&lt;T&gt; of the assembly under its event.</summary>
    public static IServiceCollection AddDomainEventHandlers(this IServiceCollection services, Assembly assembly)
    {
        services.AddScoped<DomainEvents>();
        services.AddScoped<NotificationWriter>();
        services.AddScoped<WebhookPublisher>();
        services.AddScoped<ReferenceNames>();
        foreach (var handler in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (handler.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(DomainEventHandler<>))
            {
                services.AddScoped(b, handler);
            }
        }
        return services;
    }
}
