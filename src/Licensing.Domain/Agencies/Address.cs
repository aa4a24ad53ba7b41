namespace Licensing.Domain.Agencies;

/// <summary>A street address in Cambodia and the province it is in.</summary>
public sealed record Address(string Line, string ProvinceCode);
