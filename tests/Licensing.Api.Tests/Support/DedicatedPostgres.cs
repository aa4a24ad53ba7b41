using System.Diagnostics;

namespace Licensing.Api.Tests.Support;

/// <summary>
/// A PostgreSQL server of one test's own, in a temporary folder on a free loopback port, which the
/// test may stop and start again without disturbing the shared server the other tests run on.
/// Its binaries run as the postgres user when the tests run as root, as scripts/test.sh does.
/// </summary>
public sealed class DedicatedPostgres : IAsyncDisposable
{
    private const string Binaries = "/usr/lib/postgresql";

    private readonly string _bin;
    private readonly string _folder;
    private readonly int _port = FreePort.Next();

    private DedicatedPostgres(string bin, string folder)
    {
        _bin = bin;
        _folder = folder;
    }

    public string ConnectionString => $"Host=127.0.0.1;Port={_port};Username=postgres;Database=postgres";

    private string DataFolder => Path.Combine(_folder, "data");

    /// <summary>Creates the cluster and starts it.</summary>
    public static async Task<DedicatedPostgres> CreateAsync()
    {
        var server = new DedicatedPostgres(NewestBinaries(), Directory.CreateTempSubdirectory("licensing-pg-").FullName);
        if (Environment.IsPrivilegedProcess) await RunAsync("chown", "postgres", server._folder);
        await server.PgAsync("initdb", "-D", server.DataFolder, "-A", "trust", "-U", "postgres");
        await server.StartAsync();
        return server;
    }

    public Task StartAsync() => PgAsync("pg_ctl", "-D", DataFolder, "-l", Path.Combine(_folder, "log"), "-w", "-o",
        $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start");

    /// <summary>A fast shutdown, as a service manager does: open sessions are ended, then new connections are refused.</summary>
    public Task StopAsync() => PgAsync("pg_ctl", "-D", DataFolder, "-m", "fast", "-w", "stop");

    public async ValueTask DisposeAsync()
    {
        try { await PgAsync("pg_ctl", "-D", DataFolder, "-m", "immediate", "-w", "stop"); }
        catch (InvalidOperationException) { /* already stopped */ }
        Directory.Delete(_folder, recursive: true);
    }

    private static string NewestBinaries() =>
        (Directory.Exists(Binaries) ? Directory.GetDirectories(Binaries) : [])
            .Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
            .OrderBy(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
            .LastOrDefault()
        ?? throw new InvalidOperationException($"PostgreSQL is not installed (no {Binaries}/*/bin/initdb): scripts/test.sh installs it.");

    private Task PgAsync(string program, params string[] arguments) =>
        Environment.IsPrivilegedProcess
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, program), .. arguments])
            : RunAsync(Path.Combine(_bin, program), arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
