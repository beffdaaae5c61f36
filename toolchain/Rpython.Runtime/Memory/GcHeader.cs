using System.Runtime.InteropServices;

namespace Rpython.Runtime.Memory;

/// <summary>
/// The 16 bytes at offset 0 of every GC object (the translator's RTyping/Layout.cs decides the same
/// layout): the type id, an index into the program's type layout table; the GC flags; and a word
/// reserved for the collectors (a forwarding address while an object is copied). The generated
/// structs embed it as their first field, so generated code and collectors agree on it by type.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = Size)]
public struct GcHeader
{
    public const int Size = 16;

    [FieldOffset(0)]
    public int TypeId;

    [FieldOffset(4)]
    public int Flags;

    [FieldOffset(8)]
    public nint Reserved;
}
