using Rpython.Runtime.Memory;
using static Rpython.Tests.Memory.TestHeap;

namespace Rpython.Tests.Memory;

/// <summary>
/// incminimark's own machinery, driven directly: objects move once (out of the nursery), the write
/// barrier and the remembered set, large objects outside the nursery, card marking, the incremental
/// major collection interleaved with mutation (a white object stored into a black one), sweeping,
/// prebuilt objects becoming roots, and the threshold that starts major cycles by itself.
/// </summary>
[TestFixture]
internal sealed unsafe class IncMiniMarkTests
{
    [SetUp]
    public void SetUp() => Start(GcKind.IncMiniMark, SmallConfig with { CheckHeap = true });

    [TearDown]
    public void TearDown() => Stop();

    private static void Restart(GcConfig config)
    {
        Stop();
        Start(GcKind.IncMiniMark, config);
    }

    private static int Flags(byte* obj) => ((GcHeader*)obj)->Flags;

    [Test]
    public void AnObjectMovesOnceOutOfTheNurseryAndNeverAgain()
    {
        int node = Push(NewNode(5));
        Assert.That(IncMiniMarkGc.IsInNursery(Root(node)));
        IncMiniMarkGc.MinorCollection();
        byte* old = Root(node);
        Assert.That(!IncMiniMarkGc.IsInNursery(old));
        Assert.That(Flags(old) & GcFlags.TrackYoungPtrs, Is.Not.Zero, "an old object with pointers is tracked");
        for (int i = 0; i < 30000; i++)
            NewNode(i);
        IncMiniMarkGc.Collect();
        IncMiniMarkGc.Collect();
        Assert.That(Root(node) == old);
        Assert.That(*(long*)(old + Value), Is.EqualTo(5));
    }

    [Test]
    public void AnOldObjectPointingToAYoungOneIsRememberedByTheWriteBarrier()
    {
        int old = Push(NewNode(1));
        IncMiniMarkGc.MinorCollection();
        Store(Root(old), A, NewNode(2));
        Assert.That(Flags(Root(old)) & GcFlags.TrackYoungPtrs, Is.Zero, "the barrier fired and cleared the flag");
        Store(Root(old), B, NewNode(3));  // the second store does not call the slow path again
        IncMiniMarkGc.MinorCollection();
        byte* young = Field(Root(old), A);
        Assert.That(!IncMiniMarkGc.IsInNursery(young) && *(long*)(young + Value) == 2);
        Assert.That(*(long*)(Field(Root(old), B) + Value), Is.EqualTo(3));
        Assert.That(Flags(Root(old)) & GcFlags.TrackYoungPtrs, Is.Not.Zero, "tracked again after the minor collection");
    }

    [Test]
    public void TheHeapCheckerFindsAMissingWriteBarrier()
    {
        int old = Push(NewNode(1));
        IncMiniMarkGc.MinorCollection();
        *(byte**)(Root(old) + A) = NewNode(2);  // no barrier
        var error = Assert.Throws<HeapCorruptedException>(() => IncMiniMarkGc.CheckHeap())!;
        Assert.That(error.Message, Does.Contain("missing write barrier"));
        IncMiniMarkGc.WriteBarrier(Root(old));
        IncMiniMarkGc.CheckHeap();
    }

    [Test]
    public void LargeObjectsAreAllocatedOutsideTheNurseryAndFreedWhenUnreachable()
    {
        long rawBefore = IncMiniMarkGc.RawBytes;
        byte* garbage = MallocVarSize(IntArray, 2000);
        Assert.That(!IncMiniMarkGc.IsInNursery(garbage) && (Flags(garbage) & GcFlags.YoungLarge) != 0);
        int kept = Push(MallocVarSize(IntArray, 3000));
        byte* address = Root(kept);
        *(long*)(address + 24) = 77;
        Assert.That(IncMiniMarkGc.RawBytes - rawBefore, Is.EqualTo(24 + (2000 * 8) + 24 + (3000 * 8)));
        IncMiniMarkGc.MinorCollection();
        Assert.That(IncMiniMarkGc.RawBytes - rawBefore, Is.EqualTo(24 + (3000 * 8)), "the unreachable one is freed at once");
        Assert.That(Root(kept) == address, "large objects never move");
        Assert.That(Flags(address) & GcFlags.YoungLarge, Is.Zero);
        Assert.That(IntItem(address, 0), Is.EqualTo(77));
    }

