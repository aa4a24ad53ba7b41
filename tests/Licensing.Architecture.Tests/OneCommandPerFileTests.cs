using System.Reflection;
using Licensing.Application.Common;

namespace Licensing.Architecture.Tests;

/// <summary>
/// ADR-001: a use case that changes something is one file with one Handler and one entry point (one actor, one
/// decision). A read may hold a resource's list and its detail in one Handler, so the entry points that only read
/// (List…, Get…, Current…, Download…) are not counted.
/// </summary>
public sealed class OneCommandPerFileTests
{
    /// <summary>
    /// Handlers that still take several commands: each entry here is to be split (issue 19 item 5), and none may be added.
    /// The notification-writing ones are being rewritten with domain events and split then.
    /// </summary>
    private static readonly HashSet<string> NotYetSplit =
    [
        "ApplySanctions", "ComposePanel", "FollowUpComplaint", "ImposeSanction", "ManagePublicAgencies",
        "ManagePublicHolidays", "ManageRestrictions", "OpenDueEvaluations",
        "PlanInspections", "RespondAsComplainant",
    ];

    private static readonly string[] ReadPrefixes = ["List", "Get", "Current", "Download"];

    /// <summary>Read-side use cases whose several entry points are views of one resource (ADR-001).</summary>
    private static readonly HashSet<string> Queries = ["ListLicences", "ListReferenceData", "PublicStanding", "VerifyLicence"];

    [Fact]
    public void EveryHandler_TakesOneCommand()
    {
        var useCases = typeof(BusinessCalendar).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true, IsNested: false } && t.GetNestedType("Handler") is not null)
            .Select(t => (Name: t.Name, Commands: Commands(t.GetNestedType("Handler")!)))
            .ToList();
        Assert.True(useCases.Count > 80, $"only {useCases.Count} use cases found");
        var several = useCases.Where(u => u.Commands.Count > 1 && !NotYetSplit.Contains(u.Name) && !Queries.Contains(u.Name))
            .Select(u => $"{u.Name}: {string.Join(", ", u.Commands)}").ToList();
        Assert.True(several.Count == 0, $"use cases taking several commands; give each its own file:\n{string.Join('\n', several)}");
        var split = NotYetSplit.Where(n => useCases.Any(u => u.Name == n && u.Commands.Count <= 1) || useCases.All(u => u.Name != n)).ToList();
        Assert.True(split.Count == 0, $"split (or gone) already; remove from the list: {string.Join(", ", split)}");
    }

    private static List<string> Commands(Type handler) =>
        handler.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && !ReadPrefixes.Any(p => m.Name.StartsWith(p, StringComparison.Ordinal)))
            .Select(m => m.Name).ToList();
}
