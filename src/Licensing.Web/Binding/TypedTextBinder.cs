using Microsoft.AspNetCore.Mvc.ModelBinding;
using Licensing.Application.Texts;

namespace Licensing.Web.Binding;

/// <summary>
/// Binds one typed value of a form or query string the same way on Khmer and English pages; a value it cannot take
/// becomes a model-state error in the reader's language, and what was typed stays in model state to be shown again.
/// </summary>
public abstract class TypedTextBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var value = context.ValueProvider.GetValue(context.ModelName);
        if (value == ValueProviderResult.None) return Task.CompletedTask;
        context.ModelState.SetModelValue(context.ModelName, value);
        var text = value.FirstValue;

        if (string.IsNullOrWhiteSpace(text))
        {
            if (context.ModelMetadata.IsReferenceOrNullableType) context.Result = ModelBindingResult.Success(null);
            else context.ModelState.TryAddModelError(context.ModelName, Catalogue.Say(MissingKey));
            return Task.CompletedTask;
        }

        var (model, refusal) = Read(text.Trim());
        if (refusal is null) context.Result = ModelBindingResult.Success(model);
        else context.ModelState.TryAddModelError(context.ModelName, refusal);
        return Task.CompletedTask;
    }

    /// <summary>The catalogue key of the message for an empty field whose type has no "nothing".</summary>
    protected abstract string MissingKey { get; }

    /// <summary>The value, or the message that refuses the text.</summary>
    protected abstract (object? Model, string? Refusal) Read(string text);
}
