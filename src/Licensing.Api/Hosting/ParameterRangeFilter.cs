using Licensing.Application.Texts;
using Licensing.Domain.Common;

namespace Licensing.Api.Hosting;

/// <summary>
/// Refuses a query or route value outside its <see cref="ParameterRanges"/> range with a 400
/// problem naming the parameter and the range, before the handler runs.
/// </summary>
public static class ParameterRangeFilter
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        var ranged = ParameterRanges.Bound(factory.MethodInfo)
            .Select(p => (p.Index, p.Property, p.Name, Range: ParameterRanges.For(p.Name, p.Type)))
            .Where(p => p.Range is not null)
            .ToList();
        if (ranged.Count == 0) return next;

        return async context =>
        {
            var refused = ranged
                .Where(p => (p.Property is null ? context.Arguments[p.Index] : p.Property.GetValue(context.Arguments[p.Index])) is { } value && !p.Range!.Holds(value))
                .ToDictionary(p => p.Name, p => new[] { p.Range!.Refusal(p.Name) });
            if (refused.Count == 0) return await next(context);
            return TypedResults.ValidationProblem(refused, detail: string.Join(" ", refused.Values.Select(v => v[0])),
                title: Catalogue.Say(ErrorCodes.OutOfRange),
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.OutOfRange });
        };
    }
}
