using System.Reflection;

namespace Licensing.Architecture.Tests;

/// <summary>The dependency rules of the layout: the domain depends on nothing, the use cases not on infrastructure.</summary>
public sealed class LayeringTests
{
    private static readonly Assembly Domain = typeof(Licensing.Domain.Common.Entity).Assembly;
    private static readonly Assembly Application = typeof(Licensing.Application.DependencyInjection).Assembly;
    private static readonly Assembly Web = typeof(Licensing.Web.WebSetup).Assembly;

    private static IReadOnlyList<string> References(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

    [Fact]
    public void Domain_ReferencesOnlyTheBaseLibrary()
    {
        var references = References(Domain);
        Assert.All(references, name => Assert.True(name == "System.Runtime" || name.StartsWith("System.", StringComparison.Ordinal), name));
        Assert.DoesNotContain(references, name => name.Contains("EntityFramework") || name.Contains("AspNetCore"));
    }

    [Fact]
    public void Application_DoesNotReferenceInfrastructureWebOrTheHost()
    {
        var references = References(Application);
        Assert.DoesNotContain("Licensing.Infrastructure", references);
        Assert.DoesNotContain("Licensing.Web", references);
        Assert.DoesNotContain("Licensing.Api", references);
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Web_DoesNotReferenceInfrastructure()
    {
        Assert.DoesNotContain("Licensing.Infrastructure", References(Web));
    }

    [Fact]
    public void EveryUseCaseHandler_IsASealedNestedClassOfItsUseCase()
    {
        var handlers = Application.GetTypes().Where(t => t.Name == "Handler").ToList();
        Assert.NotEmpty(handlers);
        Assert.All(handlers, h => Assert.True(h.IsNested && h.IsSealed && h.DeclaringType!.IsAbstract && h.DeclaringType.IsSealed, h.FullName));
    }
}
