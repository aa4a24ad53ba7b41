using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Licensing.Web.Confirmations;

/// <summary>
/// A valid post to a <see cref="ConfirmFirstAttribute"/> handler that is not yet confirmed is not run: the person sees
/// what will happen and a form that posts the same fields again to the same address, now confirmed.
/// Refused input is not asked about: the handler shows its errors first.
/// </summary>
public sealed class ConfirmationPageFilter(IModelMetadataProvider metadata) : IAsyncPageFilter
{
    public const string ConfirmedField = "confirmed";
    private const string ViewPath = "/Pages/Shared/_Confirm.cshtml";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        var asks = context.HandlerMethod?.MethodInfo.GetCustomAttribute<ConfirmFirstAttribute>();
        if (asks is null || !HttpMethods.IsPost(request.Method) || !context.ModelState.IsValid || request.Form[ConfirmedField] == "yes")
        {
            await next();
            return;
        }

        var fields = request.Form
            .Where(f => f.Key is not ConfirmedField and not "__RequestVerificationToken")
            .SelectMany(f => f.Value.Select(value => new KeyValuePair<string, string>(f.Key, value ?? "")))
            .ToList();
        var view = new ConfirmView(ConfirmationText.Of(asks.Confirmation), request.Path + request.QueryString, fields, request.Path, asks.BackByPost);
        context.Result = new ViewResult
        {
            ViewName = ViewPath,
            ViewData = new ViewDataDictionary<ConfirmView>(metadata, context.ModelState) { Model = view },
        };
    }
}

/// <summary>The second step: the text, where the confirmed form goes with the fields first posted, and where "No" leads.</summary>
public sealed record ConfirmView(ConfirmationText Text, string Action, IReadOnlyList<KeyValuePair<string, string>> Fields, string Back, bool BackByPost);
