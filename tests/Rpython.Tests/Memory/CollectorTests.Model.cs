using Rpython.Runtime.Memory;
using static Rpython.Tests.Memory.TestHeap;

namespace Rpython.Tests.Memory;

// A random program checked against a .NET model of its object graph: 32 roots on the shadow stack,
// and a few hundred thousand operations — allocate (nodes, leaves, arrays of pointers or ints, small
// and large, a 512-byte struct), store a root's object (or null) into a field or item of another,
// load a field into a root, drop a root, take an identity hash, and now and then a full collection or
// (incminimark) one incremental step. Every 20000 operations, and at the end, the graph reachable from
// the roots must be the model's: same shapes, same ids and ints, same sharing, same hashes — and the
// heap checker must pass (in one run, before and after every collection and major step; in another,
// every allocation collects). At the end, a full collection must keep exactly the bytes the model reaches.
internal sealed unsafe partial class CollectorTests
{
    private const int ModelRoots = 32;

    [TestCase(1, 300_000, false, false)]
    [TestCase(2, 100_000, false, false)]
    [TestCase(3, 40_000, true, false)]
    [TestCase(4, 20_000, false, true)]
    public void RandomOperationsAgreeWithAModel(int seed, int operations, bool checkEveryCollection, bool stress)
    {
        // Marking 1 KB per step: even this small heap takes many steps, mutated in between.
        Restart(SmallConfig with { CheckHeap = checkEveryCollection, IncrementStep = 1 << 10, Stress = stress });
        var random = new Random(seed);
        var model = new ModelObject?[ModelRoots];
        for (int i = 0; i < ModelRoots; i++)
            Push(null);
        long nextId = 1;
        for (int op = 1; op <= operations; op++)
        {
            int r = random.Next(ModelRoots);
            int s = random.Next(ModelRoots);
            int choice = random.Next(1000);
            if (choice < 350)
            {
                var made = Allocate(random, nextId++, r);
                if (made is not null)
                    model[r] = made;
            }
            else if (choice < 650 && model[r] is { Pointers.Length: > 0 } target)
            {
                int k = random.Next(target.Pointers.Length);
                var value = random.Next(5) == 0 ? null : model[s];
                target.Pointers[k] = value;
                StorePointer(Root(r), target, k, value is null ? null : Root(s));
            }
            else if (choice < 800 && model[s] is { Pointers.Length: > 0 } source)
            {
                int k = random.Next(source.Pointers.Length);
                model[r] = source.Pointers[k];
                SetRoot(r, LoadPointer(Root(s), source, k));
            }
            else if (choice < 850)
            {
                model[r] = null;
                SetRoot(r, null);
            }
            else if (choice < 990 && model[r] is { } hashed)
            {
                long hash = IdentityHash(Root(r));
                hashed.Hash ??= hash;
                Assert.That(hash, Is.EqualTo(hashed.Hash), $"operation {op}: the identity hash of object {hashed.Id} changed");
            }
            else if (choice == 999)
                Collect();
            else if (choice >= 990 && Kind == GcKind.IncMiniMark)
                IncMiniMarkGc.CollectStep();
            if (op % 20000 == 0)
                VerifyAgainst(model, op);
        }
        VerifyAgainst(model, operations);
        Collect();
        Assert.That(RetainedBytes, Is.EqualTo(ReachableBytes(model)));
        var stats = GcLog.Stats;
        TestContext.Out.WriteLine($"{Kind}: {stats.MinorCollections} minor collections, {stats.Collections} collections, "
            + $"{stats.MajorSteps} major steps, {stats.MajorCollections} major cycles, {stats.ObjectsFreed} old objects freed");
        Assert.That(stats.MinorCollections + stats.Collections, Is.GreaterThan(operations / 10000));
    }

    /// <summary>One object of the model: its heap type, id (in its id field), pointers and ints.</summary>
    private sealed class ModelObject(long id, int type, int pointers, long[] ints)
    {
        public long Id { get; } = id;

        public int Type { get; } = type;

        public ModelObject?[] Pointers { get; } = new ModelObject?[pointers];

        public long[] Ints { get; } = ints;

        public long? Hash { get; set; }
    }

