using System.Runtime.InteropServices;

namespace Rpython.Runtime.Memory;

/// <summary>
/// <c>--gc=none</c>: bump allocation in large zeroed chunks, never freed (DESIGN decision 7: for
/// tests and short runs). An object gets the next bytes of the current chunk; an object larger than
/// a chunk gets memory of its own. Memory comes zeroed from the OS, which is what malloc promises
/// the program (every field 0, every pointer null), and the header's type id is set here.
/// <para>
/// An allocation that cannot be satisfied (the OS refuses, or a var-sized length is negative or its
/// size overflows) returns null: the generated code raises the program's MemoryError then. Sizes
/// are multiples of 8 (the translator rounds every GC object's size up to its alignment), so every
/// object stays 8-aligned. One mutator thread, as in RPython: no locking.
/// </para>
/// </summary>
public static unsafe class NoGc
{
    private const nuint ChunkSize = 1 << 20;

    private static byte* s_free;
    private static byte* s_end;

    /// <summary>A zeroed object of <paramref name="size"/> bytes with type id <paramref name="typeId"/>, or null.</summary>
    public static byte* Malloc(int typeId, nuint size)
    {
        byte* obj = s_free;
        if (size > (nuint)(s_end - obj))
            return MallocSlow(typeId, size);
        s_free = obj + size;
        ((GcHeader*)obj)->TypeId = typeId;
        return obj;
    }

    /// <summary>An array (or a struct ending in one) of <paramref name="length"/> items: its size is
    /// <paramref name="itemsOffset"/> + length * <paramref name="itemSize"/> rounded up to 8, its length
    /// stored at <paramref name="lengthOffset"/>. Null for a negative length or a size that does not fit.</summary>
    public static byte* MallocVarSize(int typeId, long itemsOffset, long itemSize, long lengthOffset, long length)
    {
        if (length < 0 || (itemSize > 0 && length > (long.MaxValue - itemsOffset - 7) / itemSize))
            return null;
        byte* obj = Malloc(typeId, (nuint)((itemsOffset + (length * itemSize) + 7) & ~7L));
        if (obj != null)
            *(long*)(obj + lengthOffset) = length;
        return obj;
    }

    /// <summary>compute_identity_hash: objects never move here, so their address is their identity;
    /// mixed so that the low bits (zero by alignment) vary, as a hash table needs. 0 for null.</summary>
    public static long IdentityHash(void* obj) => obj == null ? 0 : GcHash.Mix(obj);

    private static byte* MallocSlow(int typeId, nuint size)
    {
        byte* memory;
        try
        {
            memory = (byte*)NativeMemory.AllocZeroed(size >= ChunkSize ? size : ChunkSize);
        }
        catch (OutOfMemoryException)
        {
            return null;
        }
        if (size >= ChunkSize)
        {
            ((GcHeader*)memory)->TypeId = typeId;
            return memory;  // a large object on its own: the current chunk stays in use
        }
        s_free = memory + size;
        s_end = memory + ChunkSize;
        ((GcHeader*)memory)->TypeId = typeId;
        return memory;
    }
}
