using Licensing.Domain.Common;

namespace Licensing.Domain.Tests.Common;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("012 345 678")]
    [InlineData("0971234567")]
    [InlineData("+855 12 345 678")]
    [InlineData("+855 (0)12 345 678")]
    [InlineData("855 97 123 4567")]
    [InlineData("+855-23-884-375")]
    [InlineData("០១២ ៣៤៥ ៦៧៨")]
    [InlineData("+66 81 234 5678")]
    [InlineData("0066 81 234 5678")]
    [InlineData("+82 10-1234-5678")]
    [InlineData("+60 12.345.6789")]
    public void Cambodian_and_international_numbers_are_accepted(string text) => Assert.True(PhoneNumber.IsValid(text), text);

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1")]
    [InlineData("12 345 678")]
    [InlineData("012 345")]
    [InlineData("012 345 678 901")]
    [InlineData("+855 12 345")]
    [InlineData("+855 12 345 678 90")]
    [InlineData("+0 12 345 678")]
    [InlineData("+66 81 234 5678 9999 99")]
    [InlineData("012 345 678 ext 2")]
    [InlineData("+855 12 345 678 +1")]
    public void Anything_else_is_refused(string text) => Assert.False(PhoneNumber.IsValid(text), text);
}
