using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Kechuang.Contracts.Import;

/// <summary>
/// Ids for the contracts an import creates: Guid version 7 (time-ordered, as <see cref="TechContract.Id"/>) whose 62
/// random bits are this import's random 30-bit tag and the file row. A number found in the register under an id with
/// the tag was created by an earlier row of the same import — a duplicate in the file — and the id names that row, so
/// the import needs no table of the numbers it has written.
/// </summary>
internal sealed class ImportIds
{
    private readonly uint _tag = (uint)RandomNumberGenerator.GetInt32(1 << 30);

    public Guid Next(int row)
    {
        Span<byte> bytes = stackalloc byte[16];
        Guid.CreateVersion7().TryWriteBytes(bytes, bigEndian: true, out _);
        // RFC 9562: bytes 8–15 are the variant (10) and rand_b.
        BinaryPrimitives.WriteUInt32BigEndian(bytes[8..], 0x8000_0000u | _tag);
        BinaryPrimitives.WriteInt32BigEndian(bytes[12..], row);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>The row that created <paramref name="id"/> if this import did.</summary>
    public bool TryRow(Guid id, out int row)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        row = BinaryPrimitives.ReadInt32BigEndian(bytes[12..]);
        return (bytes[6] & 0xF0) == 0x70 && BinaryPrimitives.ReadUInt32BigEndian(bytes[8..]) == (0x8000_0000u | _tag);
    }
}
