using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Rpython.Runtime.Memory;

/// <summary>
/// A growable stack of addresses in native memory (RPython's AddressStack): the collectors' lists
/// (remembered set, grey objects, large objects) live outside the CLR's heap, so the write barrier
/// and the collections never allocate a .NET object. A value type kept in static fields: use it
/// through the field (never a copy), and <see cref="Free"/> it when the collector shuts down.
/// </summary>
internal unsafe struct NativeStack
{
    private nint* _items;
    private int _count;
    private int _capacity;

    public readonly int Count => _count;

    public readonly bool IsEmpty => _count == 0;

    public readonly nint this[int index] => _items[index];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(nint value)
    {
        if (_count == _capacity)
            Grow();
        _items[_count++] = value;
    }

    public nint Pop() => _items[--_count];

    public void Clear() => _count = 0;

    /// <summary>Replaces the item at <paramref name="index"/> (a compaction while walking the list).</summary>
    public readonly void Set(int index, nint value) => _items[index] = value;

    /// <summary>Keeps the first <paramref name="count"/> items.</summary>
    public void Truncate(int count) => _count = count;

    public void Free()
    {
        NativeMemory.Free(_items);
        this = default;
    }

    /// <summary>Exchanges the contents of two stacks.</summary>
    public static void Swap(ref NativeStack a, ref NativeStack b) => (a, b) = (b, a);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        int capacity = _capacity == 0 ? 1024 : checked(_capacity * 2);
        var items = (nint*)NativeMemory.Realloc(_items, (nuint)capacity * (nuint)sizeof(nint));
        _items = items;
        _capacity = capacity;
    }
}
