using System.Globalization;

namespace Rpython.Runtime.Memory;

/// <summary>
/// --gc-debug's verifier (RPython's debug_check_consistency): walks everything reachable from the roots
/// — the shadow stack, the static roots, the registered prebuilt objects and the collector's own roots —
/// and checks every pointer on the way: it holds the address of an object the collector's heap walk
/// found (or of a prebuilt object, flagged so in its header), whose type id is registered and which is
/// not a stale forwarded copy. A collector adds its own invariants per object and per pointer (the
/// write barrier's, the incremental marker's). A failure throws <see cref="HeapCorruptedException"/>
/// naming the object, the field and the value.
/// <para>
/// Only reachable objects are checked: a dead object may keep a pointer to memory already reused,
/// which is harmless. A pointer outside every region of the heap is taken for a prebuilt object and
/// its header is read: a wild pointer there can crash the checker instead of failing it. Slow (a .NET
/// set of every object), for debugging and tests only; it never changes the heap.
/// </para>
/// </summary>
internal abstract unsafe class HeapChecker
{
    private readonly HashSet<nint> _objects = [];
    private readonly HashSet<nint> _reached = [];
    private readonly Stack<nint> _pending = new();

    /// <summary>Runs the check; <paramref name="when"/> says where it ran, for the message.</summary>
    public void Check(string when)
    {
        When = when;
        _objects.Clear();
        _reached.Clear();
        _pending.Clear();
        AddHeapObjects(_objects);
        ShadowStack.CheckBounds();
        for (nint* slot = ShadowStack.Base; slot < ShadowStack.Top; slot++)
            Root(*slot, "shadow stack slot", slot - ShadowStack.Base);
        for (int i = 0; i < GcRoots.StaticRootCount; i++)
            Root((nint)(*GcRoots.StaticRoot(i)), "static root", i);
        for (int i = 0; i < GcRoots.PrebuiltObjectCount; i++)
        {
            byte* prebuilt = GcRoots.PrebuiltObject(i);
            if ((((GcHeader*)prebuilt)->Flags & GcFlags.Prebuilt) == 0)
                Fail($"the registered prebuilt object {Hex((nint)prebuilt)} has no Prebuilt flag");
            Root((nint)prebuilt, "registered prebuilt object", i);
        }
        int index = 0;
        foreach (nint root in CollectorRoots())
            Root(root, "collector root", index++);
        var fields = new FieldVisitor(this);
        while (_pending.Count > 0)
        {
            byte* obj = (byte*)_pending.Pop();
            CheckObject(obj);
            fields.From = obj;
            GcTypes.Trace(obj, ref fields);
        }
    }

    /// <summary>The number of objects reached by the last check.</summary>
    public int Reached => _reached.Count;

    protected string When { get; private set; } = "";

    /// <summary>Adds the address of every object of the heap, live or not yet freed.</summary>
    protected abstract void AddHeapObjects(HashSet<nint> objects);

    /// <summary>Whether <paramref name="address"/> lies in memory the collector manages (objects or not).</summary>
    protected abstract bool IsInHeap(nint address);

    /// <summary>Roots only the collector knows (incminimark's prebuilt roots).</summary>
    protected virtual IEnumerable<nint> CollectorRoots() => [];

    /// <summary>The collector's invariants of a reachable object.</summary>
    protected virtual void CheckObject(byte* obj)
    {
    }

    /// <summary>The collector's invariants of a pointer field <paramref name="slot"/> of <paramref name="from"/> to <paramref name="to"/>.</summary>
    protected virtual void CheckEdge(byte* from, nint* slot, byte* to)
    {
    }

    protected void Fail(string message) => throw new HeapCorruptedException($"heap check {When}: {message}");

    protected static string Hex(nint address) => "0x" + address.ToString("x", CultureInfo.InvariantCulture);

    /// <summary>The object and field a slot is in, for messages.</summary>
    protected static string Describe(byte* from, nint* slot) =>
        $"field +{(byte*)slot - from} of object {Hex((nint)from)} (type {((GcHeader*)from)->TypeId})";

    private void Root(nint value, string kind, long index)
    {
        if (value != 0)
            Reach(value, null, null, kind, index);
    }

    /// <summary>Checks a pointer found in a field (<paramref name="from"/>, <paramref name="slot"/>) or a
    /// root (<paramref name="kind"/> number <paramref name="index"/>), and queues its object.</summary>
    private void Reach(nint value, byte* from, nint* slot, string kind, long index)
    {
        if (_reached.Contains(value))
            return;
        string Where() => from != null ? Describe(from, slot) : string.Create(CultureInfo.InvariantCulture, $"{kind} {index}");
        if (!_objects.Contains(value))
        {
            if (IsInHeap(value))
                Fail($"{Where()} holds {Hex(value)}, inside the heap but not the start of an object");
            if ((value & 7) != 0 || value < 0x10000)
                Fail($"{Where()} holds {Hex(value)}, which is not an object's address");
            if ((((GcHeader*)value)->Flags & GcFlags.Prebuilt) == 0)
                Fail($"{Where()} holds {Hex(value)}, outside the heap but not a prebuilt object");
        }
        var header = (GcHeader*)value;
        if (!GcTypes.IsValid(header->TypeId))
            Fail($"{Where()} holds {Hex(value)}, whose type id {header->TypeId} is not registered");
        if ((header->Flags & GcFlags.Forwarded) != 0)
            Fail($"{Where()} holds {Hex(value)}, a stale copy forwarded to {Hex(header->Reserved)}");
        _reached.Add(value);
        _pending.Push(value);
    }

    private struct FieldVisitor(HeapChecker checker) : IGcSlotVisitor
    {
        public byte* From;

        public readonly void Visit(nint* slot)
        {
            checker.Reach(*slot, From, slot, "", 0);
            checker.CheckEdge(From, slot, (byte*)*slot);
        }
    }
}

/// <summary>The heap checker found a broken invariant: a collector bug, or generated code that
/// stored a bad pointer or skipped a write barrier.</summary>
internal sealed class HeapCorruptedException(string message) : Exception(message);
