using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Rpython.Runtime.Memory;

// The GC's view of the program's types (RPython's gctypelayout TYPE_INFO / VARSIZE_TYPE_INFO): per
// type id, how big an object is and where its GC pointers are. The translator's
// RTyping/TypeLayoutTable.cs assigns the ids and computes the layouts; the generated program hands
// them over once at startup with GcTypes.Register, before its first allocation.
//
// Contract of a table entry (offsets in bytes from the start of the object, header included):
// - FixedSize: the size of a fixed-size object; for a var-sized one, its size with no items
//   (informative: the size of a var-sized object is ItemsOffset + length * ItemSize rounded up to 8).
// - GcPointerOffsets[0..GcPointerCount): the GC pointers of the fixed part (sorted, 8-aligned).
// - var-sized types (IsVarSize): LengthOffset (a long), ItemsOffset, ItemSize, and
//   ItemGcPointerOffsets[0..ItemGcPointerCount): the GC pointers inside one item.
// Register copies the table and every offset array into memory of its own, so the pointers passed
// need to be valid only during the call (a `fixed` over a ReadOnlySpan literal is enough). It
// computes the flags NoGcPointers and HasGcPointersInItems. Entry 0 of the table is never a type (a
// zeroed header is recognisably not an object); its content is ignored.
//
// Invariants the collectors rely on: every object size is a multiple of 8 and at least the header;
// a GC pointer field holds null or the address of the header of a GC object.

/// <summary>One type of the table, as generated code builds it (blittable: pointers, no references).</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct GcTypeInfo
{
    public long FixedSize;
    public int Flags;
    public int GcPointerCount;
    public int* GcPointerOffsets;
    public int LengthOffset;
    public int ItemsOffset;
    public int ItemSize;
    public int ItemGcPointerCount;
    public int* ItemGcPointerOffsets;

    /// <summary>A fixed-size type of <paramref name="size"/> bytes with <paramref name="count"/> GC pointers.</summary>
    public static GcTypeInfo Fixed(long size, int* gcPointerOffsets, int count) => new()
    {
        FixedSize = size,
        GcPointerCount = count,
        GcPointerOffsets = gcPointerOffsets,
    };

    /// <summary>An array, or a struct ending in one: a fixed part with its GC pointers, then the items.</summary>
    public static GcTypeInfo VarSize(long fixedSize, int* gcPointerOffsets, int count, int lengthOffset, int itemsOffset, int itemSize,
        int* itemGcPointerOffsets, int itemCount) => new()
    {
        FixedSize = fixedSize,
        Flags = GcTypeFlags.IsVarSize,
        GcPointerCount = count,
        GcPointerOffsets = gcPointerOffsets,
        LengthOffset = lengthOffset,
        ItemsOffset = itemsOffset,
        ItemSize = itemSize,
        ItemGcPointerCount = itemCount,
        ItemGcPointerOffsets = itemGcPointerOffsets,
    };
}

/// <summary>The bits of <see cref="GcTypeInfo.Flags"/>: IsVarSize is given, the others are computed by Register.</summary>
public static class GcTypeFlags
{
    public const int IsVarSize = 1 << 0;

    /// <summary>No GC pointer anywhere in the object: the collectors never trace it.</summary>
    public const int NoGcPointers = 1 << 1;

    /// <summary>The items hold GC pointers (the arrays that get card marking when large).</summary>
    public const int HasGcPointersInItems = 1 << 2;
}

/// <summary>Receives the address of each non-null GC pointer field of an object being traced.</summary>
internal unsafe interface IGcSlotVisitor
{
    void Visit(nint* slot);
}

/// <summary>The program's type table (one per process) and the object walks built on it.</summary>
public static unsafe class GcTypes
{
    private static GcTypeInfo* s_table;
    private static int s_count;
    private static int* s_offsets;

    /// <summary>The number of entries, entry 0 included: valid type ids are 1 .. Count - 1.</summary>
    internal static int Count => s_count;

    /// <summary>Installs the program's table: <paramref name="table"/>[id] describes type id id.
    /// Throws ArgumentException for an entry the collectors could not walk safely.</summary>
    public static void Register(ReadOnlySpan<GcTypeInfo> table)
    {
        int offsets = 0;
        for (int id = 1; id < table.Length; id++)
        {
            Validate(id, table[id]);
            offsets += table[id].GcPointerCount + table[id].ItemGcPointerCount;
        }
        Reset();
        s_table = (GcTypeInfo*)NativeMemory.AllocZeroed((nuint)Math.Max(table.Length, 1), (nuint)sizeof(GcTypeInfo));
        s_offsets = (int*)NativeMemory.Alloc((nuint)Math.Max(offsets, 1), sizeof(int));
        int* next = s_offsets;
        for (int id = 1; id < table.Length; id++)
        {
            var info = table[id];
            info.GcPointerOffsets = Copy(info.GcPointerOffsets, info.GcPointerCount, ref next);
            info.ItemGcPointerOffsets = Copy(info.ItemGcPointerOffsets, info.ItemGcPointerCount, ref next);
            info.Flags &= GcTypeFlags.IsVarSize;
            bool isVarSize = (info.Flags & GcTypeFlags.IsVarSize) != 0;
            if (isVarSize && info.ItemGcPointerCount > 0)
                info.Flags |= GcTypeFlags.HasGcPointersInItems;
            if (info.GcPointerCount == 0 && (info.Flags & GcTypeFlags.HasGcPointersInItems) == 0)
                info.Flags |= GcTypeFlags.NoGcPointers;
            s_table[id] = info;
        }
        s_count = table.Length;
    }

