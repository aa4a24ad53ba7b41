namespace Licensing.Domain.Applications;

/// <summary>What the agency states in its application besides the documents.</summary>
public sealed record ApplicationDetails(string ContactPerson, string ContactPhone, string DestinationCountries, decimal? FinancialGuaranteeUsd, string Statement)
{
    public static readonly ApplicationDetails Empty = new("", "", "", null, "");
}
