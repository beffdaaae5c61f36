using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Rpython.Runtime.Memory;

/// <summary>Sizes and OS memory for the collectors: an allocation the OS refuses is null here, so that
/// the collectors can turn it into the program's MemoryError instead of a .NET exception.</summary>
internal static unsafe class GcMemory
{
    /// <summary>The size of an object of <paramref name="length"/> items, rounded up to 8; false for a
    /// negative length or a size that overflows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool VarSize(long itemsOffset, long itemSize, long length, out nuint size)
    {
        if ((ulong)length > int.MaxValue && (length < 0 || (itemSize > 0 && length > (long.MaxValue - itemsOffset - 7) / itemSize)))
        {
            size = 0;
            return false;
        }
        size = (nuint)((itemsOffset + (length * itemSize) + 7) & ~7L);
        return true;
    }

    public static byte* TryAllocZeroed(nuint size)
    {
        try
        {
            return (byte*)NativeMemory.AllocZeroed(size);
        }
        catch (OutOfMemoryException)
        {
            return null;
        }
    }

    public static byte* TryAlloc(nuint size)
    {
        try
        {
            return (byte*)NativeMemory.Alloc(size);
        }
        catch (OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>Memory the collector cannot do without (in the middle of a collection): the program stops if the OS refuses.</summary>
    public static byte* Alloc(nuint size, string what)
    {
        byte* memory = TryAlloc(size);
        if (memory == null)
            GcFatal.Fail("out of memory while allocating " + what);
        return memory;
    }
}
