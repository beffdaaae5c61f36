namespace Rpython.Runtime.Memory;

// The incremental major collection (incminimark's major_collection_step): a cycle of states, one
// bounded step at a time, each step right after a minor collection (so the nursery is empty and
// every reachable object is old or prebuilt):
//
// - SCANNING (one step): grey the roots — the prebuilt objects written since startup, the static
//   roots, the shadow stack — and go to MARKING.
// - MARKING: mark grey objects black (Visited, and TrackYoungPtrs so that the write barrier notices a
//   later store into them), greying their children, until RPYTHON_GC_INCREMENT_STEP bytes (or twice
//   what the last minor collection promoted) were marked. The program runs between steps; the
//   incremental-update invariant — no black object points to a white one the marker cannot find — is
//   kept by the write barrier (a written black object is re-greyed at the next minor collection) and
//   by minor collections queueing every root object. When nothing is grey, the non-stack roots are
//   scanned once more (a prebuilt object may have become a root meanwhile), the sweep is prepared
//   (the arenas' pages and the large objects are set aside, so objects promoted from now on are never
//   swept) and the cycle goes to SWEEPING.
// - SWEEPING: free unvisited large objects, then arena blocks, a bounded number per step; survivors
//   lose Visited. At the end: the prebuilt roots lose Visited, and the next threshold is set from what
//   survived. → FINALIZING.
// - FINALIZING: (no finalizers yet) → SCANNING.
//
// Pacing: each step raises threshold_objects_made_old by half a nursery; after a minor collection,
// steps continue while more bytes were promoted this cycle than that, so promotion cannot outrun
// marking.
public static unsafe partial class IncMiniMarkGc
{
    internal const int StateScanning = 0;
    internal const int StateMarking = 1;
    internal const int StateSweeping = 2;
    internal const int StateFinalizing = 3;

    private static int s_state;
    private static NativeStack s_objectsToTrace;
    private static NativeStack s_moreObjectsToTrace;

    private static double s_majorCollectionThreshold;
    private static double s_growthRateMax;
    private static double s_minHeapSize;
    private static double s_maxDelta;
    private static double s_nextMajorCollectionInitial;
    private static double s_nextMajorCollectionThreshold;
    private static long s_maxHeapSize;
    private static long s_incrementStep;
    private static long s_sizeObjectsMadeOld;
    private static long s_thresholdObjectsMadeOld;
    private static long s_pageSize;

    internal static int State => s_state;

    internal static string StateName => NameOf(s_state);

    /// <summary>The old-generation size at which the next major cycle starts.</summary>
    internal static double NextMajorCollectionThreshold => s_nextMajorCollectionThreshold;

    /// <summary>One minor collection and one major step (rgc.collect_step()).</summary>
    internal static void CollectStep()
    {
        long start = GcLog.Now();
        MinorCollection();
        MajorCollectionStep(0);
        GcLog.Pause(start);
    }

    // A method, not a static array: a static initializer would give the class a static constructor,
    // and the fast paths' static fields an initialization check.
    private static string NameOf(int state) => state switch
    {
        StateScanning => "SCANNING",
        StateMarking => "MARKING",
        StateSweeping => "SWEEPING",
        _ => "FINALIZING",
    };

    private static void InitializeMajor(GcConfig config)
    {
        s_state = StateScanning;
        double nursery = s_nurserySize;
        s_majorCollectionThreshold = config.MajorCollectionThreshold;
        s_growthRateMax = config.GrowthRateMax;
        s_minHeapSize = Math.Max(config.MinHeapSize > 0 ? config.MinHeapSize : 8 * nursery, nursery * s_majorCollectionThreshold);
        s_maxHeapSize = config.MaxHeapSize;
        long memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        s_maxDelta = config.MaxDelta > 0 ? config.MaxDelta : 0.125 * (memory > 0 ? memory : 8L << 30);
        s_incrementStep = config.IncrementStep > 0 ? config.IncrementStep : 4 * (long)s_nurserySize;
        s_pageSize = config.PageSize;
        s_nextMajorCollectionInitial = s_nextMajorCollectionThreshold = s_minHeapSize;
        SetMajorThresholdFrom(0, 0);
        s_sizeObjectsMadeOld = s_thresholdObjectsMadeOld = 0;
    }

    private static void ShutdownMajor()
    {
        s_objectsToTrace.Free();
        s_moreObjectsToTrace.Free();
        s_state = StateScanning;
    }

    private static bool ThresholdReached(long extra) => s_nextMajorCollectionThreshold - OldBytes < extra;

    /// <summary>The next threshold: <paramref name="threshold"/>, but at most growth × the previous one,
    /// at least the minimum heap size, at most the maximum.</summary>
    private static void SetMajorThresholdFrom(double threshold, long reserving)
    {
        threshold = Math.Min(threshold, s_nextMajorCollectionInitial * s_growthRateMax) + reserving;
        threshold = Math.Max(threshold, s_minHeapSize);
        if (s_maxHeapSize > 0)
            threshold = Math.Min(threshold, s_maxHeapSize);
        s_nextMajorCollectionInitial = s_nextMajorCollectionThreshold = threshold;
    }

    /// <summary>Finishes the cycle in progress, then runs a complete one.</summary>
    private static void FullCollection()
    {
        StepUntil(StateScanning);
        StepUntil(StateMarking);
        StepUntil(StateScanning);
    }

    private static void StepUntil(int state)
    {
        while (s_state != state)
        {
            MinorCollection();
            MajorCollectionStep(0);
        }
    }

