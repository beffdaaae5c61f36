using System.Runtime.InteropServices;
using Rpython.Runtime.Memory;

namespace Rpython.Tests.Memory;

/// <summary>The collectors the tests drive directly.</summary>
public enum GcKind
{
    SemiSpace,
    IncMiniMark,
}

/// <summary>
/// A fake program for the collectors, without generated code: a type table of a few shapes, and
/// allocation, stores (with the write barrier incminimark needs) and collection through whichever
/// collector a test starts. Heap pointers a test keeps across an allocation must be on the shadow stack
/// (<see cref="Push"/>, <see cref="Root"/>): a collection may move every object.
/// </summary>
internal static unsafe class TestHeap
{
    /// <summary>{ a: ptr @16, b: ptr @24, value: long @32 }, 40 bytes.</summary>
    public const int Node = 1;

    /// <summary>An array of GC pointers: length @16, items @24.</summary>
    public const int PtrArray = 2;

    /// <summary>An array of longs: length @16, items @24.</summary>
    public const int IntArray = 3;

    /// <summary>{ value: long @16 }, 24 bytes, no GC pointer.</summary>
    public const int Leaf = 4;

    /// <summary>A var-sized struct { id: long @16, length @24, items: ptr @32 }.</summary>
    public const int IdArray = 5;

    /// <summary>A var-sized struct { first: ptr @16, length @24, items @32 of 16 bytes: two pointers }.</summary>
    public const int Pairs = 6;

    /// <summary>{ next: ptr @16, value: long @24 }, 512 bytes: too big for the arenas' size classes.</summary>
    public const int Big = 7;

    public const int NodeSize = 40;
    public const int LeafSize = 24;
    public const int BigSize = 512;
    public const int A = 16;
    public const int B = 24;
    public const int Value = 32;

    public static GcKind Kind { get; private set; }

    /// <summary>A configuration small enough for tests to fill: a 256 KB nursery, 8 KB large objects,
    /// major collections from 1 MB, marking 16 KB per step.</summary>
    public static GcConfig SmallConfig => new()
    {
        NurserySize = 256 << 10,
        LargeObject = 8 << 10,
        MinHeapSize = 1 << 20,
        IncrementStep = 16 << 10,
        ShadowStackSlots = 1 << 16,
    };

    public static void Start(GcKind kind, GcConfig config)
    {
        RegisterTypes();
        Kind = kind;
        if (kind == GcKind.SemiSpace)
            SemiSpaceGc.Initialize(config);
        else
            IncMiniMarkGc.Initialize(config);
    }

    public static void Stop()
    {
        if (Kind == GcKind.SemiSpace)
            SemiSpaceGc.Shutdown();
        else
            IncMiniMarkGc.Shutdown();
        GcTypes.Reset();
    }

    public static void RegisterTypes()
    {
        ReadOnlySpan<int> offsets = [A, B, 0, 16, 0, 8];
        fixed (int* o = offsets)
        {
            GcTypes.Register(
            [
                default,
                GcTypeInfo.Fixed(NodeSize, o, 2),
                GcTypeInfo.VarSize(24, null, 0, 16, 24, 8, o + 2, 1),
                GcTypeInfo.VarSize(24, null, 0, 16, 24, 8, null, 0),
                GcTypeInfo.Fixed(LeafSize, null, 0),
                GcTypeInfo.VarSize(32, null, 0, 24, 32, 8, o + 2, 1),
                GcTypeInfo.VarSize(32, o + 3, 1, 24, 32, 16, o + 4, 2),
                GcTypeInfo.Fixed(BigSize, o + 3, 1),
            ]);
        }
    }

    public static byte* Malloc(int typeId, nuint size) =>
        Kind == GcKind.SemiSpace ? SemiSpaceGc.Malloc(typeId, size) : IncMiniMarkGc.Malloc(typeId, size);

    /// <summary>An array (or var-sized struct) of the test table with <paramref name="length"/> items.</summary>
    public static byte* MallocVarSize(int typeId, long length)
    {
        var (itemsOffset, itemSize, lengthOffset) = typeId switch
        {
            PtrArray or IntArray => (24L, 8L, 16L),
            IdArray => (32L, 8L, 24L),
            Pairs => (32L, 16L, 24L),
            _ => throw new ArgumentOutOfRangeException(nameof(typeId)),
        };
        return Kind == GcKind.SemiSpace
            ? SemiSpaceGc.MallocVarSize(typeId, itemsOffset, itemSize, lengthOffset, length)
            : IncMiniMarkGc.MallocVarSize(typeId, itemsOffset, itemSize, lengthOffset, length);
    }

