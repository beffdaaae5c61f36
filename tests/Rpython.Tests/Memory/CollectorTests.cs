using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Rpython.Runtime.Memory;
using static Rpython.Tests.Memory.TestHeap;

namespace Rpython.Tests.Memory;

/// <summary>
/// What every moving collector promises, checked on both: zeroed allocation, survival of what the
/// roots reach (contents, sharing, forwarded pointers), freeing of the rest, static roots, prebuilt
/// objects, identity hashes across moves, MemoryError at the heap limit, stress mode, the heap checker
/// and the log. The heap checker runs before and after every collection in these tests.
/// </summary>
[TestFixture(GcKind.SemiSpace)]
[TestFixture(GcKind.IncMiniMark)]
internal sealed unsafe partial class CollectorTests(GcKind kind)
{
    [SetUp]
    public void SetUp() => Start(kind, SmallConfig with { CheckHeap = true });

    [TearDown]
    public void TearDown() => Stop();

    private void Restart(GcConfig config)
    {
        Stop();
        Start(kind, config);
    }

    [Test]
    public void AllocatedMemoryIsZeroedAndCarriesItsTypeId()
    {
        for (int round = 0; round < 4; round++)
        {
            // Garbage that dirties the memory the next objects will get.
            for (int i = 0; i < 3000; i++)
            {
                byte* array = MallocVarSize(IntArray, 20);
                new Span<long>(array + 24, 20).Fill(-1);
                *(long*)(NewNode(-1) + Value) = -1;
            }
            Collect();
            for (int i = 0; i < 3000; i++)
            {
                byte* node = Malloc(Node, NodeSize);
                Assert.That(((GcHeader*)node)->TypeId, Is.EqualTo(Node));
                Assert.That(new Span<byte>(node + GcHeader.Size, NodeSize - GcHeader.Size).IndexOfAnyExcept((byte)0), Is.EqualTo(-1));
                byte* array = MallocVarSize(IntArray, 20);
                Assert.That(Length(array), Is.EqualTo(20));
                Assert.That(new Span<long>(array + 24, 20).IndexOfAnyExcept(0L), Is.EqualTo(-1));
            }
        }
    }

    [Test]
    public void ReachableObjectsSurviveWithTheirContents()
    {
        int list = PushList(20000);
        for (int i = 0; i < 50000; i++)
            NewNode(-i);  // garbage
        Collect();
        Collect();
        Assert.That(ListValues(Root(list)), Is.EqualTo(Enumerable.Range(0, 20000).Select(i => (long)i)));
    }

    [Test]
    public void UnreachableObjectsAreFreed()
    {
        int list = PushList(1000);
        for (int i = 0; i < 100000; i++)
            NewNode(i);
        Collect();
        Assert.That(RetainedBytes, Is.EqualTo(1000 * NodeSize));
        SetRoot(list, null);
        Collect();
        Assert.That(RetainedBytes, Is.Zero);
    }

    [Test]
    public void RootsAndPointersInsideObjectsFollowTheMovedObjects()
    {
        int shared = Push(NewNode(1));
        int first = Push(NewNode(2));
        Store(Root(first), A, Root(shared));
        int second = Push(NewNode(3));
        Store(Root(second), A, Root(shared));
        Store(Root(second), B, Root(first));
        byte* before = Root(shared);
        Collect();
        Assert.That(Root(shared) != before, "a young object moves at its first collection");
        Assert.That(Field(Root(first), A) == Root(shared) && Field(Root(second), A) == Root(shared), "both pointers follow the one copy");
        Assert.That(Field(Root(second), B) == Root(first));
        Assert.That(*(long*)(Field(Root(second), A) + Value), Is.EqualTo(1));
    }

    [Test]
    public void StaticRootsAreReadAndUpdated()
    {
        var slot = (byte**)NativeMemory.AllocZeroed((nuint)sizeof(nint));
        try
        {
            GcRoots.AddStaticRoot((void**)slot);
            *slot = NewNode(42);
            Store(*slot, A, NewNode(43));
            for (int i = 0; i < 50000; i++)
                NewNode(i);
            Collect();
            Assert.That(ListValues(*slot), Is.EqualTo(new long[] { 42, 43 }));
            *slot = null;
            Collect();
            Assert.That(RetainedBytes, Is.Zero);
        }
        finally
        {
            NativeMemory.Free(slot);
        }
    }