    private static void MajorCollectionStep(long reserving)
    {
        long start = GcLog.Now();
        int from = s_state;
        long marked = 0, freed = 0;
        s_thresholdObjectsMadeOld += (long)s_nurserySize / 2;
        switch (s_state)
        {
            case StateScanning:
                s_sizeObjectsMadeOld = 0;
                s_thresholdObjectsMadeOld = (long)s_nurserySize / 2;
                CollectNonStackRoots();
                for (nint* slot = ShadowStack.Base; slot < ShadowStack.Top; slot++)
                    Grey(*slot);
                s_state = StateMarking;
                break;
            case StateMarking:
                long budget = Math.Max(s_incrementStep, 2 * s_nurserySurvivingSize);
                long remaining = VisitStep(budget, ref marked);
                if (remaining >= budget / 2 && !s_moreObjectsToTrace.IsEmpty)
                {
                    // Less than half the budget was used, and minor collections queued more: finish
                    // them all now, so that marking ends.
                    NativeStack.Swap(ref s_objectsToTrace, ref s_moreObjectsToTrace);
                    VisitAll(ref marked);
                }
                if (s_objectsToTrace.IsEmpty && s_moreObjectsToTrace.IsEmpty)
                {
                    CollectNonStackRoots();
                    VisitAll(ref marked);
                    s_arenas!.PrepareSweep();
                    NativeStack.Swap(ref s_oldLarge, ref s_largeToSweep);
                    s_state = StateSweeping;
                }
                break;
            case StateSweeping:
                bool done = false;
                if (!s_largeToSweep.IsEmpty)
                    SweepLargeStep(3 * (long)s_nurserySize / (long)s_smallRequestThreshold, ref freed);
                else
                    done = s_arenas!.SweepStep(3 * (long)s_nurserySize / s_pageSize, ref freed);
                if (done)
                {
                    for (int i = 0; i < s_prebuiltRootObjects.Count; i++)
                        ((GcHeader*)s_prebuiltRootObjects[i])->Flags &= ~GcFlags.Visited;
                    double used = OldBytes;
                    SetMajorThresholdFrom(Math.Min(used * s_majorCollectionThreshold, used + s_maxDelta), reserving);
                    GcLog.Stats.MajorCollections++;
                    s_state = StateFinalizing;
                }
                break;
            default:
                s_state = StateScanning;  // no finalizers to run yet
                break;
        }
        GcLog.MajorStep(start, NameOf(from), NameOf(s_state), marked, freed, OldBytes);
        if (s_checkHeap)
            CheckHeap("after a major step");
    }

    /// <summary>The roots other than the stack: the prebuilt objects written since startup and the
    /// static roots.</summary>
    private static void CollectNonStackRoots()
    {
        for (int i = 0; i < s_prebuiltRootObjects.Count; i++)
            Grey(s_prebuiltRootObjects[i]);
        for (int i = 0; i < GcRoots.StaticRootCount; i++)
            Grey(*(nint*)GcRoots.StaticRoot(i));
    }

    private static void Grey(nint obj)
    {
        if (obj != 0)
            s_objectsToTrace.Push(obj);
    }

    /// <summary>Marks grey objects until <paramref name="budget"/> bytes were marked; returns what is
    /// left of the budget (0 if it ran out).</summary>
    private static long VisitStep(long budget, ref long marked)
    {
        while (!s_objectsToTrace.IsEmpty)
        {
            long size = Visit((byte*)s_objectsToTrace.Pop());
            marked += size;
            budget -= size;
            if (budget < 0)
                return 0;
        }
        return budget;
    }

    private static void VisitAll(ref long marked)
    {
        while (!s_objectsToTrace.IsEmpty)
            VisitStep(long.MaxValue, ref marked);
    }

    /// <summary>Marks <paramref name="obj"/> black and greys its children; returns its size (0 if it
    /// was already marked or is a prebuilt object that cannot point into the heap).</summary>
    private static long Visit(byte* obj)
    {
        var header = (GcHeader*)obj;
        if ((header->Flags & (GcFlags.Visited | GcFlags.NoHeapPtrs)) != 0)
            return 0;
        var info = GcTypes.Info(header->TypeId);
        if ((info->Flags & GcTypeFlags.NoGcPointers) == 0)
        {
            header->Flags |= GcFlags.Visited | GcFlags.TrackYoungPtrs;
            var greyer = default(GreyVisitor);
            GcTypes.Trace(obj, ref greyer);
        }
        else
            header->Flags |= GcFlags.Visited;
        return (long)GcTypes.SizeOf(obj, info);
    }

    private struct GreyVisitor : IGcSlotVisitor
    {
        public readonly void Visit(nint* slot)
        {
            if ((((GcHeader*)*slot)->Flags & (GcFlags.Visited | GcFlags.NoHeapPtrs)) == 0)
                s_objectsToTrace.Push(*slot);
        }
    }

    /// <summary>Frees up to <paramref name="limit"/> unvisited large objects; the visited ones stay,
    /// unmarked.</summary>
    private static void SweepLargeStep(long limit, ref long freed)
    {
        while (!s_largeToSweep.IsEmpty && limit-- > 0)
        {
            byte* obj = (byte*)s_largeToSweep.Pop();
            var header = (GcHeader*)obj;
            if ((header->Flags & GcFlags.Visited) != 0)
            {
                header->Flags &= ~GcFlags.Visited;
                s_oldLarge.Push((nint)obj);
                continue;
            }
            long before = s_rawBytes;
            FreeLarge(obj);
            freed += before - s_rawBytes;
            GcLog.Stats.ObjectsFreed++;
        }
    }
}
