using FluentValidation;
using Licensing.Application.Texts;

namespace Licensing.Application.Agencies;

/// <summary>Validation rules shared by the agency commands.</summary>
internal static class AgencyRules
{
    public static IRuleBuilderOptions<T, string?> ValidName<T>(this IRuleBuilder<T, string?> rule, string label) =>
        rule.NotEmpty().MaximumLength(300).WithName(_ => Catalogue.Say(label));

    public static IRuleBuilderOptions<T, string?> ValidCode<T>(this IRuleBuilder<T, string?> rule, string label) =>
        rule.NotEmpty().MaximumLength(50).Matches("^[A-Za-z0-9./-]+$").WithName(_ => Catalogue.Say(label));

    public static IRuleBuilderOptions<T, string?> ValidAddressLine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(500).WithName(_ => Catalogue.Say(Keys.Address));

    public static IRuleBuilderOptions<T, string?> ValidProvince<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(8).WithName(_ => Catalogue.Say(Keys.Province));
}
