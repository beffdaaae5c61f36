using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Rpython.Runtime.Memory;

// What generated code calls (the GC transform's target). Every entry point is a static method or
// field: no virtual call, no .NET allocation on the fast paths. SemiSpaceGc has the same names and
// contracts without the write barrier; NoGc has Malloc, MallocVarSize and IdentityHash.
//
// Startup, in the entry glue, before the first allocation:
//     GcTypes.Register(table);                        // one GcTypeInfo per type id (GcTypes.cs)
//     IncMiniMarkGc.Initialize(checkHeap);            // checkHeap: --gc-debug; reads RPYTHON_GC_*, RPYTHONLOG
//     GcRoots.AddStaticRoot((void**)&data->field);    // each GC pointer field of prebuilt non-GC data
//     GcRoots.AddPrebuiltObject(Prebuilt.obj);        // each prebuilt GC object with GC pointers
// and the prebuilt image gives every GC object's header the flags GcFlags.PrebuiltInitial.
// Initialize empties the root lists and the shadow stack, so the roots are declared after it.
// Exit: IncMiniMarkGc.Shutdown() — writes gc-summary to the log, returns the heap to the OS.
//
// Allocation: zeroed memory with the header's type id set; null means MemoryError.
//     p = (T*)IncMiniMarkGc.Malloc(typeId, size);     // size: the type's, a multiple of 8
//     a = (A*)IncMiniMarkGc.MallocVarSize(typeId, itemsOffset, itemSize, lengthOffset, length);
// Both inline into the caller (AggressiveInlining). The fixed-size bump, written out:
//     byte* p = IncMiniMarkGc.NurseryFree;
//     if (size > (nuint)(IncMiniMarkGc.NurseryTop - p)) p = IncMiniMarkGc.CollectAndReserve(typeId, size);
//     else { IncMiniMarkGc.NurseryFree = p + size; ((GcHeader*)p)->TypeId = typeId; }
// (and for var-sized objects, with the size computed and checked: MallocVarSizeSlow(typeId, size,
// lengthOffset, length), which also stores the length.) Every allocation may collect.
//
// Roots: across every call that may collect (an allocation, or a call of a graph that may
// allocate), each live GC pointer is in a shadow stack slot, and is reloaded from it afterwards:
// the object may have moved (ShadowStack.cs shows the sequence).
//
// Write barrier, before storing a GC pointer (null or not) into a field of a GC object:
//     if ((((GcHeader*)obj)->Flags & GcFlags.TrackYoungPtrs) != 0) IncMiniMarkGc.RememberYoungPointer(obj);
// before storing one into item i of an array (or of a var-sized struct's inlined array):
//     if ((((GcHeader*)a)->Flags & GcFlags.TrackYoungPtrs) != 0) IncMiniMarkGc.RememberYoungPointerFromArray(a, i);
// (WriteBarrier(obj) and WriteBarrierFromArray(a, i) are these tests, inlined.) The barrier may be
// left out when the target was allocated after the last call that may collect (it is young, and the
// flag is never set on young objects) — RPython's clean sets. Before a bulk copy of GC pointers into
// an array (ll_arraycopy), call the plain barrier on the destination once. Stores into static roots
// and into the shadow stack need no barrier.
//
// Also: IdentityHash(obj) (gc_identityhash: stable across moves), Collect() (gc__collect: a full
// major collection).