    [Test]
    public void TheMemoryOfADeadLargeObjectIsReusedZeroedByTheNextOfItsSizeClass()
    {
        byte* dead = MallocVarSize(IntArray, 2000);
        new Span<long>(dead + 24, 2000).Fill(-1);
        IncMiniMarkGc.MinorCollection();
        Assert.That(IncMiniMarkGc.LargeBlockCacheBytes, Is.EqualTo(16 << 10), "16 024 bytes, in the class of 16 KB");
        byte* reused = MallocVarSize(IntArray, 1950);
        Assert.That(reused == dead);
        Assert.That(Length(reused), Is.EqualTo(1950));
        Assert.That(new Span<long>(reused + 24, 1950).IndexOfAnyExcept(0L), Is.EqualTo(-1), "zeroed");
        Assert.That(IncMiniMarkGc.LargeBlockCacheBytes, Is.Zero);
        Assert.That(MallocVarSize(IntArray, 1000) != dead, "another class");
    }

    [Test]
    public void AnArrayOfPointersInReusedMemoryHasNoItemsAndCleanCards()
    {
        int first = Push(MallocVarSize(PtrArray, 2000));
        IncMiniMarkGc.MinorCollection();
        for (int i = 0; i < 2000; i += 100)
            StoreItem(Root(first), i, NewNode(i));  // young items: card bits set
        byte* memory = Root(first) - IncMiniMarkGc.CardBytes(2000);
        SetRoot(first, null);
        IncMiniMarkGc.Collect();  // swept: its memory is cached
        Assert.That(IncMiniMarkGc.LargeBlockCacheBytes, Is.GreaterThan(0));
        int second = Push(MallocVarSize(PtrArray, 2000));
        Assert.That(Root(second) - IncMiniMarkGc.CardBytes(2000) == memory);
        Assert.That(Enumerable.Range(0, 2000).All(i => Item(Root(second), i) == null));
        IncMiniMarkGc.MinorCollection();
        StoreItem(Root(second), 1999, NewNode(7));
        long scanned = GcLog.Stats.CardItemsScanned;
        IncMiniMarkGc.MinorCollection();
        Assert.That(GcLog.Stats.CardItemsScanned - scanned, Is.EqualTo(2000 - 1920), "only the written card");
        Assert.That(*(long*)(Item(Root(second), 1999) + Value), Is.EqualTo(7));
    }

    [Test]
    public void TheCacheOfLargeBlocksHoldsAtMostItsCapacity()
    {
        Restart(SmallConfig with { LargeBlockCacheSize = 40 << 10, CheckHeap = true });
        var dead = new HashSet<nint>();
        for (int i = 0; i < 5; i++)
            dead.Add((nint)MallocVarSize(IntArray, 2000));
        IncMiniMarkGc.MinorCollection();
        Assert.That(IncMiniMarkGc.LargeBlockCacheBytes, Is.EqualTo(2 * (16 << 10)), "two blocks of 16 KB, the others freed");
        int a = Push(MallocVarSize(IntArray, 2000)), b = Push(MallocVarSize(IntArray, 2000));
        Assert.That(dead, Does.Contain((nint)Root(a)).And.Contain((nint)Root(b)));
        MallocVarSize(IntArray, 10000);  // 80 KB: above the capacity
        IncMiniMarkGc.MinorCollection();
        Assert.That(IncMiniMarkGc.LargeBlockCacheBytes, Is.Zero, "never cached");
    }

    [Test]
    public void TheHeapCheckerFindsAPointerToADeadLargeObject()
    {
        byte* dead = MallocVarSize(IntArray, 2000);
        IncMiniMarkGc.MinorCollection();
        int stale = Push(dead);  // a root the collector did not see
        var error = Assert.Throws<HeapCorruptedException>(() => IncMiniMarkGc.CheckHeap())!;
        Assert.That(error.Message, Does.Contain("inside the heap but not the start of an object"));
        SetRoot(stale, null);
    }

