using Licensing.Domain.Licences;
using Licensing.Domain.Reference;

namespace Licensing.Domain.Workers;

/// <summary>What the pre-departure gate needs from outside the deployment: job order, agency, worker, reference data and settings.</summary>
public sealed record DepartureContext(
    bool JobOrderApproved,
    IReadOnlyCollection<Guid> AgencyTrainingCentres,
    IReadOnlyCollection<ContractClause> RequiredClauses,
    string? PassportNumber,
    DateOnly DateOfBirth,
    DepartureRules Rules,
    IReadOnlyCollection<DeploymentRestriction> Restrictions,
    LicenceStatus? AgencyLicence);