    /// <summary>Forgets the table (tests; the end of a program).</summary>
    internal static void Reset()
    {
        NativeMemory.Free(s_table);
        NativeMemory.Free(s_offsets);
        s_table = null;
        s_offsets = null;
        s_count = 0;
    }

    internal static bool IsValid(int typeId) => (uint)(typeId - 1) < (uint)(s_count - 1);

    internal static GcTypeInfo* Info(int typeId) => s_table + typeId;

    /// <summary>The size in bytes of <paramref name="obj"/>, from its type and, if var-sized, its length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static nuint SizeOf(byte* obj) => SizeOf(obj, s_table + ((GcHeader*)obj)->TypeId);

    /// <summary>The size of <paramref name="obj"/>, whose type is <paramref name="info"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static nuint SizeOf(byte* obj, GcTypeInfo* info)
    {
        if ((info->Flags & GcTypeFlags.IsVarSize) == 0)
            return (nuint)info->FixedSize;
        long length = *(long*)(obj + info->LengthOffset);
        return (nuint)((info->ItemsOffset + (length * info->ItemSize) + 7) & ~7L);
    }

    internal static bool HasGcPointers(byte* obj) => (s_table[((GcHeader*)obj)->TypeId].Flags & GcTypeFlags.NoGcPointers) == 0;

    /// <summary>Calls <paramref name="visitor"/> for each non-null GC pointer field of <paramref name="obj"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Trace<TVisitor>(byte* obj, ref TVisitor visitor)
        where TVisitor : struct, IGcSlotVisitor
    {
        var info = s_table + ((GcHeader*)obj)->TypeId;
        if ((info->Flags & GcTypeFlags.NoGcPointers) != 0)
            return;
        for (int i = 0; i < info->GcPointerCount; i++)
        {
            var slot = (nint*)(obj + info->GcPointerOffsets[i]);
            if (*slot != 0)
                visitor.Visit(slot);
        }
        if ((info->Flags & GcTypeFlags.HasGcPointersInItems) != 0)
            TraceItems(obj, info, 0, *(long*)(obj + info->LengthOffset), ref visitor);
    }

    /// <summary>Like <see cref="Trace"/>, for the items <paramref name="start"/> .. <paramref name="stop"/> - 1
    /// of an array only (a card's range).</summary>
    internal static void TraceItems<TVisitor>(byte* obj, long start, long stop, ref TVisitor visitor)
        where TVisitor : struct, IGcSlotVisitor
    {
        var info = s_table + ((GcHeader*)obj)->TypeId;
        if ((info->Flags & GcTypeFlags.HasGcPointersInItems) != 0)
            TraceItems(obj, info, start, stop, ref visitor);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TraceItems<TVisitor>(byte* obj, GcTypeInfo* info, long start, long stop, ref TVisitor visitor)
        where TVisitor : struct, IGcSlotVisitor
    {
        byte* item = obj + info->ItemsOffset + (start * info->ItemSize);
        int* offsets = info->ItemGcPointerOffsets;
        int count = info->ItemGcPointerCount;
        for (long i = start; i < stop; i++, item += info->ItemSize)
        {
            for (int k = 0; k < count; k++)
            {
                var slot = (nint*)(item + offsets[k]);
                if (*slot != 0)
                    visitor.Visit(slot);
            }
        }
    }

    private static int* Copy(int* source, int count, ref int* next)
    {
        if (count == 0)
            return null;
        int* copy = next;
        new ReadOnlySpan<int>(source, count).CopyTo(new Span<int>(copy, count));
        next += count;
        return copy;
    }

    private static void Validate(int id, in GcTypeInfo info)
    {
        bool isVarSize = (info.Flags & GcTypeFlags.IsVarSize) != 0;
        long fixedEnd = isVarSize ? info.ItemsOffset : info.FixedSize;
        if (info.FixedSize < GcHeader.Size || info.FixedSize % 8 != 0)
            throw new ArgumentException($"type {id}: size {info.FixedSize} is not a multiple of 8 holding the header", nameof(info));
        if (info.GcPointerCount < 0 || (info.GcPointerCount > 0 && info.GcPointerOffsets == null))
            throw new ArgumentException($"type {id}: bad GC pointer offsets", nameof(info));
        for (int i = 0; i < info.GcPointerCount; i++)
            CheckOffset(id, info.GcPointerOffsets[i], GcHeader.Size, fixedEnd);
        if (!isVarSize)
            return;
        if (info.LengthOffset < GcHeader.Size || info.LengthOffset % 8 != 0 || info.LengthOffset + 8 > info.ItemsOffset || info.ItemSize < 0)
            throw new ArgumentException($"type {id}: bad var-sized layout (length@{info.LengthOffset} items@{info.ItemsOffset} itemsize {info.ItemSize})", nameof(info));
        if (info.ItemGcPointerCount < 0 || (info.ItemGcPointerCount > 0 && (info.ItemGcPointerOffsets == null || info.ItemSize % 8 != 0 || info.ItemsOffset % 8 != 0)))
            throw new ArgumentException($"type {id}: bad item GC pointer offsets", nameof(info));
        for (int i = 0; i < info.ItemGcPointerCount; i++)
            CheckOffset(id, info.ItemGcPointerOffsets[i], 0, info.ItemSize);
    }

    private static void CheckOffset(int id, int offset, int start, long end)
    {
        if (offset < start || offset % 8 != 0 || offset + 8 > end)
            throw new ArgumentException($"type {id}: GC pointer offset {offset} is not an aligned field before {end}", nameof(offset));
    }
}
