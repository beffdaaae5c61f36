namespace Rpython.Translator.Annotation;

// What the annotator knows about the dicts made at one place (RPython's DictDef, DictKey and
// DictValue, rpython/annotator/dictdef.py): like ListDef, a definition shared by every dict that
// meets another one, unified with union-find. Keys and values are generalized separately and have
// separate readers (d[k] reads the value, iterating over d the keys), but a merge unifies both.
// The definition of an r_dict also records its key_eq and key_hash functions (RPython's
// s_rdict_eqfn and s_rdict_hashfn), which the RTyper passes to the dict helpers.
//
// Invariants: key and value only grow; after a merge both definitions report the same key and value,
// and the same key functions; a plain dict is never merged with an r_dict (Lattice.Union refuses).

internal sealed class DictDef
{
    private DictDef? _parent;
    private readonly IReflowScheduler _reflow;
    private readonly Slot _key;
    private readonly Slot _value;
    private SomeValue? _keyEq;
    private SomeValue? _keyHash;

    public DictDef(IReflowScheduler reflow, SomeValue key, SomeValue value)
    {
        _reflow = reflow;
        _key = new Slot(key);
        _value = new Slot(value);
    }

    /// <summary>The type of the keys, or of the values, and the locations that read it.</summary>
    private sealed class Slot(SomeValue type)
    {
        public SomeValue Type { get; set; } = type;

        public ReadLocations Reads { get; } = new();
    }

    public SomeValue Key => Root()._key.Type;

    public SomeValue Value => Root()._value.Type;

    /// <summary>The functions an r_dict compares its keys with (null for a plain dict).</summary>
    public SomeValue? KeyEq => Root()._keyEq;

    /// <summary>The functions an r_dict hashes its keys with (null for a plain dict).</summary>
    public SomeValue? KeyHash => Root()._keyHash;

    /// <summary>Makes this the definition of an r_dict whose keys compare with <paramref name="eq"/> and
    /// hash with <paramref name="hash"/> (joined with the functions it had).</summary>
    public void SetKeyFunctions(SomeValue eq, SomeValue hash)
    {
        var root = Root();
        root._keyEq = root._keyEq is null ? eq : Lattice.Union(root._keyEq, eq);
        root._keyHash = root._keyHash is null ? hash : Lattice.Union(root._keyHash, hash);
    }

    public IReadOnlyCollection<object> KeyReadLocations => Root()._key.Reads;

    public IReadOnlyCollection<object> ValueReadLocations => Root()._value.Reads;

    public bool SameAs(DictDef other) => Root() == other.Root();

    public SomeValue ReadKey(object location) => Read(Root()._key, location);

    public SomeValue ReadValue(object location) => Read(Root()._value, location);

    /// <summary>Widens the key type; reflows its readers and returns true if it grew.</summary>
    public bool GeneralizeKey(SomeValue key) => Generalize(static d => d._key, key);

    /// <summary>Widens the value type; reflows its readers and returns true if it grew.</summary>
    public bool GeneralizeValue(SomeValue value) => Generalize(static d => d._value, value);

    /// <summary>Unifies the two definitions: keys and values become the unions of both sides', and
    /// the readers of a side whose key or value grew are reflowed.</summary>
    public void Merge(DictDef other)
    {
        var root = Root();
        var otherRoot = other.Root();
        if (root == otherRoot)
            return;
        var (keyBefore, otherKeyBefore) = (root._key.Type, otherRoot._key.Type);
        var (valueBefore, otherValueBefore) = (root._value.Type, otherRoot._value.Type);
        object[] keyReads = [.. root._key.Reads];
        object[] otherKeyReads = [.. otherRoot._key.Reads];
        object[] valueReads = [.. root._value.Reads];
        object[] otherValueReads = [.. otherRoot._value.Reads];

        // Link first, as ListDef.Merge does, so a dict that contains itself does not merge forever.
        otherRoot._parent = root;
        root._key.Reads.UnionWith(otherRoot._key.Reads);
        root._value.Reads.UnionWith(otherRoot._value.Reads);

        if (otherRoot._keyEq is not null)
            root.SetKeyFunctions(otherRoot._keyEq, otherRoot._keyHash!);
        StoreJoined(static d => d._key, keyBefore, Lattice.Union(keyBefore, otherKeyBefore));
        StoreJoined(static d => d._value, valueBefore, Lattice.Union(valueBefore, otherValueBefore));
        var (key, value) = (Key, Value);
        ReflowIfGrown(key, keyBefore, keyReads);
        ReflowIfGrown(key, otherKeyBefore, otherKeyReads);
        ReflowIfGrown(value, valueBefore, valueReads);
        ReflowIfGrown(value, otherValueBefore, otherValueReads);
    }

    private static SomeValue Read(Slot slot, object location)
    {
        slot.Reads.Add(location);
        return slot.Type;
    }

    private bool Generalize(Func<DictDef, Slot> select, SomeValue type)
    {
        var before = select(Root()).Type;
        var slot = StoreJoined(select, before, Lattice.Union(before, type));
        if (slot.Type.Equals(before))
            return false;
        slot.Reads.ReflowAll(_reflow);
        return true;
    }

    /// <summary>Stores the union just computed from <paramref name="before"/>, joined with what the
    /// slot holds now if that union itself unified this dict with one inside it (see ListDef).</summary>
    private Slot StoreJoined(Func<DictDef, Slot> select, SomeValue before, SomeValue joined)
    {
        var slot = select(Root());
        slot.Type = ReferenceEquals(slot.Type, before) ? joined : Lattice.Union(slot.Type, joined);
        return slot;
    }

    private void ReflowIfGrown(SomeValue after, SomeValue before, IEnumerable<object> reads)
    {
        if (after.Equals(before))
            return;
        foreach (var location in reads)
            _reflow.Reflow(location);
    }

    /// <summary>The representative; each node on the way is pointed to its grandparent, so chains stay short.</summary>
    private DictDef Root()
    {
        var node = this;
        while (node._parent is { } parent)
        {
            node._parent = parent._parent ?? parent;
            node = parent;
        }
        return node;
    }
}
