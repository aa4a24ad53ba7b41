using System.Buffers.Binary;
using System.Text;

namespace Licensing.Infrastructure.Documents.Shaping;

/// <summary>Big-endian reads from the bytes of an OpenType font file.</summary>
internal readonly struct FontData(byte[] bytes)
{
    public ushort UInt16(int offset) => BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(offset));

    public short Int16(int offset) => BinaryPrimitives.ReadInt16BigEndian(bytes.AsSpan(offset));

    public uint UInt32(int offset) => BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset));

    public string Tag(int offset) => Encoding.ASCII.GetString(bytes, offset, 4);

    /// <summary>Follows the 16-bit offset stored at <paramref name="at"/>, which counts from <paramref name="from"/>.</summary>
    public int Follow(int from, int at) => from + UInt16(at);

    /// <summary>Like <see cref="Follow"/>, but a zero offset means the table is absent.</summary>
    public int? FollowOptional(int from, int at) => UInt16(at) == 0 ? null : from + UInt16(at);

    /// <summary>Follows each of <paramref name="count"/> 16-bit offsets stored from <paramref name="at"/>, all counting from <paramref name="from"/>.</summary>
    public int[] FollowAll(int from, int at, int count)
    {
        var targets = new int[count];
        for (var i = 0; i < count; i++)
        {
            targets[i] = Follow(from, at + 2 * i);
        }
        return targets;
    }

    public Coverage Coverage(int offset) => Shaping.Coverage.Read(this, offset);

    public Coverage[] Coverages(int from, int at, int count)
    {
        var data = this;
        return FollowAll(from, at, count).Select(data.Coverage).ToArray();
    }
}
