using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Rpython.Runtime.Memory;

/// <summary>
/// <c>--gc=semispace</c> (RPython's semispace.py): every object lives in the current space, allocated
/// by bumping <see cref="NurseryFree"/>; when it reaches <see cref="NurseryTop"/>, a Cheney collection
/// copies everything reachable into the other space (roots first, then breadth-first through the
/// copies) and the spaces swap. The simple moving collector: it proves that the roots are precise,
/// since any pointer the generated code forgot to spill is left pointing into a dead space. Its
/// interface is incminimark's (see the header of IncMiniMarkGc.cs) without the write barrier.
/// <para>
/// Roots: the shadow stack, the static roots, and every prebuilt object registered with
/// <see cref="GcRoots.AddPrebuiltObject"/> — there is no write barrier, so a prebuilt object that may
/// receive a heap pointer must be registered at startup and is traced at every collection. Objects
/// outside the spaces (prebuilt ones) are never moved.
/// </para>
/// <para>
/// Moving: the copy gets the whole object, header included; the stale copy gets
/// <see cref="GcFlags.Forwarded"/> and the new address in its reserved word. The identity hash lives
/// in the header (<see cref="GcHash"/>), so it moves with the object.
/// </para>
/// <para>
/// Sizes: a space starts at RPYTHON_GC_MIN (8 MB). When a collection leaves the space more than half
/// full, or the request still does not fit, both spaces double (or more, to fit the request; at most
/// RPYTHON_GC_MAX each) and the live objects are copied once more into the bigger one. An allocation
/// that cannot fit even so returns null: the generated code raises MemoryError. Memory handed out is
/// zero: a new space comes zeroed from the OS, and a space is cleared (up to where it was used)
/// when a collection leaves it.
/// </para>
/// <para>
/// Stress (RPYTHON_GC_STRESS=1): <see cref="NurseryTop"/> is kept equal to <see cref="NurseryFree"/>,
/// so every allocation takes the slow path, which collects.
/// </para>
/// </summary>
public static unsafe class SemiSpaceGc
{
    private const long DefaultSpaceSize = 8L << 20;

    /// <summary>The next free byte of the current space.</summary>
    public static byte* NurseryFree;

    /// <summary>Where the fast path must stop: the end of the space (or NurseryFree in stress mode).</summary>
    public static byte* NurseryTop;

    private static byte* s_space;
    private static byte* s_other;
    private static nuint s_spaceSize;
    private static nuint s_maxSpaceSize;
    private static bool s_stress;
    private static bool s_checkHeap;
    private static bool s_initialized;
    private static nuint s_liveBytes;

    // During a collection: the space copied from and the next free byte of the one copied to.
    private static byte* s_fromSpace;
    private static nuint s_fromSize;
    private static byte* s_copyFree;

    /// <summary>Starts the collector with the parameters of the environment; <paramref name="checkHeap"/>
    /// (--gc-debug) checks the heap before and after every collection.</summary>
    public static void Initialize(bool checkHeap = false) => Initialize(GcConfig.FromEnvironment(checkHeap));

    internal static void Initialize(GcConfig config)
    {
        Shutdown();
        s_spaceSize = (nuint)Align(config.MinHeapSize > 0 ? config.MinHeapSize : DefaultSpaceSize);
        s_maxSpaceSize = (nuint)Align(config.MaxHeapSize);
        if (s_maxSpaceSize > 0 && s_spaceSize > s_maxSpaceSize)
            s_spaceSize = s_maxSpaceSize;
        s_space = (byte*)NativeMemory.AllocZeroed(s_spaceSize);
        s_other = (byte*)NativeMemory.AllocZeroed(s_spaceSize);
        s_stress = config.Stress;
        s_checkHeap = config.CheckHeap;
        NurseryFree = s_space;
        NurseryTop = s_stress ? s_space : s_space + s_spaceSize;
        ShadowStack.Initialize(config.ShadowStackSlots);
        GcRoots.Reset();
        GcLog.Open(config.Log);
        s_initialized = true;
    }