/// <summary>
/// <c>--gc=incminimark</c>, the default (RPython's incminimark.py, written anew for a raw heap in C#):
/// a generational collector whose young objects are bump-allocated in a nursery and copied out by
/// minor collections, and whose old objects never move and are collected by an incremental
/// mark-and-sweep run in bounded steps between minor collections.
/// <para>
/// <b>Young objects.</b> The nursery (RPYTHON_GC_NURSERY, 4 MB) hands out zeroed memory by bumping
/// <see cref="NurseryFree"/> up to <see cref="NurseryTop"/>; after a minor collection in which nearly
/// everything survived, only half of it, so that the next minor collection copies at most half a
/// nursery (<see cref="NurseryFill"/>). NurseryTop is the end of the part of the
/// nursery already zeroed, which advances in chunks, and is never more than the large-object threshold
/// ahead of NurseryFree: the inlined bump can only succeed for a small object. Objects of
/// <see cref="GcConfig.LargeObject"/> bytes and more (132 KB) are allocated outside the nursery, zeroed,
/// as young large objects; arrays of GC pointers among them get card bytes before their header. They
/// count as the nursery filling up: the next minor collection comes when the nursery used and the
/// young large objects together would pass the fill. The memory of those that die is kept,
/// up to a nursery's worth, for the next large objects of its size (<see cref="LargeBlockCache"/>).
/// </para>
/// <para>
/// <b>Minor collection</b> (IncMiniMarkGc.Minor.cs): copies the nursery objects reachable from the
/// roots and from the remembered old objects into the old generation (objects move at most once),
/// keeps the young large objects reached and frees the others, then empties the nursery.
/// </para>
/// <para>
/// <b>Old objects</b> of up to 280 bytes live in the arenas' size classes (<see cref="ArenaCollection"/>),
/// larger ones in memory of their own. <b>Major collection</b> (IncMiniMarkGc.Major.cs): SCANNING →
/// MARKING → SWEEPING → FINALIZING, in bounded steps whenever a cycle is in progress or the old
/// generation passed its threshold (RPYTHON_GC_MAJOR_COLLECT × what survived the previous cycle, growth
/// bounded by RPYTHON_GC_GROWTH, at least RPYTHON_GC_MIN): one right after a minor collection, the
/// others that collection owes spread over the nursery's refill, each a pause of its own.
/// </para>
/// <para>
/// <b>Write barrier.</b> Before storing a GC pointer into a GC object, generated code tests the
/// object's <see cref="GcFlags.TrackYoungPtrs"/> and, if set, calls <see cref="RememberYoungPointer"/>
/// (or, for an array item, <see cref="RememberYoungPointerFromArray"/>: a large array then only gets a
/// card bit, one per 128 items, and only that card is rescanned). The flag is set on old and prebuilt
/// objects that are not remembered yet, and on black objects during marking: the barrier re-greys them
/// (incremental update), and makes a prebuilt object a root the first time it is written.
/// </para>
/// <para>
/// <b>Limits.</b> With RPYTHON_GC_MAX, old generation + nursery stay below it: an allocation that cannot
/// guarantee that after a full collection returns null (the program's MemoryError), and so does an
/// allocation the OS refuses; the cache of large blocks holds up to a nursery's worth more. Identity
/// hashes live in the header and move with the object.
/// Stress mode (RPYTHON_GC_STRESS=1) keeps NurseryTop at NurseryFree: every allocation does a minor
/// collection. One mutator thread.
/// </para>
/// </summary>
public static unsafe partial class IncMiniMarkGc
{
    /// <summary>The next free byte of the nursery: the inlined allocation's result.</summary>
    public static byte* NurseryFree;

    /// <summary>Where the inlined allocation must stop and call the slow path.</summary>
    public static byte* NurseryTop;

    private const int CardPageShift = 7;  // one card bit per 128 items

    private static byte* s_nursery;
    private static nuint s_nurserySize;
    private static byte* s_nurseryLimit;    // the end of the part used until the next minor collection (NurseryFill)
    private static byte* s_nurseryCleaned;  // [NurseryFree, s_nurseryCleaned) is zero
    private static nuint s_nurseryCleanup;  // how much is zeroed at a time
    private static nuint s_largeObject;
    private static nuint s_smallRequestThreshold;
    private static bool s_nurseryClosed;    // after a MemoryError: every allocation checks the limit

