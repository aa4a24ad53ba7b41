using System.Text;

namespace Licensing.Api.Tests.Support;

/// <summary>
/// A worker import file made line by line as it is read: never whole in memory, and it cannot seek,
/// as an upload streamed from the network. <paramref name="line"/> gives the text of data row i
/// (0-based; it is on line i + 2, after the header), and <paramref name="reached"/> is awaited each
/// time another <paramref name="every"/> rows have been handed out, before they are.
/// </summary>
public sealed class GeneratedWorkersCsv(string header, int rows, Func<int, string> line, int every, Func<int, Task> reached) : Stream
{
    private byte[] _pending = Encoding.UTF8.GetBytes(header + "\n");
    private int _offset;
    private int _produced;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_offset == _pending.Length)
        {
            if (_produced == rows) return 0;
            if (_produced % every == 0) await reached(_produced);
            _pending = Encoding.UTF8.GetBytes(line(_produced++) + "\n");
            _offset = 0;
        }
        var count = Math.Min(buffer.Length, _pending.Length - _offset);
        _pending.AsMemory(_offset, count).CopyTo(buffer);
        _offset += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("The importer reads asynchronously.");
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
