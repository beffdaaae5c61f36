using System.Runtime.CompilerServices;

namespace Rpython.Runtime.Memory;

// Minor collections (incminimark's _minor_collection): find the young objects still reachable and
// make them old. Reachable means: from a root (a shadow stack slot, a static root), from a remembered
// old object (the write barrier fired on it since the last minor collection), from a marked card of a
// large array, or from a young object itself reachable. Nothing else is traced: old objects that
// were not written cannot point to young ones.
//
// A nursery object reached is copied into the old generation (an arena block, or memory of its own
// above 280 bytes); the stale copy is marked Forwarded with its new address, so later pointers to it
// are updated; the copy, if it has GC pointers, joins the remembered objects, and is traced in turn
// (Cheney-like, until the lists are empty). A young large object reached is flagged VisitedRmy and
// traced whole; those not reached are freed. Popping a remembered object sets TrackYoungPtrs again.
//
// During MARKING, a minor collection also keeps the incremental marker's invariant: every object a
// root points to and not yet marked is queued grey, a black object that was written (remembered,
// or with cards set) becomes grey again, since it may now point to a white object, and the objects
// it makes old are born black, their old children greyed (so what a minor collection leaves to mark
// is the roots and the written objects, not everything it promoted).
//
// Invariants after a minor collection: the nursery is empty and no reachable object points into it;
// there is no young large object; the remembered lists are empty, so every old object with GC
// pointers has TrackYoungPtrs again.
public static unsafe partial class IncMiniMarkGc
{
    private static long s_nurserySurvivingSize;
    private static bool s_markingCaughtUp;  // nothing was grey when the minor collection started

    internal static void MinorCollection()
    {
        long start = GcLog.Now();
        long nurseryUsed = NurseryFree - s_nursery;
        if (s_checkHeap)
            CheckHeap("before a minor collection");
        s_nurserySurvivingSize = 0;
        s_stepQuota = 0;
        s_markingCaughtUp = s_state == StateMarking && s_objectsToTrace.IsEmpty;
        if (s_state == StateMarking)
        {
            for (int i = 0; i < s_oldObjectsPointingToYoung.Count; i++)
                Regrey((byte*)s_oldObjectsPointingToYoung[i]);
        }
        ShadowStack.CheckBounds();
        for (nint* slot = ShadowStack.Base; slot < ShadowStack.Top; slot++)
        {
            if (*slot != 0)
                DragOutRoot(slot);
        }
        for (int i = 0; i < GcRoots.StaticRootCount; i++)
        {
            var root = (nint*)GcRoots.StaticRoot(i);
            if (*root != 0)
                DragOutRoot(root);
        }
        do
        {
            CollectCardRefsToNursery();
            CollectOldRefsToNursery();
        }
        while (!s_oldObjectsWithCardsSet.IsEmpty);
        SetNurseryFill(AllocatedSinceMinor);
        FreeYoungLargeObjects();
        s_youngLargeBytes = 0;
        NurseryFree = s_nurseryCleaned = s_nursery;
        SetNurseryTop();
        s_sizeObjectsMadeOld += s_nurserySurvivingSize;
        GcLog.Minor(start, nurseryUsed, s_nurserySurvivingSize, OldBytes);
        if (s_checkHeap)
            CheckHeap("after a minor collection");
    }

    /// <summary>A root: its object is made old, and while marking, queued grey unless already marked.</summary>
    private static void DragOutRoot(nint* slot)
    {
        DragOut(slot);
        if (s_state == StateMarking && (((GcHeader*)*slot)->Flags & GcFlags.Visited) == 0)
            s_objectsToTrace.Push(*slot);
    }

    /// <summary>A black object that may have got a pointer to a white one becomes grey again.</summary>
    private static void Regrey(byte* obj)
    {
        var header = (GcHeader*)obj;
        if ((header->Flags & GcFlags.Visited) == 0)
            return;
        header->Flags &= ~GcFlags.Visited;
        s_objectsToTrace.Push((nint)obj);
    }

    /// <summary>Traces the marked cards of the large arrays written since the last minor collection,
    /// and clears the marks. An array also remembered whole is traced whole later instead.</summary>
    private static void CollectCardRefsToNursery()
    {
        var dragOut = default(DragOutVisitor);
        while (!s_oldObjectsWithCardsSet.IsEmpty)
        {
            byte* obj = (byte*)s_oldObjectsWithCardsSet.Pop();
            var header = (GcHeader*)obj;
            header->Flags &= ~GcFlags.CardsSet;
            long length = *(long*)(obj + GcTypes.Info(header->TypeId)->LengthOffset);
            long bytes = (length + (8L << CardPageShift) - 1) >> (CardPageShift + 3);
            bool tracedWhole = (header->Flags & GcFlags.TrackYoungPtrs) == 0;
            for (long b = 0; b < bytes; b++)
            {
                byte* card = obj - 1 - b;
                int bits = *card;
                *card = 0;
                if (tracedWhole)
                    continue;
                for (int bit = 0; bits != 0; bit++, bits >>= 1)
                {
                    if ((bits & 1) == 0)
                        continue;
                    long first = ((b << 3) + bit) << CardPageShift;
                    long stop = Math.Min(first + (1 << CardPageShift), length);
                    if (first < stop)
                    {
                        GcTypes.TraceItems(obj, first, stop, ref dragOut);
                        GcLog.Stats.CardItemsScanned += stop - first;
                    }
                }
            }
            if (!tracedWhole && s_state == StateMarking)
                Regrey(obj);
        }
    }