    /// <summary>Allocates a random object into root <paramref name="r"/>; null if the heap refused.</summary>
    private static ModelObject? Allocate(Random random, long id, int r)
    {
        int kind = random.Next(100);
        byte* obj;
        ModelObject made;
        if (kind < 30)
        {
            obj = Malloc(Node, NodeSize);
            made = new ModelObject(id, Node, 2, []);
            if (obj != null)
                *(long*)(obj + Value) = id;
        }
        else if (kind < 45)
        {
            obj = Malloc(Leaf, LeafSize);
            made = new ModelObject(id, Leaf, 0, []);
            if (obj != null)
                *(long*)(obj + 16) = id;
        }
        else if (kind < 72)
        {
            int length = kind < 70 ? random.Next(17) : random.Next(1100, 3000);
            obj = MallocVarSize(IdArray, length);
            made = new ModelObject(id, IdArray, length, []);
            if (obj != null)
                *(long*)(obj + 16) = id;
        }
        else if (kind < 90)
        {
            int length = kind < 88 ? random.Next(1, 40) : random.Next(1100, 2000);
            var ints = Enumerable.Range(0, length).Select(i => (id * 10000) + i).ToArray();
            obj = MallocVarSize(IntArray, length);
            made = new ModelObject(id, IntArray, 0, ints);
            if (obj != null)
                ints.CopyTo(new Span<long>(obj + 24, length));
        }
        else
        {
            obj = Malloc(Big, BigSize);
            made = new ModelObject(id, Big, 1, []);
            if (obj != null)
                *(long*)(obj + 24) = id;
        }
        Assert.That(obj != null, "out of memory");
        SetRoot(r, obj);
        return made;
    }

    private static int PointerOffset(ModelObject obj, int k) => obj.Type switch
    {
        Node => k == 0 ? A : B,
        Big => 16,
        _ => 32 + (k * 8),
    };

    private static void StorePointer(byte* obj, ModelObject shape, int k, byte* value)
    {
        if (shape.Type == IdArray)
            StoreItem(obj, k, value);
        else
            Store(obj, PointerOffset(shape, k), value);
    }

    private static byte* LoadPointer(byte* obj, ModelObject shape, int k) => *(byte**)(obj + PointerOffset(shape, k));

    /// <summary>The reachable heap is the model's graph (and the heap checker passes).</summary>
    private static void VerifyAgainst(ModelObject?[] model, int op)
    {
        CheckHeap();
        var heapOf = new Dictionary<ModelObject, nint>(ReferenceEqualityComparer.Instance);
        var modelOf = new Dictionary<nint, ModelObject>();
        var pending = new Stack<(ModelObject, nint)>();
        for (int r = 0; r < ModelRoots; r++)
            Pair(model[r], (nint)Root(r), $"root {r}");
        while (pending.Count > 0)
        {
            var (expected, address) = pending.Pop();
            byte* obj = (byte*)address;
            string where = $"operation {op}: object {expected.Id}";
            Assert.That(((GcHeader*)obj)->TypeId, Is.EqualTo(expected.Type), where);
            long id = expected.Type switch
            {
                Node => *(long*)(obj + Value),
                IntArray => IntItem(obj, 0) / 10000,
                Big => *(long*)(obj + 24),
                _ => *(long*)(obj + 16),
            };
            Assert.That(id, Is.EqualTo(expected.Id), where);
            if (expected.Type is IdArray or IntArray)
                Assert.That(Length(obj), Is.EqualTo(expected.Type == IdArray ? expected.Pointers.Length : expected.Ints.Length), where);
            if (expected.Type == IntArray)
                Assert.That(new Span<long>(obj + 24, expected.Ints.Length).SequenceEqual(expected.Ints), where);
            if (expected.Hash is { } hash)
                Assert.That(IdentityHash(obj), Is.EqualTo(hash), where);
            for (int k = 0; k < expected.Pointers.Length; k++)
                Pair(expected.Pointers[k], (nint)LoadPointer(obj, expected, k), $"{where}, pointer {k}");
        }

        void Pair(ModelObject? expected, nint address, string where)
        {
            Assert.That(address == 0, Is.EqualTo(expected is null), $"operation {op}: {where}");
            if (expected is null)
                return;
            if (heapOf.TryGetValue(expected, out nint known))
            {
                Assert.That(address, Is.EqualTo(known), $"operation {op}: {where} is another copy of object {expected.Id}");
                return;
            }
            Assert.That(modelOf.TryAdd(address, expected), $"operation {op}: {where} is object {(modelOf.TryGetValue(address, out var other) ? other.Id : 0)}, not {expected.Id}");
            heapOf.Add(expected, address);
            pending.Push((expected, address));
        }
    }

    /// <summary>What the heap must keep of the model after a full collection.</summary>
    private static long ReachableBytes(ModelObject?[] model)
    {
        var seen = new HashSet<ModelObject>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<ModelObject>(model.OfType<ModelObject>());
        long bytes = 0;
        while (pending.Count > 0)
        {
            var obj = pending.Pop();
            if (!seen.Add(obj))
                continue;
            long size = obj.Type switch
            {
                Node => NodeSize,
                Leaf => LeafSize,
                Big => BigSize,
                IdArray => 32 + (8 * obj.Pointers.Length),
                _ => 24 + (8 * obj.Ints.Length),
            };
            bool cards = Kind == GcKind.IncMiniMark && obj.Type == IdArray && size >= IncMiniMarkGc.LargeObjectThreshold;
            bytes += size + (cards ? IncMiniMarkGc.CardBytes(obj.Pointers.Length) : 0);
            foreach (var child in obj.Pointers.OfType<ModelObject>())
                pending.Push(child);
        }
        return bytes;
    }
}