    public static byte* NewNode(long value)
    {
        byte* node = Malloc(Node, NodeSize);
        Assert.That(node != null, "out of memory");
        *(long*)(node + Value) = value;
        return node;
    }

    /// <summary>A linked list of <paramref name="count"/> nodes through field a, values first..first+count-1
    /// from the head; pushed on the shadow stack (its slot is returned).</summary>
    public static int PushList(int count, long first = 0)
    {
        int slot = Push(null);
        for (long i = first + count - 1; i >= first; i--)
        {
            byte* node = NewNode(i);
            Store(node, A, Root(slot));
            SetRoot(slot, node);
        }
        return slot;
    }

    /// <summary>The values of the list at <paramref name="head"/> (field a), in order.</summary>
    public static List<long> ListValues(byte* head)
    {
        var values = new List<long>();
        for (byte* node = head; node != null; node = Field(node, A))
            values.Add(*(long*)(node + Value));
        return values;
    }

    public static byte* Field(byte* obj, int offset) => *(byte**)(obj + offset);

    public static byte* Item(byte* array, long index) => *(byte**)(array + ItemsOffset(array) + (index * 8));

    public static long IntItem(byte* array, long index) => *(long*)(array + 24 + (index * 8));

    public static long Length(byte* array) => *(long*)(array + (((GcHeader*)array)->TypeId is IdArray or Pairs ? 24 : 16));

    /// <summary>obj.field = value, after the write barrier.</summary>
    public static void Store(byte* obj, int offset, byte* value)
    {
        if (Kind == GcKind.IncMiniMark)
            IncMiniMarkGc.WriteBarrier(obj);
        *(byte**)(obj + offset) = value;
    }

    /// <summary>array[index] = value, after the array write barrier.</summary>
    public static void StoreItem(byte* array, long index, byte* value)
    {
        if (Kind == GcKind.IncMiniMark)
            IncMiniMarkGc.WriteBarrierFromArray(array, index);
        *(byte**)(array + ItemsOffset(array) + (index * 8)) = value;
    }

    public static int Push(void* obj)
    {
        int slot = (int)(ShadowStack.Top - ShadowStack.Base);
        ShadowStack.Push(obj);
        return slot;
    }

    public static byte* Root(int slot) => (byte*)ShadowStack.Base[slot];

    public static void SetRoot(int slot, void* obj) => ShadowStack.Base[slot] = (nint)obj;

    public static void Collect()
    {
        if (Kind == GcKind.SemiSpace)
            SemiSpaceGc.Collect();
        else
            IncMiniMarkGc.Collect();
    }

    public static long IdentityHash(void* obj) =>
        Kind == GcKind.SemiSpace ? SemiSpaceGc.IdentityHash(obj) : IncMiniMarkGc.IdentityHash(obj);

    public static void CheckHeap()
    {
        if (Kind == GcKind.SemiSpace)
            SemiSpaceGc.CheckHeap();
        else
            IncMiniMarkGc.CheckHeap();
    }

    /// <summary>After a full collection: the bytes of the objects kept (semispace: the live objects;
    /// incminimark: the old generation).</summary>
    public static long RetainedBytes => Kind == GcKind.SemiSpace ? SemiSpaceGc.LiveBytes : IncMiniMarkGc.OldBytes;

    /// <summary>A prebuilt object as the translator's image holds it: zeroed native memory outside the
    /// heap, flagged <see cref="GcFlags.PrebuiltInitial"/>. Never freed (a test leaks a few bytes).</summary>
    public static byte* NewPrebuilt(int typeId, int size)
    {
        var obj = (byte*)NativeMemory.AllocZeroed((nuint)size);
        ((GcHeader*)obj)->TypeId = typeId;
        ((GcHeader*)obj)->Flags = GcFlags.PrebuiltInitial;
        return obj;
    }

    private static long ItemsOffset(byte* array) => ((GcHeader*)array)->TypeId is IdArray or Pairs ? 32 : 24;
}
