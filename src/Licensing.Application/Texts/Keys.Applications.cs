namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of the applications use cases: field names and their messages.</summary>
public static partial class Keys
{
    public const string ContactPerson = "label.contact_person";
    public const string ContactPhone = "label.contact_phone";
    public const string DestinationCountries = "label.destination_countries";
    public const string FinancialGuaranteeUSD = "label.financial_guarantee_usd";
    public const string Kind = "label.kind";
    public const string Message = "label.message";
    public const string Statement = "label.statement";
    public const string WhatIsMissingOrUnclear = "label.what_is_missing_or_unclear";
}
