using System.Globalization;

namespace Licensing.Application.Common;

/// <summary>
/// How an amount of money is written for a person, in Khmer as in English (docs/numbers-and-dates.md): the currency
/// code, then Latin digits with "," between thousands and "." before two decimals, "USD 1,500.75".
/// </summary>
public static class Amounts
{
    public static string Written(decimal amount, string currency = "USD") =>
        $"{currency} {amount.ToString("#,##0.00", CultureInfo.InvariantCulture)}";
}
