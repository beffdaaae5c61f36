using System.Numerics;
using System.Runtime.InteropServices;

namespace Rpython.Runtime.Memory;

/// <summary>
/// incminimark's large objects' memory, kept for reuse when they die instead of going back to the C
/// library at once. Young large objects die by the nursery's worth, all freed by one minor collection,
/// and glibc gave each back to the OS (munmap, or trimming the top of its heap): the next allocation
/// of the same size took a page fault per 4 KB page and the kernel's zeroing of it (a loop allocating
/// 160 KB lists spent more time in the kernel than in the program).
/// <para>
/// Sizes are rounded up to size classes, eight per power of two (at most 12.5% more than asked, most
/// of it never touched), so that any block of a class serves any request of it. The cache keeps the
/// most recently freed blocks up to <see cref="Capacity"/> bytes and gives the oldest back first; a
/// block's class size is kept in its first word while it is cached. Blocks of classes above the
/// capacity are never rounded nor cached. A value type kept in a static field, as NativeStack.
/// </para>
/// </summary>
internal unsafe struct LargeBlockCache
{
    private NativeStack _blocks;  // oldest first
    private long _bytes;
    private long _capacity;

    /// <summary>The most bytes of free blocks kept (0: none).</summary>
    public readonly long Capacity => _capacity;

    /// <summary>The bytes of the blocks kept now.</summary>
    public readonly long Bytes => _bytes;

    public readonly int Count => _blocks.Count;

    /// <summary>Cached block <paramref name="index"/> (oldest first) and its size, for the heap checker.</summary>
    public readonly (nint Block, nint Size) this[int index] => (_blocks[index], *(nint*)_blocks[index]);

    public LargeBlockCache(long capacity) => _capacity = capacity;

    /// <summary>The size of <paramref name="size"/>'s class: <paramref name="size"/> rounded up to an
    /// eighth of the power of two below it.</summary>
    public static nuint ClassSize(nuint size)
    {
        nuint step = (nuint)1 << Math.Max(BitOperations.Log2(size - 1) - 3, 3);
        return (size + step - 1) & ~(step - 1);
    }

    /// <summary>How much to ask the C library for a block of <paramref name="size"/> bytes: its class's
    /// size if such blocks are cached, else just the size.</summary>
    public readonly nuint BlockSize(nuint size)
    {
        nuint classSize = ClassSize(size);
        return (long)classSize <= _capacity ? classSize : size;
    }

    /// <summary>A cached block for <paramref name="size"/> bytes with its first <paramref name="size"/>
    /// bytes zeroed (the most recently freed of its class), or null.</summary>
    public byte* TakeZeroed(nuint size)
    {
        nuint classSize = ClassSize(size);
        if ((long)classSize > _capacity)
            return null;
        for (int i = _blocks.Count - 1; i >= 0; i--)
        {
            byte* block = (byte*)_blocks[i];
            if (*(nuint*)block != classSize)
                continue;
            for (int j = i + 1; j < _blocks.Count; j++)
                _blocks.Set(j - 1, _blocks[j]);
            _blocks.Truncate(_blocks.Count - 1);
            _bytes -= (long)classSize;
            NativeMemory.Clear(block, size);
            return block;
        }
        return null;
    }

    /// <summary>Takes back a block that <see cref="BlockSize"/> sized for <paramref name="size"/> bytes:
    /// kept if its class is cached (the oldest blocks go back to the C library to make room), else freed.</summary>
    public void Add(byte* block, nuint size)
    {
        nuint classSize = ClassSize(size);
        if ((long)classSize > _capacity)
        {
            NativeMemory.Free(block);
            return;
        }
        int evicted = 0;
        while (_bytes + (long)classSize > _capacity)
        {
            byte* oldest = (byte*)_blocks[evicted++];
            _bytes -= *(long*)oldest;
            NativeMemory.Free(oldest);
        }
        if (evicted > 0)
        {
            for (int j = evicted; j < _blocks.Count; j++)
                _blocks.Set(j - evicted, _blocks[j]);
            _blocks.Truncate(_blocks.Count - evicted);
        }
        *(nuint*)block = classSize;
        _blocks.Push((nint)block);
        _bytes += (long)classSize;
    }

    /// <summary>Gives every block back to the C library.</summary>
    public void Free()
    {
        for (int i = 0; i < _blocks.Count; i++)
            NativeMemory.Free((void*)_blocks[i]);
        _blocks.Free();
        _bytes = 0;
    }
}
