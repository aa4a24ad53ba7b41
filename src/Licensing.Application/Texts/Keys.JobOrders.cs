namespace Licensing.Application.Texts;

/// <summary>The catalogue keys of the joborders use cases: field names and their messages.</summary>
public static partial class Keys
{
    public const string ContractLengthMonths = "label.contract_length_months";
    public const string Currency = "label.currency";
    public const string Employer = "label.employer";
    public const string EmployerSAddressAbroad = "label.employer_s_address_abroad";
    public const string MonthlyWage = "label.monthly_wage";
    public const string NumberOfWorkers = "label.number_of_workers";
    public const string Occupation = "label.occupation";
    public const string ReceivingCountry = "label.receiving_country";
    public const string Sector = "label.sector";
}
