using FluentValidation;
using Licensing.Application.Texts;

namespace Licensing.Api.Hosting;

/// <summary>
/// Validates every endpoint argument that has a FluentValidation validator and answers a 400
/// problem response with each field's message, in the request's language, before the handler runs.
/// Each field is keyed as the JSON body names it (camelCase), the API's one convention for validation keys.
/// </summary>
public static class ValidationFilter
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        var validated = factory.MethodInfo.GetParameters()
            .Select((parameter, index) => (index, validator: factory.ApplicationServices.GetService(typeof(IValidator<>).MakeGenericType(parameter.ParameterType)) as IValidator))
            .Where(p => p.validator is not null)
            .ToList();
        if (validated.Count == 0) return next;

        return async context =>
        {
            foreach (var (index, validator) in validated)
            {
                if (context.Arguments[index] is not { } argument) continue;
                var result = await validator!.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
                if (!result.IsValid)
                {
                    return TypedResults.ValidationProblem(
                        result.Errors.GroupBy(e => JsonPath(e.PropertyName)).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()),
                        detail: string.Join(" ", result.Errors.Select(e => e.ErrorMessage)), title: Catalogue.Say(Keys.ProblemValidation));
                }
            }
            return await next(context);
        };
    }

    /// <summary>"Scores[0].Justification" becomes "scores[0].justification".</summary>
    private static string JsonPath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(name => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..]));
}
