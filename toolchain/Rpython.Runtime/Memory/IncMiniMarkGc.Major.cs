using System.Runtime.CompilerServices;

namespace Rpython.Runtime.Memory;

// The incremental major collection (incminimark's major_collection_step): a cycle of states, one
// bounded step at a time:
//
// - SCANNING (one step, right after a minor collection): grey the roots — the prebuilt objects
//   written since startup, the static roots, the shadow stack — and go to MARKING.
// - MARKING: mark grey objects black (Visited), greying their children, until the step's budget of
//   bytes is marked. The program runs between steps; the incremental-update invariant — no black
//   object points to a white one the marker cannot find — is kept by the write barrier (a written
//   black object is re-greyed at the next minor collection), by minor collections queueing every
//   root object not yet marked, and by objects promoted while marking being born black (their old
//   children are greyed as the copies are traced). When nothing is grey right after a minor
//   collection, the non-stack roots are scanned once more (a prebuilt object may have become a root
//   meanwhile), the sweep is prepared (the arenas' pages and the large objects are set aside, so
//   objects promoted from now on are never swept) and the cycle goes to SWEEPING. Young objects are
//   never marked: a step between minor collections skips them (an old object pointing to one is
//   remembered, so it is re-greyed and its young children, once copied, found).
// - SWEEPING: free unvisited large objects, then arena blocks, within the step's budget; survivors
//   lose Visited. At the end: the prebuilt roots lose Visited, and the next threshold is set from what
//   survived. → FINALIZING.
// - FINALIZING: (no finalizers yet) → SCANNING.
//
// Pacing, and what bounds a pause: every minor collection during a cycle owes the cycle a quota of
// work — as many bytes as the program allocates until the next one (the nursery's fill), or twice
// what it promoted if more (so marking outruns promotion) — done in steps of RPYTHON_GC_INCREMENT_STEP
// bytes (a quarter of the nursery): the first right after the minor collection, the others spread
// over the next fill's allocation (nursery objects and young large objects), each a pause of its own (a swept page counts half its
// bytes). A pause is then at most a minor collection and one step. Marking ends only in the step
// right after a minor collection; if that step cannot empty the grey objects a minor collection
// queued, its budget doubles for the next try, so every cycle ends. A safety net remains: the work
// done pays for promoting half as many bytes (threshold_objects_made_old); when more was promoted
// during the cycle (large objects), minor collections and steps repeat in one pause until it is paid
// for.
public static unsafe partial class IncMiniMarkGc
{
    internal const int StateScanning = 0;
    internal const int StateMarking = 1;
    internal const int StateSweeping = 2;
    internal const int StateFinalizing = 3;

    private static int s_state;
    private static NativeStack s_objectsToTrace;