    private static ArenaCollection? s_arenas;
    private static long s_rawBytes;         // large objects and their card bytes
    private static NativeStack s_oldLarge;
    private static NativeStack s_youngLarge;
    private static long s_youngLargeBytes;  // young large objects and their card bytes
    private static NativeStack s_largeToSweep;
    private static LargeBlockCache s_largeBlocks;  // the memory of large objects that died, for reuse

    private static NativeStack s_oldObjectsPointingToYoung;
    private static NativeStack s_oldObjectsWithCardsSet;
    private static NativeStack s_prebuiltRootObjects;

    private static bool s_stress;
    private static bool s_checkHeap;
    private static bool s_initialized;

    /// <summary>Starts the collector with the parameters of the environment; <paramref name="checkHeap"/>
    /// (--gc-debug) checks the heap before and after every collection and after every major step.</summary>
    public static void Initialize(bool checkHeap = false) => Initialize(GcConfig.FromEnvironment(checkHeap));

    internal static void Initialize(GcConfig config)
    {
        Shutdown();
        s_nurserySize = (nuint)Math.Max(config.NurserySize & ~7L, 4096);
        // A nursery below two large objects makes the large-object threshold smaller instead
        // (PyPy's tiny nurseries for debugging).
        s_largeObject = (nuint)Math.Min(config.LargeObject & ~7L, (long)s_nurserySize / 2);
        s_nurseryCleanup = Math.Min(64 << 10, s_largeObject - 8);
        s_smallRequestThreshold = (nuint)config.SmallRequestThreshold;
        s_nursery = (byte*)NativeMemory.Alloc(s_nurserySize);
        s_nurseryLimit = s_nursery + s_nurserySize;
        NurseryFree = s_nurseryCleaned = s_nursery;
        s_stress = config.Stress;
        s_checkHeap = config.CheckHeap;
        SetNurseryTop();
        s_arenas = new ArenaCollection(config.ArenaSize, config.PageSize, config.SmallRequestThreshold, (long)s_nurserySize);
        s_largeBlocks = new LargeBlockCache(config.LargeBlockCacheSize > 0 ? config.LargeBlockCacheSize : (long)s_nurserySize);
        InitializeMajor(config);
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
        GcLog.Close("incminimark");
        NativeMemory.Free(s_nursery);
        s_nursery = s_nurseryLimit = s_nurseryCleaned = NurseryFree = NurseryTop = null;
        s_arenas!.Free();
        s_arenas = null;
        FreeAllLarge(ref s_oldLarge);
        FreeAllLarge(ref s_youngLarge);
        s_youngLargeBytes = 0;
        FreeAllLarge(ref s_largeToSweep);
        s_largeBlocks.Free();
        s_rawBytes = 0;
        s_oldObjectsPointingToYoung.Free();
        s_oldObjectsWithCardsSet.Free();
        s_prebuiltRootObjects.Free();
        ShutdownMajor();
        ShadowStack.Free();
        GcRoots.Reset();
        s_nurseryClosed = false;
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
        byte* obj = NurseryFree;
        if (size > (nuint)(NurseryTop - obj))
            return MallocVarSizeSlow(typeId, size, lengthOffset, length);
        NurseryFree = obj + size;
        ((GcHeader*)obj)->TypeId = typeId;
        *(long*)(obj + lengthOffset) = length;
        return obj;
    }

    /// <summary>The slow path of <see cref="Malloc"/> (the inlined bump failed): the next zeroed chunk of
    /// the nursery, or a minor collection (and major steps), or a large object; null when memory is
    /// exhausted.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static byte* CollectAndReserve(int typeId, nuint size)
    {
        if (size >= s_largeObject)
            return MallocLarge(typeId, size, 0, 0);
        byte* obj = Reserve(size);
        if (obj != null)
            ((GcHeader*)obj)->TypeId = typeId;
        return obj;
    }

