using Hangfire.Logging;
using Hangfire.AspNetCore;
using Microsoft.Extensions.Logging;

namespace Licensing.Infrastructure.Scheduling;

/// <summary>
/// Hangfire's log provider is process-wide (static), a host's logger factory is not. This one writes through
/// the logger factory of the host that configured Hangfire last, and gives a silent logger once that
/// factory is disposed, so a later host in the same process (the tests start many) never meets a disposed
/// factory in one of Hangfire's static initialisers.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
