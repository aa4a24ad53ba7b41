using Licensing.Web;
using Microsoft.AspNetCore.Localization;

namespace Licensing.Api.Hosting;

/// <summary>
/// The title and explanation of an error status, in the request's language. The request's culture
/// scope has ended when a response unwinds to the outer middleware; its feature has not.
/// </summary>
public static class StatusTexts
{
    public static bool IsKhmer(HttpRequest request) =>
        request.HttpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.TwoLetterISOLanguageName == "km";

    public static string Pick(HttpRequest request, string en, string km) => IsKhmer(request) ? km : en;

    public static (string Title, string Detail) For(int status, HttpRequest request)
    {
        var (title, detail) = status switch
        {
            400 => (("The request could not be read", "មិនអាចអានសំណើបានទេ"), ("Something in what was sent is not right.", "មានអ្វីមួយមិនត្រឹមត្រូវក្នុងអ្វីដែលបានផ្ញើ។")),
            401 => (("Sign in first", "សូមចូលគណនីជាមុនសិន"), ("This needs a signed-in user.", "ការនេះតម្រូវឱ្យចូលគណនីជាមុន។")),
            403 => (("Not allowed", "មិនអនុញ្ញាត"), ("Your role does not allow this.", "តួនាទីរបស់អ្នកមិនអនុញ្ញាតឱ្យធ្វើការនេះទេ។")),
            404 => (("Not found", "រកមិនឃើញ"), ("There is nothing at this address.", "គ្មានអ្វីនៅអាសយដ្ឋាននេះទេ។")),
            405 => (("Method not allowed", "វិធីសាស្ត្រនេះមិនត្រូវបានអនុញ្ញាតទេ"),
                ($"This address does not accept {request.Method}.", $"អាសយដ្ឋាននេះមិនទទួល {request.Method} ទេ។")),
            413 => (("Too large", "ធំពេក"), ($"What was sent is larger than {RequestLimits.MaxMegabytes} MB.", $"អ្វីដែលបានផ្ញើធំជាង {RequestLimits.MaxMegabytes} មេកាបៃ។")),
            415 => (("Unsupported Content-Type", "ប្រភេទមាតិកាមិនត្រូវបានគាំទ្រ"),
                ($"This address does not accept a body of type '{request.ContentType}'; the API description at /docs says what it accepts.",
                 $"អាសយដ្ឋាននេះមិនទទួលតួសំណើប្រភេទ '{request.ContentType}' ទេ។ ការពិពណ៌នា API នៅ /docs បង្ហាញប្រភេទដែលវាទទួល។")),
            429 => (("Too many requests", "សំណើច្រើនពេក"), ("Too many requests; try again later.", "សំណើច្រើនពេក។ សូមព្យាយាមម្ដងទៀតនៅពេលក្រោយ។")),
            503 => (("The service is briefly unavailable", "សេវាកម្មមិនអាចប្រើបានមួយភ្លែត"), ("Nothing was saved; try again in a few seconds.", "គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមព្យាយាមម្ដងទៀតក្នុងរយៈពេលប៉ុន្មានវិនាទី។")),
            >= 500 => (("Something went wrong", "មានបញ្ហាកើតឡើង"), ("Nothing you entered was lost. Please try again in a moment.", "អ្វីដែលអ្នកបានបញ្ចូលមិនបាត់បង់ទេ។ សូមព្យាយាមម្ដងទៀតបន្តិចទៀត។")),
            _ => (("The request could not be handled", "មិនអាចដំណើរការសំណើបានទេ"), ("Something in what was sent is not right.", "មានអ្វីមួយមិនត្រឹមត្រូវក្នុងអ្វីដែលបានផ្ញើ។")),
        };
        return (Pick(request, title.Item1, title.Item2), Pick(request, detail.Item1, detail.Item2));
    }
}
