using FluentValidation;
using Licensing.Application.Texts;
using Licensing.Domain.Common;

namespace Licensing.Application.Common;

/// <summary>
/// Every telephone number a person types is checked by <see cref="PhoneNumber"/>, with one message. An empty field is
/// left to the command's own rule (NotEmpty where the number is required).
/// </summary>
public static class PhoneRules
{
    /// <param name="label">The catalogue key of the field's label.</param>
    public static IRuleBuilderOptions<T, string?> ValidPhone<T>(this IRuleBuilder<T, string?> rule, string label) =>
        rule.Must(text => string.IsNullOrWhiteSpace(text) || PhoneNumber.IsValid(text))
            .WithMessage(_ => Catalogue.Say(Keys.PhoneInvalid))
            .WithName(_ => Catalogue.Say(label));
}
