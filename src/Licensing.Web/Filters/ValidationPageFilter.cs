using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;

namespace Licensing.Web.Filters;

/// <summary>
/// Runs the FluentValidation validator of every bound property on a form post and puts the
/// errors in ModelState, so a page handler only has to check ModelState.IsValid.
/// </summary>
public sealed class ValidationPageFilter(IServiceProvider services) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (HttpMethods.IsPost(context.HttpContext.Request.Method))
        {
            foreach (var bound in context.ActionDescriptor.BoundProperties.OfType<PageBoundPropertyDescriptor>())
            {
                var value = bound.Property.GetValue(context.HandlerInstance);
                if (value is null || services.GetService(typeof(IValidator<>).MakeGenericType(bound.ParameterType)) is not IValidator validator) continue;

                var result = await validator.ValidateAsync(new ValidationContext<object>(value), context.HttpContext.RequestAborted);
                foreach (var error in result.Errors)
                {
                    context.ModelState.AddModelError($"{bound.Name}.{char.ToUpperInvariant(error.PropertyName[0])}{error.PropertyName[1..]}", error.ErrorMessage);
                }
            }
        }
        await next();
    }
}
