namespace Licensing.Application.Common;

/// <summary>How the scheduled sweeps walk their due items (configuration section "Sweeps").</summary>
public sealed class SweepOptions
{
    /// <summary>Due items handled, saved and then forgotten together, in one transaction.</summary>
    public int PageSize { get; init; } = 500;
}
