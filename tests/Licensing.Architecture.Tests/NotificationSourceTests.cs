using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Licensing.Application.Events;
using Licensing.Domain.Common;

namespace Licensing.Architecture.Tests;

/// <summary>
/// Notifications are written only by the domain events' handlers (src/Licensing.Application/Events), inside
/// the save of the change that raised them: no use case writes an outbox row, a live alert or a text message itself.
/// </summary>
public sealed partial class NotificationSourceTests
{
    private static readonly Assembly Domain = typeof(Entity).Assembly;
    private static readonly Assembly Application = typeof(Licensing.Application.DependencyInjection).Assembly;

    /// <summary>Folders that may name the outbox: the event handlers, the administrators' delivery screens (they read and redeliver), the ports.</summary>
    private static readonly string[] Allowed = ["Events", "Outbox", "Abstractions"];

    [Fact]
    public void NoUseCase_WritesANotificationItself()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "Licensing.Application");
        var offending = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f) && !Allowed.Contains(Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar)[0]))
            .SelectMany(f => File.ReadLines(f).Select((text, i) => (File: Path.GetRelativePath(root, f), Line: i + 1, Text: text)))
            .Where(l => NotificationWriting().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offending.Count == 0, $"{offending.Count} line(s) write notifications outside an event handler; raise a domain event instead:\n{string.Join('\n', offending)}");
    }

    [Fact]
    public void EveryDomainEvent_HasExactlyOneHandler_InTheEventsFolder()
    {
        var handlers = Application.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(DomainEventHandler<>))
            .ToList();
        Assert.All(handlers, h => Assert.StartsWith("Licensing.Application.Events", h.Namespace, StringComparison.Ordinal));
        var handled = handlers.Select(h => h.BaseType!.GetGenericArguments()[0]).ToList();
        var events = Domain.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDomainEvent).IsAssignableFrom(t)).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(handled.Count(h => h == e) == 1, $"{e.Name} has {handled.Count(h => h == e)} handlers"));
    }

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static string RepositoryRoot([CallerFilePath] string source = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", ".."));

    [GeneratedRegex(@"\b(OutboxMessages?|NotificationWriter|OutboxNotices|NoticeBatch|ISmsSender|CaseNotices)\b|\bAlerts\.Add|new Alert\(")]
    private static partial Regex NotificationWriting();
}