    [Test]
    public void PrebuiltObjectsKeepWhatTheyPointToAndNeverMove()
    {
        byte* prebuilt = NewPrebuilt(Node, NodeSize);
        byte* prebuiltLeaf = NewPrebuilt(Leaf, LeafSize);
        *(long*)(prebuiltLeaf + 16) = 99;
        GcRoots.AddPrebuiltObject(prebuilt);
        Store(prebuilt, A, NewNode(7));
        Store(Field(prebuilt, A), B, prebuiltLeaf);
        for (int i = 0; i < 50000; i++)
            NewNode(i);
        Collect();
        Collect();
        Assert.That(*(long*)(Field(prebuilt, A) + Value), Is.EqualTo(7));
        Assert.That(Field(Field(prebuilt, A), B) == prebuiltLeaf, "a pointer to a prebuilt object is never changed");
        Assert.That(*(long*)(prebuiltLeaf + 16), Is.EqualTo(99));
        long hash = IdentityHash(prebuilt);
        Assert.That(IdentityHash(prebuilt), Is.EqualTo(hash));
        Store(prebuilt, A, null);
        Collect();
        Assert.That(RetainedBytes, Is.Zero);
    }

    [Test]
    public void IdentityHashSurvivesMoves()
    {
        int node = Push(NewNode(1));
        int other = Push(NewNode(2));
        long hash = IdentityHash(Root(node));
        long otherHash = IdentityHash(Root(other));
        byte* before = Root(node);
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 20000; j++)
                NewNode(j);
            Collect();
        }
        Assert.That(Root(node) != before, "the object moved");
        Assert.That(IdentityHash(Root(node)), Is.EqualTo(hash));
        Assert.That(IdentityHash(Root(other)), Is.EqualTo(otherHash));
        Assert.That(hash, Is.Not.EqualTo(otherHash));
        Assert.That(IdentityHash(null), Is.Zero);
    }

    [Test]
    public void VarSizedObjectsSurviveWithTheirItems()
    {
        int pairs = Push(MallocVarSize(Pairs, 100));
        for (int i = 0; i < 100; i++)
        {
            byte* node = NewNode(i);
            byte* array = Root(pairs);
            Store(array, 16, node);  // the fixed part's pointer: the last node
            if (Kind == GcKind.IncMiniMark)
                IncMiniMarkGc.WriteBarrierFromArray(array, i);
            *(byte**)(array + 32 + (i * 16)) = node;
            *(byte**)(array + 40 + (i * 16)) = node;
        }
        int ints = Push(MallocVarSize(IntArray, 1000));
        for (int i = 0; i < 1000; i++)
            *(long*)(Root(ints) + 24 + (i * 8)) = i * 3;
        Collect();
        Collect();
        byte* p = Root(pairs);
        Assert.That(Length(p), Is.EqualTo(100));
        for (int i = 0; i < 100; i++)
        {
            byte* first = *(byte**)(p + 32 + (i * 16));
            Assert.That(first == *(byte**)(p + 40 + (i * 16)) && *(long*)(first + Value) == i);
        }
        Assert.That(*(long*)(Field(p, 16) + Value), Is.EqualTo(99));
        Assert.That(Enumerable.Range(0, 1000).All(i => IntItem(Root(ints), i) == i * 3));
        Assert.That(RetainedBytes, Is.EqualTo(32 + (100 * 16) + (100 * NodeSize) + 24 + (1000 * 8)));
    }

    [Test]
    public void AnObjectLargerThanTheHeapSoFarIsAllocated()
    {
        int list = PushList(1000);
        int array = Push(MallocVarSize(PtrArray, 1 << 20));  // 8 MB: more than a semispace or a nursery
        Assert.That(Root(array) != null && Length(Root(array)) == 1 << 20);
        StoreItem(Root(array), (1 << 20) - 1, Root(list));
        Collect();
        Assert.That(ListValues(Item(Root(array), (1 << 20) - 1)), Has.Count.EqualTo(1000));
        Assert.That(new Span<nint>(Root(array) + 24, (1 << 20) - 1).IndexOfAnyExcept(0), Is.EqualTo(-1), "zeroed");
    }

    [Test]
    public void ABadLengthIsAMemoryError()
    {
        Assert.That(MallocVarSize(IntArray, -1) == null);
        Assert.That(MallocVarSize(IntArray, long.MaxValue / 4) == null);
        Assert.That(MallocVarSize(IntArray, long.MinValue) == null);
        Assert.That(MallocVarSize(IntArray, 0) != null);
    }

    [Test]
    public void TheHeapLimitMakesAllocationFailUntilMemoryIsFreed()
    {
        const long max = 2 << 20;
        Restart(SmallConfig with { MaxHeapSize = max });
        int list = Push(null);
        long count = 0;
        while (true)
        {
            byte* node = Malloc(Node, NodeSize);
            if (node == null)
                break;
            Store(node, A, Root(list));
            SetRoot(list, node);
            Assert.That(++count, Is.LessThanOrEqualTo(max / NodeSize), "the limit was never reached");
        }
        Assert.That(count, Is.GreaterThan(max / NodeSize / 4));
        Assert.That(MallocVarSize(IntArray, 1 << 20) == null, "an 8 MB array cannot fit in 2 MB");
        Assert.That(ListValues(Root(list)), Has.Count.EqualTo(count));
        SetRoot(list, null);
        for (int i = 0; i < 10000; i++)
            Assert.That(NewNode(i) != null);
        Collect();
        Assert.That(RetainedBytes, Is.Zero);
    }

    [Test]
    public void StressModeCollectsAtEveryAllocation()
    {
        Restart(SmallConfig with { Stress = true, CheckHeap = true });
        long before = GcLog.Stats.MinorCollections + GcLog.Stats.Collections;
        int list = PushList(300);
        Assert.That(GcLog.Stats.MinorCollections + GcLog.Stats.Collections - before, Is.GreaterThanOrEqualTo(300));
        Assert.That(ListValues(Root(list)), Is.EqualTo(Enumerable.Range(0, 300).Select(i => (long)i)));
    }

    [Test]
    public void TheHeapCheckerFindsAPointerIntoTheMiddleOfAnObject()
    {
        int list = PushList(10);
        byte* second = Field(Root(list), A);
        byte* third = Field(second, A);
        *(byte**)(second + A) = third + 8;
        var error = Assert.Throws<HeapCorruptedException>(CheckHeap)!;
        Assert.That(error.Message, Does.Contain("not the start of an object").And.Contain($"field +{A}"));
        *(byte**)(second + A) = third;
        CheckHeap();
    }

    [Test]
    public void TheHeapCheckerFindsAnUnknownTypeId()
    {
        int list = PushList(3);
        byte* last = Field(Field(Root(list), A), A);
        ((GcHeader*)last)->TypeId = 99;
        var error = Assert.Throws<HeapCorruptedException>(CheckHeap)!;
        Assert.That(error.Message, Does.Contain("type id 99"));
        ((GcHeader*)last)->TypeId = Node;
    }

    [Test]
    public void TheLogHasARecordPerCollectionAndASummary()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "gc.log");
        Restart(SmallConfig with { Log = "gc:" + path });
        int list = PushList(1000);
        for (int i = 0; i < 100000; i++)
            NewNode(i);
        Collect();
        Stop();
        string log = File.ReadAllText(path);
        string collection = kind == GcKind.SemiSpace ? "gc-collect" : "gc-minor";
        Assert.That(Regex.Matches(log, $@"^\[[0-9a-f]+\] \{{{collection}\nduration: \d+\.\d{{6}} s\n(?:[a-z ]+: \S+\n)+\[[0-9a-f]+\] {collection}\}}$", RegexOptions.Multiline), Has.Count.GreaterThan(1));
        Assert.That(log, Does.Contain("{gc-summary\ncollector: " + (kind == GcKind.SemiSpace ? "semispace" : "incminimark")));
        Assert.That(log, Does.Match(@"max pause: \d+\.\d{6} s\n"));
        Assert.That(log, Does.Match(@"p99 pause: \d+\.\d{6} s\n"));
        if (kind == GcKind.IncMiniMark)
            Assert.That(log, Does.Contain("{gc-collect-step\n").And.Contain("starting gc state: SWEEPING"));
        Start(kind, SmallConfig);
        _ = list;
    }
}