    /// <summary>The slow path of <see cref="MallocVarSize"/>, with the size computed.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static byte* MallocVarSizeSlow(int typeId, nuint size, long lengthOffset, long length)
    {
        if (size >= s_largeObject)
            return MallocLarge(typeId, size, lengthOffset, length);
        byte* obj = Reserve(size);
        if (obj != null)
        {
            ((GcHeader*)obj)->TypeId = typeId;
            *(long*)(obj + lengthOffset) = length;
        }
        return obj;
    }

    /// <summary>The write barrier, inlined: call before storing a GC pointer into a field of
    /// <paramref name="obj"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteBarrier(void* obj)
    {
        if ((((GcHeader*)obj)->Flags & GcFlags.TrackYoungPtrs) != 0)
            RememberYoungPointer(obj);
    }

    /// <summary>The write barrier for item <paramref name="index"/> of an array (or of a struct's
    /// inlined array), inlined: call before storing a GC pointer into that item.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteBarrierFromArray(void* array, long index)
    {
        if ((((GcHeader*)array)->Flags & GcFlags.TrackYoungPtrs) != 0)
            RememberYoungPointerFromArray(array, index);
    }

    /// <summary>The write barrier's slow path (its flag was set): <paramref name="obj"/> joins the
    /// remembered objects, which the next minor collection traces; a prebuilt object becomes a root.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void RememberYoungPointer(void* obj)
    {
        var header = (GcHeader*)obj;
        s_oldObjectsPointingToYoung.Push((nint)obj);
        header->Flags &= ~GcFlags.TrackYoungPtrs;
        if ((header->Flags & GcFlags.NoHeapPtrs) != 0)
        {
            header->Flags &= ~GcFlags.NoHeapPtrs;
            s_prebuiltRootObjects.Push((nint)obj);
        }
    }

    /// <summary>The array write barrier's slow path: an array with cards gets the bit of
    /// <paramref name="index"/>'s card (and joins the arrays with cards set); any other object is
    /// remembered whole.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void RememberYoungPointerFromArray(void* array, long index)
    {
        var header = (GcHeader*)array;
        if ((header->Flags & GcFlags.HasCards) == 0)
        {
            RememberYoungPointer(array);
            return;
        }
        long bit = index >> CardPageShift;
        byte* card = (byte*)array - 1 - (bit >> 3);
        byte mask = (byte)(1 << (int)(bit & 7));
        if ((*card & mask) != 0)
            return;
        *card |= mask;
        if ((header->Flags & GcFlags.CardsSet) == 0)
        {
            header->Flags |= GcFlags.CardsSet;
            s_oldObjectsWithCardsSet.Push((nint)array);
        }
    }

    /// <summary>The identity hash of <paramref name="obj"/>, the same for its whole life.</summary>
    public static long IdentityHash(void* obj) => GcHash.Of(obj);

    /// <summary>A full collection (rgc.collect()): finishes the major cycle in progress, then runs a
    /// complete one.</summary>
    public static void Collect()
    {
        long start = GcLog.Now();
        FullCollection();
        GcLog.Pause(start);
    }

    /// <summary>The bytes of the old generation: objects in the arenas, large objects and their cards.</summary>
    internal static long OldBytes => s_arenas!.TotalMemoryUsed + s_rawBytes;

    internal static long RawBytes => s_rawBytes;

    /// <summary>The bytes of dead large objects' memory kept for reuse.</summary>
    internal static long LargeBlockCacheBytes => s_largeBlocks.Bytes;

    internal static int ArenaCount => s_arenas!.ArenaCount;

    internal static long NurserySize => (long)s_nurserySize;

    internal static long LargeObjectThreshold => (long)s_largeObject;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsInNursery(void* obj) => (nuint)((byte*)obj - s_nursery) < s_nurserySize;

    /// <summary>Young: in the nursery, or a large object allocated since the last minor collection.</summary>
    internal static bool IsYoung(void* obj) => IsInNursery(obj) || (((GcHeader*)obj)->Flags & GcFlags.YoungLarge) != 0;

    /// <summary>The bytes of card marks an array of <paramref name="length"/> items has before its
    /// header (whole words, one bit per 128 items).</summary>
    internal static long CardBytes(long length) => ((length + (64L << CardPageShift) - 1) >> (CardPageShift + 6)) * 8;

