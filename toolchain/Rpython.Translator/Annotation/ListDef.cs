namespace Rpython.Translator.Annotation;

// What the annotator knows about the lists made at one place (RPython's ListDef and ListItem,
// rpython/annotator/listdef.py). Lists are not covariant: a list of int that flows where a list of
// float is expected must become a list of float everywhere it is used, so every list that meets
// another one (a union, an assignment into a list attribute, list1 + list2...) shares one definition
// with it. Definitions are unified with union-find: each ListDef points to a parent, and the
// representative at the end of the chain holds the state. After a merge, both report the same item
// and flags, forever.
//
// All the definitions of one translation share the annotator's scheduler.
// Invariants: the item only grows; the flags only go from false to true (Resized implies Mutated);
// MustNotResize and Resized are never both set.

internal sealed class ListDef
{
    private ListDef? _parent;
    private readonly IReflowScheduler _reflow;
    private SomeValue _item;
    private bool _mutated;
    private bool _resized;
    private bool _mustNotResize;
    private int? _rangeStep;
    private readonly ReadLocations _reads = new();

    /// <param name="rangeStep">the step, for a list made by range() and nothing else.</param>
    public ListDef(IReflowScheduler reflow, SomeValue item, bool mutated = false, bool resized = false, int? rangeStep = null)
    {
        _reflow = reflow;
        _item = item;
        _mutated = mutated || resized;
        _resized = resized;
        _rangeStep = rangeStep;
    }

    public SomeValue Item => Root()._item;

    /// <summary>An item was stored after the list was made.</summary>
    public bool Mutated => Root()._mutated;

    /// <summary>append, pop, insert... were seen: the list needs a resizable representation.</summary>
    public bool Resized => Root()._resized;

    /// <summary>make_sure_not_resized() was called on the list.</summary>
    public bool MustNotResize => Root()._mustNotResize;

    /// <summary>Only range() made the list: its step, 0 if range() made it with several steps.
    /// Null if anything else made it.</summary>
    public int? RangeStep => Root()._rangeStep;

    public IReadOnlyCollection<object> ReadLocations => Root()._reads;

    public bool SameAs(ListDef other) => Root() == other.Root();

    /// <summary>The item type, read at <paramref name="location"/>, which reflows when it grows.</summary>
    public SomeValue ReadItem(object location)
    {
        var root = Root();
        root._reads.Add(location);
        return root._item;
    }

    /// <summary>Widens the item to hold <paramref name="value"/> too. Reflows the read locations and
    /// returns true if it grew.</summary>
    public bool Generalize(SomeValue value)
    {
        var before = Item;
        var root = StoreItem(before, Lattice.Union(before, value));
        if (root._item.Equals(before))
            return false;
        root._reads.ReflowAll(_reflow);
        return true;
    }

    public void Mutate() => Root()._mutated = true;

    public void Resize()
    {
        var root = Root();
        if (root._mustNotResize)
            throw new AnnotatorError("RPython cannot resize this list: make_sure_not_resized() was called on it");
        root._mutated = true;
        root._resized = true;
    }

    /// <summary>make_sure_not_resized(): from now on, resizing the list is an error.</summary>
    public void NeverResize()
    {
        var root = Root();
        if (root._resized)
            throw new AnnotatorError("make_sure_not_resized() on a list that is resized elsewhere");
        root._mustNotResize = true;
    }

    /// <summary>Unifies the two definitions: the item becomes the union of both items, the flags the
    /// union of both flags, and the readers of a side whose item grew are reflowed.</summary>
    public void Merge(ListDef other)
    {
        var root = Root();
        var otherRoot = other.Root();
        if (root == otherRoot)
            return;
        if ((root._resized && otherRoot._mustNotResize) || (root._mustNotResize && otherRoot._resized))
            throw new AnnotatorError("RPython cannot unify a resized list with a list passed to make_sure_not_resized()");
        var (before, otherBefore) = (root._item, otherRoot._item);
        object[] reads = [.. root._reads];
        object[] otherReads = [.. otherRoot._reads];

        // Link first: the union of the items may meet these two lists again (a list that contains
        // itself) and must then find them unified, or it would never end.
        otherRoot._parent = root;
        root._mutated |= otherRoot._mutated;
        root._resized |= otherRoot._resized;
        root._mustNotResize |= otherRoot._mustNotResize;
        if (root._rangeStep != otherRoot._rangeStep)
            root._rangeStep = root._rangeStep is null || otherRoot._rangeStep is null ? null : 0;
        root._reads.UnionWith(otherRoot._reads);

        var top = StoreItem(before, Lattice.Union(before, otherBefore));
        if (!top._item.Equals(before))
            Reflow(reads);
        if (!top._item.Equals(otherBefore))
            Reflow(otherReads);
    }

    /// <summary>Stores the union just computed from <paramref name="before"/>. That union may itself
    /// have unified this list with a list inside its item, moving the representative or widening its
    /// item meanwhile: then the two are joined.</summary>
    private ListDef StoreItem(SomeValue before, SomeValue joined)
    {
        var root = Root();
        root._item = ReferenceEquals(root._item, before) ? joined : Lattice.Union(root._item, joined);
        return root;
    }

    private void Reflow(IEnumerable<object> locations)
    {
        foreach (var location in locations)
            _reflow.Reflow(location);
    }

    /// <summary>The representative; each node on the way is pointed to its grandparent, so chains stay short.</summary>
    private ListDef Root()
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
