namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of the agencies use cases: field names and their messages.</summary>
public static partial class Keys
{
    public const string Capacity = "label.capacity";
    public const string CommercialRegistrationNumber = "label.commercial_registration_number";
    public const string Directors = "label.directors";
    public const string Name = "label.name";
    public const string TaxNumber = "label.tax_number";
}
