using System.Runtime.InteropServices;

namespace Rpython.Runtime.Memory;

/// <summary>
/// The 16 bytes at offset 0 of every GC object (the translator's RTyping/Layout.cs decides the same
/// layout): the type id, an index into the program's type layout table (<see cref="GcTypes"/>); the
/// GC flags (<see cref="GcFlags"/>); and a word reserved for the collectors. The generated structs
/// embed it as their first field, so generated code and collectors agree on it by type.
/// <para>
/// The reserved word holds the object's identity hash once it was asked for (flag
/// <see cref="GcFlags.HashTaken"/>): copying an object copies its header, so the hash survives every
/// move. A copying collection overwrites it in the stale copy only, with the forwarding address
/// (flag <see cref="GcFlags.Forwarded"/>): the live copy keeps the hash. A free block of the old
/// generation has type id 0 and its reserved word links it to the next free block.
/// </para>
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

/// <summary>
/// The bits of <see cref="GcHeader.Flags"/> (RPython's GCFLAG_* of incminimark.py, in a word of their
/// own). Generated code reads two of them inline: <see cref="TrackYoungPtrs"/> (the write barrier's
/// test) and, through the prebuilt image, writes <see cref="PrebuiltInitial"/>. The others belong to
/// the collectors.
/// </summary>
public static class GcFlags
{
    /// <summary>incminimark: an old or prebuilt object not in the remembered set; a store of a GC
    /// pointer into it must call the write barrier first. Never set on young objects, so stores into
    /// fresh objects cost one test. Also set on black objects while marking, so the barrier re-greys them.</summary>
    public const int TrackYoungPtrs = 1 << 0;

    /// <summary>A prebuilt object never written since startup: it cannot point into the heap, so
    /// marking skips it. The write barrier clears it and makes the object a root.</summary>
    public const int NoHeapPtrs = 1 << 1;

    /// <summary>incminimark: marked (grey or black) in the current major collection.</summary>
    public const int Visited = 1 << 2;

    /// <summary>The reserved word holds the identity hash.</summary>
    public const int HashTaken = 1 << 3;

    /// <summary>A stale copy left behind by a copying collection; the reserved word holds the new address.</summary>
    public const int Forwarded = 1 << 4;

    /// <summary>Free for the program's use (RPython's GCFLAG_EXTRA); no collector reads it.</summary>
    public const int Extra = 1 << 5;

    /// <summary>incminimark: a large array of GC pointers with card bytes just before its header.</summary>
    public const int HasCards = 1 << 6;

    /// <summary>incminimark: at least one card bit of the array is set (it is in the list of card arrays).</summary>
    public const int CardsSet = 1 << 7;

    /// <summary>incminimark: a young large object found alive by the current minor collection.</summary>
    public const int VisitedRmy = 1 << 8;

    /// <summary>incminimark: a large object allocated outside the nursery since the last minor collection.</summary>
    public const int YoungLarge = 1 << 9;

    /// <summary>An object of the prebuilt image: never moved, never freed.</summary>
    public const int Prebuilt = 1 << 10;

    /// <summary>The flags every prebuilt GC object has in the image the translator writes.</summary>
    public const int PrebuiltInitial = Prebuilt | NoHeapPtrs | TrackYoungPtrs;
}

/// <summary>The identity hash kept in the header's reserved word (see <see cref="GcHeader"/>).</summary>
internal static unsafe class GcHash
{
    /// <summary>The hash of <paramref name="obj"/>: taken from its address the first time and kept in
    /// its header from then on, wherever the object moves. 0 for null.</summary>
    public static long Of(void* obj)
    {
        if (obj == null)
            return 0;
        var header = (GcHeader*)obj;
        if ((header->Flags & GcFlags.HashTaken) == 0)
        {
            header->Reserved = (nint)Mix(obj);
            header->Flags |= GcFlags.HashTaken;
        }
        return header->Reserved;
    }

    /// <summary>The address mixed so that its low bits (zero by alignment) vary, as a hash table needs.</summary>
    public static long Mix(void* obj) => unchecked((long)(((ulong)obj >> 3) * 0x9E3779B97F4A7C15UL));
}