    [Test]
    public void AStoreIntoALargeOldArrayOnlyRescansItsCard()
    {
        int array = Push(MallocVarSize(PtrArray, 10000));
        IncMiniMarkGc.MinorCollection();
        byte* old = Root(array);
        Assert.That(Flags(old) & (GcFlags.HasCards | GcFlags.TrackYoungPtrs), Is.EqualTo(GcFlags.HasCards | GcFlags.TrackYoungPtrs));
        StoreItem(Root(array), 5000, NewNode(1));
        StoreItem(Root(array), 5001, NewNode(2));
        StoreItem(Root(array), 9999, NewNode(3));
        Assert.That(Flags(old) & (GcFlags.CardsSet | GcFlags.TrackYoungPtrs), Is.EqualTo(GcFlags.CardsSet | GcFlags.TrackYoungPtrs), "cards, not the remembered set");
        IncMiniMarkGc.CheckHeap();
        long scanned = GcLog.Stats.CardItemsScanned;
        IncMiniMarkGc.MinorCollection();
        // Items 5000 and 5001 share the card 4992..5119; 9999 is in the last, short card 9984..9999.
        Assert.That(GcLog.Stats.CardItemsScanned - scanned, Is.EqualTo(128 + 16));
        Assert.That(Flags(old) & GcFlags.CardsSet, Is.Zero);
        Assert.That(*(long*)(Item(old, 5000) + Value) + *(long*)(Item(old, 5001) + Value) + *(long*)(Item(old, 9999) + Value), Is.EqualTo(6));
        Assert.That(!IncMiniMarkGc.IsInNursery(Item(old, 5000)));
        Assert.That(new Span<byte>(old - IncMiniMarkGc.CardBytes(10000), (int)IncMiniMarkGc.CardBytes(10000)).IndexOfAnyExcept((byte)0), Is.EqualTo(-1), "the card bits are cleared");
    }

    [Test]
    public void AWhiteObjectStoredIntoABlackOneSurvivesTheIncrementalMarking()
    {
        var (b, w, p) = StartMarkingTwoLists();
        byte* black = (byte*)b, white = (byte*)w, parent = (byte*)p;
        long whiteValue = *(long*)(white + Value);
        // The white node's only reference moves into the black node: the marker, which already
        // scanned the black node, must learn about it through the write barrier.
        Store(black, B, white);
        Store(parent, A, null);
        IncMiniMarkGc.CheckHeap();
        while (IncMiniMarkGc.State != IncMiniMarkGc.StateScanning)
        {
            NewNode(-1);  // mutation between steps
            IncMiniMarkGc.CollectStep();
        }
        Assert.That(((GcHeader*)white)->TypeId, Is.EqualTo(Node), "not freed");
        Assert.That(Field(black, B) == white);
        Assert.That(ListValues(white), Is.EqualTo(Enumerable.Range((int)whiteValue, 3000 - (int)whiteValue).Select(i => (long)i)));
        IncMiniMarkGc.Collect();
        Assert.That(IncMiniMarkGc.OldBytes, Is.EqualTo(6000 * NodeSize), "nothing was lost");
    }

    [Test]
    public void TheHeapCheckerFindsABlackObjectPointingToAWhiteOneBehindTheMarkersBack()
    {
        var (b, w, _) = StartMarkingTwoLists();
        byte* black = (byte*)b;
        *(byte**)(black + B) = (byte*)w;  // no barrier
        var error = Assert.Throws<HeapCorruptedException>(() => IncMiniMarkGc.CheckHeap())!;
        Assert.That(error.Message, Does.Contain("black").And.Contain("white"));
        *(byte**)(black + B) = null;
    }

    /// <summary>Two lists of 3000 old nodes (values 0.. and 100000..) on the shadow stack, a major cycle
    /// started and one bounded marking step done: returns a marked (black) node of the second list
    /// (marked first: the stack of grey objects is LIFO), an unmarked (white) node of the first list,
    /// and that white node's parent.</summary>
    private static (nint Black, nint White, nint Parent) StartMarkingTwoLists()
    {
        int first = PushList(3000);
        int second = PushList(3000, 100000);
        IncMiniMarkGc.MinorCollection();
        IncMiniMarkGc.CollectStep();  // SCANNING: the roots are grey
        Assert.That(IncMiniMarkGc.State, Is.EqualTo(IncMiniMarkGc.StateMarking));
        IncMiniMarkGc.CollectStep();  // a first bounded step of marking
        Assert.That(IncMiniMarkGc.State, Is.EqualTo(IncMiniMarkGc.StateMarking), "16 KB per step cannot mark 240 KB at once");
        byte* black = Root(second);
        Assert.That(Flags(black) & GcFlags.Visited, Is.Not.Zero);
        byte* parent = Root(first);
        Assert.That(Flags(parent) & GcFlags.Visited, Is.Zero, "the first list is not marked yet");
        return ((nint)black, (nint)Field(parent, A), (nint)parent);
    }

