using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Licensing.Api.Tests.Support;

/// <summary>
/// A mail server on a loopback port that accepts every message and keeps it: just enough SMTP for
/// MailKit (greeting, EHLO, AUTH PLAIN, MAIL FROM, RCPT TO, DATA, QUIT), no TLS.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public SmtpSink()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public ConcurrentQueue<Received> Messages { get; } = new();

    /// <summary>One message as the server received it: the envelope, the signed-in user and the raw DATA.</summary>
    public sealed record Received(string? User, string? Password, string From, IReadOnlyList<string> To, byte[] Data);

    private async Task AcceptAsync()
    {
        try
        {
            while (true) _ = ServeAsync(await _listener.AcceptTcpClientAsync(_stop.Token));
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }
    }

    private async Task ServeAsync(TcpClient connection)
    {
        using var _ = connection;
        var stream = connection.GetStream();
        var reader = new StreamReader(stream, Encoding.Latin1);
        async Task ReplyAsync(string line) => await stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"), _stop.Token);
        string? user = null, password = null, from = null;
        var to = new List<string>();
        await ReplyAsync("220 sink ESMTP");
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO": await ReplyAsync("250-sink\r\n250-8BITMIME\r\n250 AUTH PLAIN"); break;
                case "HELO": await ReplyAsync("250 sink"); break;
                case "AUTH":
                    var parts = line.Split(' ');
                    if (parts.Length < 3) await ReplyAsync("334 ");
                    var credentials = Encoding.UTF8.GetString(Convert.FromBase64String(parts.Length >= 3 ? parts[2] : (await reader.ReadLineAsync(_stop.Token))!)).Split('\0');
                    (user, password) = (credentials[1], credentials[2]);
                    await ReplyAsync("235 2.7.0 Authentication successful");
                    break;
                case "MAIL": from = Address(line); to.Clear(); await ReplyAsync("250 OK"); break;
                case "RCPT": to.Add(Address(line)); await ReplyAsync("250 OK"); break;
                case "DATA":
                    await ReplyAsync("354 End data with <CR><LF>.<CR><LF>");
                    Messages.Enqueue(new Received(user, password, from!, [.. to], await ReadDataAsync(reader)));
                    await ReplyAsync("250 OK queued");
                    break;
                case "QUIT": await ReplyAsync("221 Bye"); return;
                default: await ReplyAsync("250 OK"); break;
            }
        }
    }

    /// <summary>The lines up to the lone dot, with the dot-stuffing undone (Latin-1 keeps 8-bit bytes as they came).</summary>
    private async Task<byte[]> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(_stop.Token) is { } line && line != ".")
        {
            data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
        }
        return Encoding.Latin1.GetBytes(data.ToString());
    }

    private static string Address(string line) => line[(line.IndexOf('<') + 1)..line.IndexOf('>')];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
