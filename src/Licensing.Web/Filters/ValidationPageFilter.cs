using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;

namespace Licensing.Web.Filters;

/// <summary>
/// Runs the FluentValidation validator of every bound property and handler argument on a form post and puts the
/// errors in ModelState, so a page handler only has to check ModelState.IsValid. Each error is keyed as asp-for names the
/// field (the page's property, then the property path: "Complaint.WorkerName"), the pages' one convention for validation keys.
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
                await ValidateAsync(context, bound.Name, bound.Property.GetValue(context.HandlerInstance));
            }
            foreach (var (name, argument) in context.HandlerArguments)
            {
                await ValidateAsync(context, name, argument);
            }
        }
        await next();
    }

    private async Task ValidateAsync(PageHandlerExecutingContext context, string prefix, object? value)
    {
        if (value is ICommandForm<object> form) value = form.ToCommand();
        if (value is null || services.GetService(typeof(IValidator<>).MakeGenericType(value.GetType())) is not IValidator validator) return;

        var result = await validator.ValidateAsync(new ValidationContext<object>(value), context.HttpContext.RequestAborted);
        foreach (var error in result.Errors)
        {
            context.ModelState.AddModelError(ModelNames.CreatePropertyModelName(PageProperty(prefix), error.PropertyName), error.ErrorMessage);
        }
    }

    /// <summary>A handler parameter fills the page property of the same name ("complaint" → "Complaint"), which asp-for names.</summary>
    private static string PageProperty(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
