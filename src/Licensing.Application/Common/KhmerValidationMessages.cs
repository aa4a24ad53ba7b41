using FluentValidation;
using FluentValidation.Resources;

namespace Licensing.Application.Common;

/// <summary>
/// FluentValidation ships no Khmer; these are the messages of the built-in rules we use, so that
/// a field error reaches a Khmer-speaking user in Khmer.
/// </summary>
public static class KhmerValidationMessages
{
    private static readonly Dictionary<string, string> Messages = new()
    {
        ["NotEmptyValidator"] = "'{PropertyName}' ត្រូវតែបំពេញ។",
        ["NotNullValidator"] = "'{PropertyName}' ត្រូវតែបំពេញ។",
        ["EmptyValidator"] = "'{PropertyName}' ត្រូវតែទុកឱ្យទទេ។",
        ["EmailValidator"] = "'{PropertyName}' មិនមែនជាអាសយដ្ឋានអ៊ីមែលត្រឹមត្រូវទេ។",
        ["MaximumLengthValidator"] = "'{PropertyName}' ត្រូវមានយ៉ាងច្រើន {MaxLength} តួអក្សរ។ អ្នកបានបញ្ចូល {TotalLength} តួអក្សរ។",
        ["MinimumLengthValidator"] = "'{PropertyName}' ត្រូវមានយ៉ាងតិច {MinLength} តួអក្សរ។ អ្នកបានបញ្ចូល {TotalLength} តួអក្សរ។",
        ["LengthValidator"] = "'{PropertyName}' ត្រូវមានពី {MinLength} ដល់ {MaxLength} តួអក្សរ។ អ្នកបានបញ្ចូល {TotalLength} តួអក្សរ។",
        ["GreaterThanValidator"] = "'{PropertyName}' ត្រូវតែធំជាង '{ComparisonValue}'។",
        ["GreaterThanOrEqualValidator"] = "'{PropertyName}' ត្រូវតែធំជាង ឬស្មើ '{ComparisonValue}'។",
        ["LessThanValidator"] = "'{PropertyName}' ត្រូវតែតូចជាង '{ComparisonValue}'។",
        ["LessThanOrEqualValidator"] = "'{PropertyName}' ត្រូវតែតូចជាង ឬស្មើ '{ComparisonValue}'។",
        ["InclusiveBetweenValidator"] = "'{PropertyName}' ត្រូវនៅចន្លោះ {From} និង {To}។ អ្នកបានបញ្ចូល {PropertyValue}។",
        ["PredicateValidator"] = "'{PropertyName}' មិនត្រឹមត្រូវ។",
        ["AsyncPredicateValidator"] = "'{PropertyName}' មិនត្រឹមត្រូវ។",
        ["EnumValidator"] = "'{PropertyName}' មានតម្លៃដែលមិនត្រូវបានអនុញ្ញាត។",
        ["RegularExpressionValidator"] = "'{PropertyName}' មិនមានទម្រង់ត្រឹមត្រូវ។",
    };

    public static void Register() => ValidatorOptions.Global.LanguageManager = new WithKhmer();

    private sealed class WithKhmer : LanguageManager
    {
        public WithKhmer()
        {
            foreach (var (key, message) in Messages)
            {
                AddTranslation("km", key, message);
                AddTranslation("km-KH", key, message);
            }
        }
    }
}
