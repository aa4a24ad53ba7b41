using Licensing.Application.Abstractions;
using Microsoft.Extensions.Logging;

namespace Licensing.Infrastructure.Notifications;

/// <summary>
/// Stands in until an SMS gateway is contracted: records that a message would have gone out,
/// without its text (which may hold a PIN) or the full number.
/// </summary>
public sealed partial class LogOnlySmsSender(ILogger<LogOnlySmsSender> logger) : ISmsSender, ISmsGatewayStatus
{
    public bool Delivers => false;

    public Task SendAsync(string phone, string text, CancellationToken cancellationToken)
    {
        var digits = new string(phone.Where(char.IsDigit).ToArray());
        Log(logger, digits.Length > 3 ? "…" + digits[^3..] : "…", text.Length);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS not sent (no gateway configured) to a number ending {Ending}, {Length} characters")]
    private static partial void Log(ILogger logger, string ending, int length);
}
