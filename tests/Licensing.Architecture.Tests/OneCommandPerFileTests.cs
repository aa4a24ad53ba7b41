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
        var several = useCases.Where(u => u.Commands.Count > 1 && !Queries.Contains(u.Name))
            .Select(u => $"{u.Name}: {string.Join(", ", u.Commands)}").ToList();
        Assert.True(several.Count == 0, $"use cases taking several commands; give each its own file:\n{string.Join('\n', several)}");
    }

    private static List<string> Commands(Type handler) =>
        handler.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && !ReadPrefixes.Any(p => m.Name.StartsWith(p, StringComparison.Ordinal)))
            .Select(m => m.Name).ToList();
}
