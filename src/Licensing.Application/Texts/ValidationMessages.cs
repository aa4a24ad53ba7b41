using FluentValidation;
using FluentValidation.Resources;

namespace Licensing.Application.Texts;

/// <summary>
/// The messages of FluentValidation's built-in rules we use come from the catalogue ("validation." and the rule's name),
/// in Khmer and English, so that a field error reaches each reader in their language.
/// </summary>
public static class ValidationMessages
{
    public const string KeyPrefix = "validation.";

    /// <summary>The built-in rules the validators use.</summary>
    public static IReadOnlyList<string> Rules { get; } =
    [
        "NotEmptyValidator", "NotNullValidator", "EmptyValidator", "EmailValidator", "MaximumLengthValidator", "MinimumLengthValidator",
        "LengthValidator", "GreaterThanValidator", "GreaterThanOrEqualValidator", "LessThanValidator", "LessThanOrEqualValidator",
        "InclusiveBetweenValidator", "PredicateValidator", "AsyncPredicateValidator", "EnumValidator", "RegularExpressionValidator",
    ];

    public static void Register() => ValidatorOptions.Global.LanguageManager = new FromCatalogue();

    private sealed class FromCatalogue : LanguageManager
    {
        public FromCatalogue()
        {
            foreach (var rule in Rules)
            {
                foreach (var language in (string[])["en", "km", "km-KH"])
                {
                    AddTranslation(language, rule, Catalogue.Template(KeyPrefix + rule, language));
                }
            }
        }
    }
}
