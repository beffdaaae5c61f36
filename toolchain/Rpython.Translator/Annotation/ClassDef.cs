namespace Rpython.Translator.Annotation;

// What the annotator knows about the instances of one user class (RPython's ClassDef and Attribute,
// rpython/annotator/classdesc.py). RPython classes have one base, so the classes form a tree.
//
// An attribute lives in the most general class that uses it (invariant (A): reading or writing an
// attribute on an instance of C finds an AttributeDef on C or on one of its bases), and in one class
// only (invariant (I): if B is a subclass of A, they do not both have an AttributeDef of the same
// name). So when a base class starts using an attribute its subclasses already have, their
// AttributeDefs are merged into a new one on the base: one slot, one type, for the whole subtree.
// Class-level defaults (RPython's attr_sources) are the bookkeeper's business, not modelled here.

/// <summary>One write of an attribute: the annotation stored and where ("file:line").</summary>
internal sealed record AttributeWrite(SomeValue Value, string Source);

/// <summary>An attribute of the instances of the class that owns it and of its subclasses.</summary>
internal sealed class AttributeDef(string name, SomeValue value)
{
    private readonly List<AttributeWrite> _writes = [];

    public string Name { get; } = name;

    public SomeValue Value { get; private set; } = value;

    /// <summary>The distinct writes that made <see cref="Value"/>, in the order they were first seen:
    /// diagnostics show where each side of a failed union came from.</summary>
    public IReadOnlyList<AttributeWrite> Writes => _writes;

    public ReadLocations ReadLocations { get; } = new();

    /// <summary>Widens the value; true if it grew. The union runs before anything changes, so a
    /// UnionError leaves the attribute as it was.</summary>
    public bool Generalize(SomeValue value, string source)
    {
        var joined = Lattice.Union(Value, value);
        AddWrite(new AttributeWrite(value, source));
        if (joined.Equals(Value))
            return false;
        Value = joined;
        return true;
    }

    /// <summary>Takes over the writes and readers of an attribute being merged into this one.</summary>
    public void Absorb(AttributeDef other)
    {
        foreach (var write in other._writes)
            AddWrite(write);
        ReadLocations.UnionWith(other.ReadLocations);
    }

    // A block is reflowed many times and writes the same thing each time: keep each write once.
    private void AddWrite(AttributeWrite write)
    {
        if (!_writes.Contains(write))
            _writes.Add(write);
    }
}

internal sealed class ClassDef
{
    private readonly IReflowScheduler _reflow;
    private readonly List<ClassDef> _subclasses = [];
    private readonly Dictionary<string, AttributeDef> _attributes = new(StringComparer.Ordinal);

    /// <summary>A root class (one whose only base is object).</summary>
    public ClassDef(string name, IReflowScheduler reflow)
    {
        Name = name;
        _reflow = reflow;
    }

    public ClassDef(string name, ClassDef baseDef)
    {
        Name = name;
        Base = baseDef;
        _reflow = baseDef._reflow;
        baseDef._subclasses.Add(this);
    }

    public string Name { get; }

    public ClassDef? Base { get; }

    /// <summary>The direct subclasses, in the order they were made.</summary>
    public IReadOnlyList<ClassDef> Subclasses => _subclasses;

    /// <summary>The attributes that live in this class (not those of its bases).</summary>
    public IReadOnlyDictionary<string, AttributeDef> Attributes => _attributes;

    /// <summary>This class, then its base, its base's base...</summary>
    public IEnumerable<ClassDef> Mro()
    {
        for (var c = this; c is not null; c = c.Base)
            yield return c;
    }

    public bool IsSubclassOf(ClassDef other) => Mro().Contains(other);

    /// <summary>The most derived class both are subclasses of, or null if they have none.</summary>
    public ClassDef? CommonBase(ClassDef other)
    {
        for (ClassDef? c = other; c is not null; c = c.Base)
        {
            if (IsSubclassOf(c))
                return c;
        }
        return null;
    }

    /// <summary>The class among this one and its bases where the attribute lives, if it lives anywhere yet.</summary>
    public ClassDef? OwnerOf(string name) => Mro().FirstOrDefault(c => c._attributes.ContainsKey(name));

    /// <summary>The attribute as instances of this class see it. If no class above has it yet, it
    /// is made here, taking over the attributes of that name from the subclasses.</summary>
    public AttributeDef FindAttribute(string name) =>
        OwnerOf(name)?._attributes[name] ?? Install(name, null);

    /// <summary>The attribute's value, read at <paramref name="location"/>, which reflows when it grows.</summary>
    public SomeValue ReadAttribute(string name, object location)
    {
        var attribute = FindAttribute(name);
        attribute.ReadLocations.Add(location);
        return attribute.Value;
    }

    /// <summary>An instance of this class gets <paramref name="value"/> stored in the attribute
    /// (at <paramref name="source"/>, "file:line"): the attribute widens where it lives, or is made
    /// here. Readers are reflowed when what they read grew.</summary>
    public void GeneralizeAttribute(string name, SomeValue value, string source)
    {
        if (OwnerOf(name) is { } owner)
        {
            var attribute = owner._attributes[name];
            if (attribute.Generalize(value, source))
                attribute.ReadLocations.ReflowAll(_reflow);
            return;
        }
        Install(name, new AttributeWrite(value, source));
    }

    /// <summary>Makes the attribute here, merging into it the subclasses' attributes of that name
    /// (invariant (I)) and the write that asks for it, if any.</summary>
    private AttributeDef Install(string name, AttributeWrite? write)
    {
        var moved = Subtree().Where(c => c._attributes.ContainsKey(name)).Select(c => c._attributes[name]).ToList();
        // Every union before any change, so a UnionError leaves the classes as they were.
        SomeValue value = SomeImpossibleValue.Instance;
        foreach (var attribute in moved)
            value = Lattice.Union(value, attribute.Value);
        if (write is not null)
            value = Lattice.Union(value, write.Value);

        var merged = new AttributeDef(name, value);
        foreach (var attribute in moved)
            merged.Absorb(attribute);
        if (write is not null)
            merged.Generalize(write.Value, write.Source); // only records the write: the value holds it already
        foreach (var c in Subtree())
            c._attributes.Remove(name);
        _attributes[name] = merged;

        foreach (var attribute in moved)
        {
            if (!attribute.Value.Equals(merged.Value))
                attribute.ReadLocations.ReflowAll(_reflow);
        }
        return merged;
    }

    /// <summary>This class and all its subclasses, depth first in the order they were made.</summary>
    private IEnumerable<ClassDef> Subtree()
    {
        yield return this;
        foreach (var sub in _subclasses)
        {
            foreach (var c in sub.Subtree())
                yield return c;
        }
    }
}
