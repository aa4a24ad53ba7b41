using FluentValidation;
using Licensing.Domain.Common;

namespace Licensing.Application.Common;

/// <summary>
/// Every telephone number a person types is checked by <see cref="PhoneNumber"/>, with one message. An empty field is
/// left to the command's own rule (NotEmpty where the number is required).
/// </summary>
public static class PhoneRules
{
    public static IRuleBuilderOptions<T, string?> ValidPhone<T>(this IRuleBuilder<T, string?> rule, string en, string km) =>
        rule.Must(text => string.IsNullOrWhiteSpace(text) || PhoneNumber.IsValid(text))
            .WithMessage(_ => Text.Pick(
                "{PropertyName} must be a telephone number, such as 012 345 678 or +855 12 345 678 (abroad: +66 81 234 5678).",
                "{PropertyName} ត្រូវតែជាលេខទូរស័ព្ទ ឧទាហរណ៍ 012 345 678 ឬ +855 12 345 678 (នៅបរទេស៖ +66 81 234 5678)។"))
            .WithName(_ => Text.Pick(en, km));
}
