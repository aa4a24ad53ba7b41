using Microsoft.AspNetCore.Mvc;

namespace Licensing.Web;

/// <summary>
/// The problem an error page shows: a browser's request that failed keeps its problem here instead
/// of receiving it as JSON, and is then answered by the /error page in the site's layout.
/// </summary>
public sealed record ErrorPageProblem(ProblemDetails Problem);
