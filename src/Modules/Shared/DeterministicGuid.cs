using System.Security.Cryptography;
using System.Text;

namespace Ops.Shared;

/// <summary>A name-based (version 5 style) GUID: the same name always yields the same id.</summary>
public static class DeterministicGuid
{
    public static Guid From(string name)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(name));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