    [Test]
    public void AMajorCollectionFreesOldGarbageAndReturnsTheArenasBeyondTheReserve()
    {
        int list = PushList(50000);
        IncMiniMarkGc.Collect();
        Assert.That(IncMiniMarkGc.OldBytes, Is.EqualTo(50000 * NodeSize));
        Assert.That(IncMiniMarkGc.ArenaCount, Is.GreaterThan(1));
        long freed = GcLog.Stats.ObjectsFreed;
        SetRoot(list, null);
        IncMiniMarkGc.Collect();
        Assert.That(IncMiniMarkGc.OldBytes, Is.Zero);
        Assert.That(GcLog.Stats.ObjectsFreed - freed, Is.EqualTo(50000));
        Assert.That(IncMiniMarkGc.HeapObjectCount(), Is.Zero);
        Assert.That(IncMiniMarkGc.ArenaCount, Is.EqualTo(1), "empty arenas go back to the OS, but for one holding the reserve of touched pages");
    }

    [Test]
    public void MajorCyclesStartByThemselvesWhenTheOldGenerationGrows()
    {
        Restart(SmallConfig with { MinHeapSize = 256 << 10 });
        int window = Push(MallocVarSize(PtrArray, 500));
        var random = new Random(3);
        long maxOld = 0;
        // Objects live a while in a window of 500 slots, long enough to be promoted, then die.
        for (int i = 0; i < 600000; i++)
        {
            byte* node = NewNode(i);
            StoreItem(Root(window), random.Next(500), node);
            maxOld = Math.Max(maxOld, IncMiniMarkGc.OldBytes);
        }
        Assert.That(GcLog.Stats.MajorCollections, Is.GreaterThan(2));
        Assert.That(maxOld, Is.LessThan(8L << 20), "the old generation stays bounded");
        IncMiniMarkGc.Collect();
        Assert.That(IncMiniMarkGc.OldBytes, Is.LessThanOrEqualTo(24 + (500 * 8) + (500 * NodeSize)));
    }

    [Test]
    public void APrebuiltObjectBecomesARootWhenFirstWritten()
    {
        byte* prebuilt = NewPrebuilt(Node, NodeSize);  // not registered: incminimark does not need it
        Store(prebuilt, A, NewNode(1));
        Assert.That(Flags(prebuilt) & (GcFlags.NoHeapPtrs | GcFlags.TrackYoungPtrs), Is.Zero);
        for (int round = 0; round < 3; round++)
        {
            for (int i = 0; i < 20000; i++)
                NewNode(i);
            IncMiniMarkGc.Collect();
        }
        Assert.That(*(long*)(Field(prebuilt, A) + Value), Is.EqualTo(1));
        Assert.That(Flags(prebuilt) & GcFlags.Visited, Is.Zero, "prebuilt roots are unmarked after each cycle");
        Store(prebuilt, A, null);
        IncMiniMarkGc.Collect();
        Assert.That(IncMiniMarkGc.OldBytes, Is.Zero);
    }

    [Test]
    public void ObjectsPromotedWhileMarkingAreBornBlackWithTheirOldChildrenGrey()
    {
        int list = PushList(3000);
        IncMiniMarkGc.MinorCollection();
        IncMiniMarkGc.CollectStep();  // SCANNING: the list's head is grey
        Assert.That(IncMiniMarkGc.State, Is.EqualTo(IncMiniMarkGc.StateMarking));
        byte* young = NewNode(7);
        Store(young, A, Field(Root(list), A));  // the young node points to a white old one
        int slot = Push(young);
        IncMiniMarkGc.MinorCollection();
        byte* promoted = Root(slot);
        Assert.That(Flags(promoted) & GcFlags.Visited, Is.Not.Zero, "born black");
        Assert.That(Flags(Field(promoted, A)) & GcFlags.Visited, Is.Zero, "its old child is grey, not yet marked");
        while (IncMiniMarkGc.State != IncMiniMarkGc.StateScanning)
            IncMiniMarkGc.CollectStep();
        Assert.That(ListValues(Root(list)), Is.EqualTo(Enumerable.Range(0, 3000).Select(i => (long)i)));
        Assert.That(ListValues(Root(slot)), Is.EqualTo(new long[] { 7 }.Concat(Enumerable.Range(1, 2999).Select(i => (long)i))));
    }