    /// <summary>Writes the log's summary and releases all memory (the end of the program).</summary>
    public static void Shutdown()
    {
        if (!s_initialized)
            return;
        GcLog.Close("semispace");
        NativeMemory.Free(s_space);
        NativeMemory.Free(s_other);
        s_space = s_other = NurseryFree = NurseryTop = null;
        s_spaceSize = s_maxSpaceSize = s_liveBytes = 0;
        ShadowStack.Free();
        GcRoots.Reset();
        s_initialized = false;
    }

    /// <summary>A zeroed object of <paramref name="size"/> bytes (a multiple of 8) with type id
    /// <paramref name="typeId"/>, or null when memory is exhausted. May collect.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte* Malloc(int typeId, nuint size)
    {
        byte* obj = NurseryFree;
        if (size > (nuint)(NurseryTop - obj))
            return CollectAndReserve(typeId, size);
        NurseryFree = obj + size;
        ((GcHeader*)obj)->TypeId = typeId;
        return obj;
    }

    /// <summary>NoGc.MallocVarSize's contract: <paramref name="length"/> items after
    /// <paramref name="itemsOffset"/>, the length stored at <paramref name="lengthOffset"/>; null for a
    /// negative length or a size that cannot be allocated. May collect.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte* MallocVarSize(int typeId, long itemsOffset, long itemSize, long lengthOffset, long length)
    {
        if (!GcMemory.VarSize(itemsOffset, itemSize, length, out nuint size))
            return null;
        byte* obj = Malloc(typeId, size);
        if (obj != null)
            *(long*)(obj + lengthOffset) = length;
        return obj;
    }

    /// <summary>The slow path of <see cref="Malloc"/>: collects (growing the spaces if needed), then
    /// allocates; null if the object cannot fit.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static byte* CollectAndReserve(int typeId, nuint size)
    {
        byte* end = s_space + s_spaceSize;
        if (s_stress || size > (nuint)(end - NurseryFree))
        {
            long start = GcLog.Now();
            Collect(size);
            GcLog.Pause(start);
            end = s_space + s_spaceSize;
            if (size > (nuint)(end - NurseryFree))
                return null;
        }
        byte* obj = NurseryFree;
        NurseryFree = obj + size;
        NurseryTop = s_stress ? NurseryFree : end;
        ((GcHeader*)obj)->TypeId = typeId;
        return obj;
    }

    /// <summary>The slow path of a var-sized allocation with the size computed: <see cref="CollectAndReserve"/>
    /// and the length stored.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static byte* MallocVarSizeSlow(int typeId, nuint size, long lengthOffset, long length)
    {
        byte* obj = CollectAndReserve(typeId, size);
        if (obj != null)
            *(long*)(obj + lengthOffset) = length;
        return obj;
    }

    /// <summary>A full collection (rgc.collect()).</summary>
    public static void Collect()
    {
        long start = GcLog.Now();
        Collect(0);
        GcLog.Pause(start);
    }

    /// <summary>The identity hash of <paramref name="obj"/>, the same for its whole life.</summary>
    public static long IdentityHash(void* obj) => GcHash.Of(obj);

    /// <summary>Bytes of objects that survived the last collection.</summary>
    internal static long LiveBytes => (long)s_liveBytes;

    internal static long SpaceSize => (long)s_spaceSize;

    /// <summary>Bytes allocated in the current space (live or not).</summary>
    internal static long UsedBytes => NurseryFree - s_space;

    internal static bool IsInSpace(void* obj) => (nuint)((byte*)obj - s_space) < s_spaceSize;

    /// <summary>Runs the heap checker now.</summary>
    internal static void CheckHeap(string when = "on request") => new Checker().Check(when);

    private static void Collect(nuint request)
    {
        long start = GcLog.Now();
        if (s_checkHeap)
            CheckHeap("before a collection");
        CopyInto(s_other);
        nuint live = s_liveBytes;
        if (live + request > s_spaceSize / 2)
            Grow(live + request);
        NurseryTop = s_stress ? NurseryFree : s_space + s_spaceSize;
        GcLog.Collection(start, (long)s_liveBytes, (long)s_spaceSize);
        if (s_checkHeap)
            CheckHeap("after a collection");
    }

