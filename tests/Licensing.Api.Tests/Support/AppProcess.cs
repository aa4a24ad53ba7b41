using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Licensing.Api.Tests.Support;

/// <summary>
/// The application as an operating-system process of its own (<c>dotnet Licensing.Api.dll</c>,
/// built beside the tests), on a test's database, so that a test can kill it outright, as a
/// power cut or the out-of-memory killer would, where an in-process host can only be shut down.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private AppProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The last lines the process printed (standard output and error).</summary>
    public IReadOnlyList<string> Output => [.. _output];

    /// <summary>Starts the application and waits until it is ready; settings are configuration keys such as "Notifications:LeaseSeconds".</summary>
    public static async Task<AppProcess> StartAsync(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = Launch(database, settings);
        try
        {
            await app.WaitUntilReadyAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return app;
    }

    /// <summary>Starts the application without waiting for it, to read what it prints as it starts.</summary>
    public static AppProcess Launch(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [Path.Combine(AppContext.BaseDirectory, "Licensing.Api.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var configuration = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["PublicBaseUrl"] = LicensingApp.PublicBaseUrl,
            ["ASPNETCORE_URLS"] = address.ToString(),
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Licensing"] = database.ConnectionString,
            ["Database:DataDirectory"] = database.Folder,
            ["Demo:Enabled"] = "true",
            ["Demo:Password"] = LicensingApp.DemoPassword,
            ["Email:PickupDirectory"] = database.MailFolder,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in configuration.Concat(settings ?? new Dictionary<string, string>()))
        {
            start.Environment[key.Replace(":", "__")] = value;
        }

        var app = new AppProcess(Process.Start(start)!, address);
        app._process.OutputDataReceived += (_, line) => app.Keep(line.Data);
        app._process.ErrorDataReceived += (_, line) => app.Keep(line.Data);
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        return app;
    }

    public async Task<HttpClient> ClientForAsync(string email, string password)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await LicensingApp.SignInAsync(client, email, password));
        return client;
    }

    /// <summary>SIGKILL: no shutdown, no flushing, no finally blocks.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var probe = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var ready = await probe.GetAsync("/health/ready");
                if (ready.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            await Task.Delay(200);
        }
        throw new InvalidOperationException($"The application did not become ready at {Address}:\n{string.Join('\n', _output.TakeLast(40))}");
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 200) _output.TryDequeue(out _);
    }
}