    [Test]
    public void MajorStepsRunWhileTheNurseryRefillsBetweenMinorCollections()
    {
        int list = PushList(20000);
        IncMiniMarkGc.MinorCollection();
        IncMiniMarkGc.CollectStep();  // SCANNING
        int window = Push(MallocVarSize(PtrArray, 100));
        var random = new Random(5);
        long stepsBetweenMinors = 0;
        for (int i = 0; i < 200000 && IncMiniMarkGc.State != IncMiniMarkGc.StateScanning; i++)
        {
            long minors = GcLog.Stats.MinorCollections, steps = GcLog.Stats.MajorSteps;
            StoreItem(Root(window), random.Next(100), NewNode(i));  // old and young objects written while marking
            if (GcLog.Stats.MinorCollections == minors)
                stepsBetweenMinors += GcLog.Stats.MajorSteps - steps;
        }
        Assert.That(IncMiniMarkGc.State, Is.EqualTo(IncMiniMarkGc.StateScanning), "the cycle ended");
        Assert.That(stepsBetweenMinors, Is.GreaterThan(10), "steps ran between minor collections, not only right after them");
        Assert.That(ListValues(Root(list)), Is.EqualTo(Enumerable.Range(0, 20000).Select(i => (long)i)));
    }

    [Test]
    public void DuringAMajorCycleLargeObjectsMakeAMinorCollectionPerNurseryOfThemNotEach()
    {
        Restart(SmallConfig with { MinHeapSize = 512 << 10, CheckHeap = true });
        int list = PushList(20000);
        IncMiniMarkGc.MinorCollection();
        IncMiniMarkGc.CollectStep();  // SCANNING
        Assert.That(IncMiniMarkGc.State, Is.EqualTo(IncMiniMarkGc.StateMarking));
        Assert.That(IncMiniMarkGc.OldBytes, Is.GreaterThan(IncMiniMarkGc.NextMajorCollectionThreshold), "past the threshold for the whole cycle");
        long minors = GcLog.Stats.MinorCollections, rawBefore = IncMiniMarkGc.RawBytes, maxRaw = 0;
        int arrays = 0;
        // Garbage of 16 KB each: sixteen of them are a nursery's worth (256 KB).
        while (IncMiniMarkGc.State != IncMiniMarkGc.StateScanning && arrays < 100000)
        {
            MallocVarSize(IntArray, 2000);
            arrays++;
            maxRaw = Math.Max(maxRaw, IncMiniMarkGc.RawBytes - rawBefore);
        }
        Assert.That(IncMiniMarkGc.State, Is.EqualTo(IncMiniMarkGc.StateScanning), "large objects alone drive the cycle to its end");
        Assert.That(arrays, Is.GreaterThan(32));
        Assert.That(GcLog.Stats.MinorCollections - minors, Is.LessThanOrEqualTo((arrays / 16) + 1), "a minor collection per nursery's worth");
        Assert.That(maxRaw, Is.LessThanOrEqualTo(256 << 10), "the young large garbage stays within a nursery's worth");
        Assert.That(ListValues(Root(list)), Is.EqualTo(Enumerable.Range(0, 20000).Select(i => (long)i)));
    }

    [Test]
    public void ObjectsPromotedWhileSweepingAreNotSwept()
    {
        int garbage = PushList(20000);
        IncMiniMarkGc.MinorCollection();
        SetRoot(garbage, null);
        while (IncMiniMarkGc.State != IncMiniMarkGc.StateSweeping)
            IncMiniMarkGc.CollectStep();
        int fresh = PushList(5000, 1000);
        while (IncMiniMarkGc.State != IncMiniMarkGc.StateScanning)
        {
            IncMiniMarkGc.CollectStep();
            NewNode(0);
        }
        Assert.That(ListValues(Root(fresh)), Is.EqualTo(Enumerable.Range(1000, 5000).Select(i => (long)i)));
        Assert.That(IncMiniMarkGc.OldBytes, Is.EqualTo(5000 * NodeSize));
    }

