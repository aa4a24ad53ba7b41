namespace Licensing.Domain.Inspections;

/// <summary>The premises visited: an agency's head office, one of its branches, or one of its PDOT centres.</summary>
public sealed record InspectionSite(SiteKind Kind, Guid? SiteId, string Address, string ProvinceCode);