    /// <summary>Traces the remembered objects (and the copies made meanwhile) until none is left. A
    /// marked one is an object promoted black while marking (written black objects were re-greyed):
    /// its old children are greyed too.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CollectOldRefsToNursery()
    {
        var dragOut = default(DragOutVisitor);
        var dragOutAndGrey = default(DragOutAndGreyVisitor);
        while (!s_oldObjectsPointingToYoung.IsEmpty)
        {
            byte* obj = (byte*)s_oldObjectsPointingToYoung.Pop();
            var header = (GcHeader*)obj;
            header->Flags |= GcFlags.TrackYoungPtrs;
            if ((header->Flags & GcFlags.Visited) != 0)
                GcTypes.Trace(obj, ref dragOutAndGrey);
            else
                GcTypes.Trace(obj, ref dragOut);
        }
    }

    private struct DragOutVisitor : IGcSlotVisitor
    {
        public readonly void Visit(nint* slot) => DragOut(slot);
    }

    private struct DragOutAndGreyVisitor : IGcSlotVisitor
    {
        public readonly void Visit(nint* slot)
        {
            DragOut(slot);
            GreyIfWhite((byte*)*slot);
        }
    }

    /// <summary>Makes the object <paramref name="slot"/> points to old (copying it out of the nursery,
    /// or keeping a young large object) and updates the slot. Inlined into the tracing loops: most
    /// pointers are to an object already copied, or to an old one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void DragOut(nint* slot)
    {
        byte* obj = (byte*)*slot;
        if ((nuint)(obj - s_nursery) < s_nurserySize)
        {
            var header = (GcHeader*)obj;
            *slot = (header->Flags & GcFlags.Forwarded) != 0 ? header->Reserved : (nint)CopyOut(obj);
        }
        else if (!s_youngLarge.IsEmpty)  // else an old object: its header is not even read
            KeepYoungLarge(obj);
    }

    /// <summary>Copies a nursery object into the old generation, leaving its forwarding address behind;
    /// returns the copy, which is queued to be traced if it has GC pointers, and born marked while marking.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static byte* CopyOut(byte* obj)
    {
        var header = (GcHeader*)obj;
        var info = GcTypes.Info(header->TypeId);
        nuint size = GcTypes.SizeOf(obj, info);
        s_nurserySurvivingSize += (long)size;
        byte* copy = size <= s_smallRequestThreshold ? s_arenas!.Malloc(size) : MallocOldLarge(size);
        if (size <= 64)
        {
            // Word by word: most objects are a few words, below what a call of memmove is worth.
            for (nuint i = 0; i < size; i += 8)
                *(long*)(copy + i) = *(long*)(obj + i);
        }
        else
            Buffer.MemoryCopy(obj, copy, size, size);
        header->Flags |= GcFlags.Forwarded;
        header->Reserved = (nint)copy;
        if (s_state == StateMarking)
            ((GcHeader*)copy)->Flags |= GcFlags.Visited;
        if ((info->Flags & GcTypeFlags.NoGcPointers) == 0)
            s_oldObjectsPointingToYoung.Push((nint)copy);
        return copy;
    }

    /// <summary>A young large object reached: it stays where it is, and is traced if it has GC pointers.</summary>
    private static void KeepYoungLarge(byte* obj)
    {
        var header = (GcHeader*)obj;
        if ((header->Flags & (GcFlags.YoungLarge | GcFlags.VisitedRmy)) != GcFlags.YoungLarge)
            return;
        header->Flags |= s_state == StateMarking ? GcFlags.VisitedRmy | GcFlags.Visited : GcFlags.VisitedRmy;
        s_sizeObjectsMadeOld += CardBytesOf(obj) + (long)GcTypes.SizeOf(obj);
        if (GcTypes.HasGcPointers(obj))
            s_oldObjectsPointingToYoung.Push((nint)obj);
    }

    /// <summary>Old memory of its own for an object leaving the nursery above the small-request
    /// threshold. The program stops if the OS refuses (a collection cannot fail).</summary>
    private static byte* MallocOldLarge(nuint size)
    {
        byte* obj = GcMemory.Alloc(size, "an object leaving the nursery");
        s_oldLarge.Push((nint)obj);
        s_rawBytes += (long)size;
        return obj;
    }
    /// <summary>The young large objects reached become old; the others are freed.</summary>
    private static void FreeYoungLargeObjects()
    {
        while (!s_youngLarge.IsEmpty)
        {
            byte* obj = (byte*)s_youngLarge.Pop();
            var header = (GcHeader*)obj;
            if ((header->Flags & GcFlags.VisitedRmy) != 0)
            {
                header->Flags &= ~(GcFlags.VisitedRmy | GcFlags.YoungLarge);
                if (GcTypes.HasGcPointers(obj))
                    header->Flags |= GcFlags.TrackYoungPtrs;
                s_oldLarge.Push((nint)obj);
            }
            else
                FreeLarge(obj);
        }
    }
}