    /// <summary>The card bytes before <paramref name="obj"/>'s header (0 without cards).</summary>
    private static long CardBytesOf(byte* obj)
    {
        if ((((GcHeader*)obj)->Flags & GcFlags.HasCards) == 0)
            return 0;
        return CardBytes(*(long*)(obj + GcTypes.Info(((GcHeader*)obj)->TypeId)->LengthOffset));
    }

    /// <summary>Sets NurseryTop at most a chunk ahead of NurseryFree (at NurseryFree when every
    /// allocation must take the slow path), zeroing the nursery up to it.</summary>
    private static void SetNurseryTop()
    {
        byte* top = s_stress || s_nurseryClosed ? NurseryFree : NurseryFree + Math.Min(s_nurseryCleanup, (nuint)(s_nurseryLimit - NurseryFree));
        if (top > s_nurseryCleaned)
        {
            NativeMemory.Clear(s_nurseryCleaned, (nuint)(top - s_nurseryCleaned));
            s_nurseryCleaned = top;
        }
        NurseryTop = top;
    }

    /// <summary><paramref name="size"/> zeroed bytes of the nursery (size below the large-object
    /// threshold), collecting first if the nursery is full; null for a MemoryError.</summary>
    private static byte* Reserve(nuint size)
    {
        if (s_stress || s_nurseryClosed || size > (nuint)(s_nurseryLimit - NurseryFree))
        {
            long start = GcLog.Now();
            MinorCollectionWithMajorProgress(0);
            if (!WithinMaxHeapSize(0))
                FullCollection();
            GcLog.Pause(start);
            s_nurseryClosed = !WithinMaxHeapSize(0);
            if (s_nurseryClosed)
            {
                SetNurseryTop();
                return null;
            }
        }
        else
            BetweenCollections();
        byte* obj = NurseryFree;
        NurseryFree = obj + size;
        SetNurseryTop();
        // The next minor collection's survivors get memory the OS has mapped already: a chunk of
        // arena pages is touched for each chunk of nursery handed out.
        s_arenas!.Prepare((long)s_nurseryCleanup);
        return obj;
    }

    /// <summary>A young large object (external_malloc), zeroed, with card bytes if it is an array of
    /// GC pointers, in memory a dead one of its size class left if there is some; null when the limit or
    /// the OS refuses it.</summary>
    private static byte* MallocLarge(int typeId, nuint size, long lengthOffset, long length)
    {
        var info = GcTypes.Info(typeId);
        long cardBytes = (info->Flags & GcTypeFlags.HasGcPointersInItems) != 0 ? CardBytes(length) : 0;
        nuint total = (nuint)cardBytes + size;
        if (s_stress || LargeAllocationCollects((long)total) || !WithinMaxHeapSize((long)total))
        {
            long start = GcLog.Now();
            MinorCollectionWithMajorProgress((long)total + ((long)s_nurserySize / 2));
            if (!WithinMaxHeapSize((long)total))
                FullCollection();
            GcLog.Pause(start);
            if (!WithinMaxHeapSize((long)total))
                return null;
        }
        else
            BetweenCollections();
        byte* memory = s_largeBlocks.TakeZeroed(total);
        if (memory == null)
            memory = GcMemory.TryAllocZeroed(s_largeBlocks.BlockSize(total));
        if (memory == null)
            return null;
        byte* obj = memory + cardBytes;
        var header = (GcHeader*)obj;
        header->TypeId = typeId;
        header->Flags = GcFlags.YoungLarge | (cardBytes > 0 ? GcFlags.HasCards : 0);
        if ((info->Flags & GcTypeFlags.IsVarSize) != 0)
            *(long*)(obj + lengthOffset) = length;
        s_youngLarge.Push((nint)obj);
        s_youngLargeBytes += (long)total;
        s_rawBytes += (long)total;
        return obj;
    }

