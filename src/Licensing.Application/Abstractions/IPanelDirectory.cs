using Licensing.Domain.Evaluations;

namespace Licensing.Application.Abstractions;

/// <summary>The evaluation panel members known to the identity store, with their sector and (private sector) agency.</summary>
public interface IPanelDirectory
{
    Task<IReadOnlyList<PanelUser>> CandidatesAsync(CancellationToken cancellationToken);
}

public sealed record PanelUser(PanelCandidate Profile, string Email);
