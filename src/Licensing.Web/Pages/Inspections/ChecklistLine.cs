using Licensing.Domain.Inspections;
using Microsoft.AspNetCore.Http;

namespace Licensing.Web.Pages.Inspections;

/// <summary>One item of the visit's checklist as the phone form posts it; an item left blank has no answer.</summary>
public sealed record ChecklistLine(string Code, ChecklistAnswer? Answer, string? Note, IFormFile? Photo);
