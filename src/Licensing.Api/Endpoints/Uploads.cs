using Licensing.Application.Texts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Licensing.Api.Endpoints;

public static class Uploads
{
    /// <summary>The 400 answer to a multipart request without the expected file, in the caller's language.</summary>
    public static ValidationProblem MissingFile(string key) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [Catalogue.Say(key)] });
}
