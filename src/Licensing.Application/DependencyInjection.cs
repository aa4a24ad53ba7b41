using System.Reflection;
using FluentValidation;
using Licensing.Application.Common;
using Licensing.Application.Events;
using Licensing.Application.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Application;

public static class DependencyInjection
{
    /// <summary>Registers every use case's Handler and Validator found in this assembly.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        ValidationMessages.Register();

        var assembly = typeof(DependencyInjection).Assembly;
        foreach (var handler in assembly.GetTypes().Where(t => t is { Name: "Handler", IsNested: true, IsClass: true, IsAbstract: false }))
        {
            services.AddScoped(handler);
        }
        services.AddDomainEventHandlers(assembly);
        services.AddMemoryCache();
        services.AddScoped<Sanctions.SanctionEffects>();
        services.AddScoped<Inspections.InspectionPlanSites>();
        services.AddSingleton<Licences.VerificationCache>();
        services.AddSingleton<ReferenceData.ProvinceNames>();
        services.AddSingleton<BusinessCalendar>();
        services.AddScoped<FormSubmissions>();
        services.AddSingleton<Settings.RuleSettingsCache>();
        return services.AddValidatorsIn(assembly);
    }

    /// <summary>Registers each concrete AbstractValidator&lt;T&gt; of the assembly as IValidator&lt;T&gt;.</summary>
    public static IServiceCollection AddValidatorsIn(this IServiceCollection services, Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (ValidatedType(type) is { } validated)
            {
                services.AddSingleton(typeof(IValidator<>).MakeGenericType(validated), type);
            }
        }
        return services;
    }

    private static Type? ValidatedType(Type type)
    {
        for (var b = type.BaseType; b is not null; b = b.BaseType)
        {
            if (b.IsGenericType && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>)) return b.GetGenericArguments()[0];
        }
        return null;
    }
}