    /// <summary>Doubles the spaces (at least to twice <paramref name="needed"/>, at most the maximum)
    /// and copies the live objects into the new current one. Keeps the spaces when the OS refuses.</summary>
    private static void Grow(nuint needed)
    {
        if ((ulong)needed > long.MaxValue / 4)
            return;  // no OS gives that much: the allocation fails
        nuint size = Math.Max(s_spaceSize * 2, (nuint)Align((long)needed * 2));
        if (s_maxSpaceSize > 0)
            size = Math.Min(size, s_maxSpaceSize);
        if (size <= s_spaceSize)
            return;
        byte* space = GcMemory.TryAllocZeroed(size);
        byte* other = GcMemory.TryAllocZeroed(size);
        if (space == null || other == null)
        {
            NativeMemory.Free(space);
            NativeMemory.Free(other);
            return;
        }
        NativeMemory.Free(s_other);
        s_other = space;
        CopyInto(space);
        NativeMemory.Free(s_other);
        s_other = other;
        s_spaceSize = size;
    }

    /// <summary>The Cheney copy of everything reachable into <paramref name="to"/>, which becomes the
    /// current space; the space left behind is cleared and becomes the other one.</summary>
    private static void CopyInto(byte* to)
    {
        s_fromSpace = s_space;
        s_fromSize = (nuint)(NurseryFree - s_space);
        s_copyFree = to;
        var forwarder = default(Forwarder);
        ShadowStack.CheckBounds();
        for (nint* slot = ShadowStack.Base; slot < ShadowStack.Top; slot++)
        {
            if (*slot != 0)
                forwarder.Visit(slot);
        }
        for (int i = 0; i < GcRoots.StaticRootCount; i++)
        {
            var root = (nint*)GcRoots.StaticRoot(i);
            if (*root != 0)
                forwarder.Visit(root);
        }
        for (int i = 0; i < GcRoots.PrebuiltObjectCount; i++)
            GcTypes.Trace(GcRoots.PrebuiltObject(i), ref forwarder);
        for (byte* scan = to; scan < s_copyFree; scan += GcTypes.SizeOf(scan))
            GcTypes.Trace(scan, ref forwarder);
        NativeMemory.Clear(s_fromSpace, s_fromSize);
        s_other = s_space;
        s_space = to;
        s_liveBytes = (nuint)(s_copyFree - to);
        NurseryFree = s_copyFree;
        s_fromSpace = null;
    }

    /// <summary>Updates a slot to the new address of its object, copying the object on its first visit.</summary>
    private struct Forwarder : IGcSlotVisitor
    {
        public readonly void Visit(nint* slot)
        {
            byte* obj = (byte*)*slot;
            if ((nuint)(obj - s_fromSpace) >= s_fromSize)
                return;  // outside the space collected: a prebuilt object
            var header = (GcHeader*)obj;
            if ((header->Flags & GcFlags.Forwarded) != 0)
            {
                *slot = header->Reserved;
                return;
            }
            nuint size = GcTypes.SizeOf(obj);
            byte* copy = s_copyFree;
            Buffer.MemoryCopy(obj, copy, size, size);
            s_copyFree = copy + size;
            header->Flags |= GcFlags.Forwarded;
            header->Reserved = (nint)copy;
            *slot = (nint)copy;
        }
    }

    private static long Align(long size) => (size + 7) & ~7L;

    /// <summary>The semispace's invariants: every reachable object is in the current space (or prebuilt).</summary>
    private sealed class Checker : HeapChecker
    {
        protected override void AddHeapObjects(HashSet<nint> objects)
        {
            for (byte* obj = s_space; obj < NurseryFree; obj += GcTypes.SizeOf(obj))
            {
                if (!GcTypes.IsValid(((GcHeader*)obj)->TypeId))
                    Fail($"the object at {Hex((nint)obj)} in the space has type id {((GcHeader*)obj)->TypeId}");
                objects.Add((nint)obj);
            }
        }

        protected override bool IsInHeap(nint address) =>
            (nuint)((byte*)address - s_space) < s_spaceSize || (nuint)((byte*)address - s_other) < s_spaceSize;
    }
}