    private static double s_majorCollectionThreshold;
    private static double s_growthRateMax;
    private static double s_minHeapSize;
    private static double s_maxDelta;
    private static double s_nextMajorCollectionInitial;
    private static double s_nextMajorCollectionThreshold;
    private static long s_maxHeapSize;
    private static long s_incrementStep;
    private static long s_finishBudget;     // the marking step right after a minor collection's budget
    private static long s_stepQuota;        // work the last minor collection still owes the cycle
    private static long s_nextStepAt;       // the allocation since the minor collection at which the next runs
    private static long s_stepSpacing;
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
        MajorCollectionStep(0, StepBudget());
        GcLog.Pause(start);
    }

    /// <summary>A minor collection, then, if a major cycle is in progress or the old generation passed
    /// its threshold, one major step and the quota of steps to run while the nursery refills; more
    /// minor collections and steps at once while promotion outruns the cycle.</summary>
    private static void MinorCollectionWithMajorProgress(long extraSize)
    {
        MinorCollection();
        if (s_state == StateScanning && !ThresholdReached(extraSize))
            return;
        long quota = Math.Max(NurseryFill, 2 * s_nurserySurvivingSize);
        s_thresholdObjectsMadeOld += quota / 2;  // the promotion this work pays for
        long budget = StepBudget();
        MajorCollectionStep(extraSize, budget);
        while (s_state != StateScanning)
        {
            long threshold = s_thresholdObjectsMadeOld;
            if (threshold >= extraSize && s_sizeObjectsMadeOld <= threshold - extraSize)
                break;
            MinorCollection();
            MajorCollectionStep(extraSize, s_incrementStep);
            s_thresholdObjectsMadeOld += s_incrementStep / 2;
        }
        if (s_state is StateMarking or StateSweeping && quota > budget)
        {
            s_stepQuota = quota - budget;
            long steps = (s_stepQuota + s_incrementStep - 1) / s_incrementStep;
            s_stepSpacing = NurseryFill / (steps + 1);
            s_nextStepAt = s_stepSpacing;
        }
    }

    /// <summary>Runs the next of the steps a minor collection owes once the program has allocated up
    /// to its place (the allocation slow path asks at every chunk of the nursery and large object).</summary>
    private static void MajorStepIfDue()
    {
        if (s_stepQuota <= 0 || AllocatedSinceMinor < s_nextStepAt)
            return;
        long start = GcLog.Now();
        long budget = Math.Min(s_stepQuota, s_incrementStep);
        s_stepQuota = MajorCollectionStep(0, budget) ? s_stepQuota - budget : 0;
        s_nextStepAt += s_stepSpacing;
        GcLog.Pause(start);
    }

    /// <summary>The budget of the step right after a minor collection: a step's, or while marking
    /// has caught up with the grey objects, the finishing budget.</summary>
    private static long StepBudget() => s_state == StateMarking && s_markingCaughtUp ? s_finishBudget : s_incrementStep;

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
        s_incrementStep = config.IncrementStep > 0 ? config.IncrementStep : (long)s_nurserySize / 4;
        s_pageSize = config.PageSize;
        s_nextMajorCollectionInitial = s_nextMajorCollectionThreshold = s_minHeapSize;
        SetMajorThresholdFrom(0, 0);
        s_sizeObjectsMadeOld = s_thresholdObjectsMadeOld = s_stepQuota = 0;
    }

    private static void ShutdownMajor()
    {
        s_objectsToTrace.Free();
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
            MajorCollectionStep(0, long.MaxValue);
        }
    }

    /// <summary>One step of the cycle, doing up to <paramref name="budget"/> bytes of work. Right after a
    /// minor collection (the nursery empty) any state may advance; between minor collections only
    /// marking and sweeping work is done. Returns false when there was nothing to do until the next
    /// minor collection.</summary>
    private static bool MajorCollectionStep(long reserving, long budget)
    {
        bool afterMinor = NurseryFree == s_nursery && s_youngLarge.IsEmpty;
        if (!afterMinor && s_state is not (StateMarking or StateSweeping))
            return false;
        long start = GcLog.Now();
        int from = s_state;
        long marked = 0, freed = 0;
        bool worked = true;
        switch (s_state)
        {
            case StateScanning:
                s_sizeObjectsMadeOld = 0;
                s_thresholdObjectsMadeOld = (long)s_nurserySize / 2;
                s_finishBudget = s_incrementStep;
                CollectNonStackRoots();
                for (nint* slot = ShadowStack.Base; slot < ShadowStack.Top; slot++)
                    Grey(*slot);
                s_state = StateMarking;
                break;
            case StateMarking:
                VisitStep(budget, ref marked);
                if (!s_objectsToTrace.IsEmpty)
                {
                    if (afterMinor && s_markingCaughtUp)
                        s_finishBudget = Math.Min(2 * s_finishBudget, long.MaxValue / 2);
                    break;
                }
                worked = marked > 0;
                if (!afterMinor)
                    break;
                CollectNonStackRoots();
                VisitAll(ref marked);
                s_arenas!.PrepareSweep();
                NativeStack.Swap(ref s_oldLarge, ref s_largeToSweep);
                s_state = StateSweeping;
                break;
            case StateSweeping:
                bool done = false;
                if (!s_largeToSweep.IsEmpty)
                    SweepLargeStep(Math.Max(budget / (long)s_smallRequestThreshold, 1), ref freed);
                else
                    done = s_arenas!.SweepStep(Math.Max(budget / s_pageSize * 2, 1), ref freed);
                if (done)
                {
                    for (int i = 0; i < s_prebuiltRootObjects.Count; i++)
                        ((GcHeader*)s_prebuiltRootObjects[i])->Flags &= ~GcFlags.Visited;
                    double used = OldBytes;
                    SetMajorThresholdFrom(Math.Min(used * s_majorCollectionThreshold, used + s_maxDelta), reserving);
                    GcLog.Stats.MajorCollections++;
                    s_state = StateFinalizing;
                    worked = false;
                }
                break;
            default:
                s_state = StateScanning;  // no finalizers to run yet
                break;
        }
        GcLog.MajorStep(start, NameOf(from), NameOf(s_state), marked, freed, OldBytes);
        if (s_checkHeap)
            CheckHeap("after a major step");
        return worked;
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

    /// <summary>Marks grey objects until <paramref name="budget"/> bytes were marked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void VisitStep(long budget, ref long marked)
    {
        while (!s_objectsToTrace.IsEmpty && budget >= 0)
        {
            long size = Visit((byte*)s_objectsToTrace.Pop());
            marked += size;
            budget -= size;
        }
    }

    private static void VisitAll(ref long marked) => VisitStep(long.MaxValue, ref marked);

    /// <summary>Marks <paramref name="obj"/> black and greys its children; returns its size (0 if it
    /// was already marked or is a prebuilt object that cannot point into the heap).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long Visit(byte* obj)
    {
        var header = (GcHeader*)obj;
        if ((header->Flags & (GcFlags.Visited | GcFlags.NoHeapPtrs)) != 0)
            return 0;
        header->Flags |= GcFlags.Visited;
        var info = GcTypes.Info(header->TypeId);
        if ((info->Flags & GcTypeFlags.NoGcPointers) == 0)
        {
            var greyer = default(GreyVisitor);
            GcTypes.Trace(obj, ref greyer);
        }
        return (long)GcTypes.SizeOf(obj, info);
    }

    /// <summary>Greys <paramref name="obj"/> if it is old and white.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void GreyIfWhite(byte* obj)
    {
        if ((((GcHeader*)obj)->Flags & (GcFlags.Visited | GcFlags.NoHeapPtrs | GcFlags.YoungLarge)) == 0 && !IsInNursery(obj))
            s_objectsToTrace.Push((nint)obj);
    }

    private struct GreyVisitor : IGcSlotVisitor
    {
        public readonly void Visit(nint* slot) => GreyIfWhite((byte*)*slot);
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