    [Test]
    public void TheCollectorsHotLoopsAreCompiledWhileTheFirstNurseryFills()
    {
        CollectorJit.Reset();
        for (int i = 0; i < 1000; i++)
            NewNode(i);  // 40 KB: less than a quarter of the nursery
        Assert.That(CollectorJit.Compiled, Is.Empty);
        long minors = GcLog.Stats.MinorCollections;
        while (!CollectorJit.Done)
            NewNode(0);
        Assert.That(GcLog.Stats.MinorCollections, Is.EqualTo(minors), "done before the nursery is full");
        Assert.That(CollectorJit.Compiled, Is.SupersetOf(new[]
        {
            "IncMiniMarkGc.CopyOut", "IncMiniMarkGc.CollectOldRefsToNursery", "IncMiniMarkGc.VisitStep",
            "GcTypes.Trace[DragOutVisitor]", "GcTypes.Trace[DragOutAndGreyVisitor]", "GcTypes.Trace[GreyVisitor]",
            "ArenaCollection.MallocSlow", "ArenaCollection.Sweep",
        }));
    }

    [Test]
    public void WhileAStructureIsBuiltAMinorCollectionCopiesAtMostHalfANursery()
    {
        Assert.That(IncMiniMarkGc.NurseryFill, Is.EqualTo(256 << 10));
        int list = Push(null);
        var copied = new List<long>();
        long minors = GcLog.Stats.MinorCollections, survived = GcLog.Stats.BytesSurvived;
        for (int i = 0; i < 30000; i++)  // 1.2 MB of nodes, all alive
        {
            byte* node = NewNode(i);
            Store(node, A, Root(list));
            SetRoot(list, node);
            if (GcLog.Stats.MinorCollections != minors)
            {
                copied.Add(GcLog.Stats.BytesSurvived - survived);
                (minors, survived) = (GcLog.Stats.MinorCollections, GcLog.Stats.BytesSurvived);
            }
        }
        Assert.That(copied[0], Is.GreaterThan(250 << 10), "the first fill is the whole nursery");
        Assert.That(copied.Skip(1), Has.All.LessThanOrEqualTo((128 << 10) + NodeSize), "then half of it");
        Assert.That(IncMiniMarkGc.NurseryFill, Is.EqualTo(128 << 10));
        SetRoot(list, null);
        minors = GcLog.Stats.MinorCollections;
        for (int i = 0; GcLog.Stats.MinorCollections < minors + 2; i++)
        {
            byte* node = NewNode(i);  // kept: 40 bytes of every 64
            Store(node, A, Root(list));
            SetRoot(list, node);
            Malloc(Leaf, LeafSize);
        }
        Assert.That(IncMiniMarkGc.NurseryFill, Is.EqualTo(256 << 10), "the whole nursery when less survives");
    }

    [Test]
    public void InitializeReadsTheEnvironment()
    {
        Stop();
        string? saved = Environment.GetEnvironmentVariable("RPYTHON_GC_NURSERY");
        Environment.SetEnvironmentVariable("RPYTHON_GC_NURSERY", "1MB");
        try
        {
            RegisterTypes();
            IncMiniMarkGc.Initialize();
            Assert.That(IncMiniMarkGc.NurserySize, Is.EqualTo(1 << 20));
            Assert.That(IncMiniMarkGc.NurseryTop - IncMiniMarkGc.NurseryFree, Is.LessThan(IncMiniMarkGc.LargeObjectThreshold), "the inlined bump never takes a large object");
        }
        finally
        {
            Environment.SetEnvironmentVariable("RPYTHON_GC_NURSERY", saved);
        }
    }

    [Test]
    public void ATinyNurseryLowersTheLargeObjectThreshold()
    {
        Restart(SmallConfig with { NurserySize = 8 << 10 });
        Assert.That(IncMiniMarkGc.LargeObjectThreshold, Is.EqualTo(4 << 10));
        int list = PushList(2000);
        int array = Push(MallocVarSize(IntArray, 1000));
        Assert.That(!IncMiniMarkGc.IsInNursery(Root(array)));
        Assert.That(ListValues(Root(list)), Has.Count.EqualTo(2000));
    }
}