    /// <summary>What the allocation slow path does when it does not collect: the next major step if it is
    /// due, and from a quarter of a nursery's allocation on, until it is done, the compile of the next of
    /// the collector's methods (<see cref="CollectorJit"/>).</summary>
    private static void BetweenCollections()
    {
        MajorStepIfDue();
        if (!CollectorJit.Done && AllocatedSinceMinor >= (long)s_nurserySize / 4)
            CollectorJit.CompileNext();
    }

    /// <summary>How much the program allocates between two minor collections (nursery objects and young
    /// large objects): the nursery's size, or half of it after a minor collection in which nearly
    /// everything survived.</summary>
    internal static long NurseryFill => s_nurseryLimit - s_nursery;

    /// <summary>Sets the next <see cref="NurseryFill"/> during a minor collection that follows
    /// <paramref name="allocated"/> bytes of allocation: half the nursery when nine tenths or more of it
    /// survive (a structure being built), else the whole nursery. A minor collection's pause is mostly
    /// copying the survivors (20 ns per object: 2 ms when a whole 4 MB nursery survives); when nearly
    /// everything survives, collecting twice as often halves the pause and copies no more, the same
    /// objects surviving either way. When less survives, a full nursery lets more of it die young
    /// (binary trees whose trees are as large as the nursery copied a third more with half a nursery).
    /// After less than a quarter of a nursery's allocation (a collection forced by the program or by a
    /// large object) the fill does not change.</summary>
    private static void SetNurseryFill(long allocated)
    {
        if (allocated < (long)s_nurserySize / 4)
            return;
        long fill = s_nurserySurvivingSize >= allocated * 9 / 10 ? (long)s_nurserySize / 2 : (long)s_nurserySize;
        s_nurseryLimit = s_nursery + (fill & ~7L);
    }

    /// <summary>What the program allocated since the last minor collection: the nursery used and the
    /// young large objects.</summary>
    private static long AllocatedSinceMinor => (NurseryFree - s_nursery) + s_youngLargeBytes;

    /// <summary>Whether a large allocation of <paramref name="bytes"/> first needs a minor collection (and
    /// major progress): when the allocation since the last one would pass the fill, as a full nursery
    /// does (the young large objects that died are freed, and a major cycle gets its work, once per
    /// nursery's worth of allocation), or, between cycles, when the old generation would pass its
    /// threshold (which starts one). During a cycle the old generation stays past the threshold until
    /// the sweep ends, so the threshold alone made every large allocation a minor collection.</summary>
    private static bool LargeAllocationCollects(long bytes) =>
        AllocatedSinceMinor + bytes > NurseryFill || (s_state == StateScanning && ThresholdReached(bytes));

    /// <summary>Whether the old generation can grow by <paramref name="extra"/> bytes and still hold a
    /// full nursery's survivors under RPYTHON_GC_MAX.</summary>
    private static bool WithinMaxHeapSize(long extra) =>
        s_maxHeapSize <= 0 || OldBytes + (long)s_nurserySize + extra <= s_maxHeapSize;

    /// <summary>Frees a large object's memory (with its card bytes): memory from MallocLarge goes to the
    /// cache of large blocks, that of an object which left the nursery back to the C library.</summary>
    private static void FreeLarge(byte* obj)
    {
        long cardBytes = CardBytesOf(obj);
        nuint total = (nuint)cardBytes + GcTypes.SizeOf(obj);
        s_rawBytes -= (long)total;
        if (total >= s_largeObject)  // allocated by MallocLarge: sized by the cache
            s_largeBlocks.Add(obj - cardBytes, total);
        else
            NativeMemory.Free(obj - cardBytes);
    }

    private static void FreeAllLarge(ref NativeStack list)
    {
        while (!list.IsEmpty)
        {
            byte* obj = (byte*)list.Pop();
            NativeMemory.Free(obj - CardBytesOf(obj));
        }
        list.Free();
    }
}
