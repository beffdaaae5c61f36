namespace Rpython.Translator.RTyping;

// Class ids for isinstance in two compares (RPython's subclassrange_min/max, assigned by
// normalizecalls.assign_inheritance_ids). The classes of a program form a forest (one base per
// class). Numbering them in preorder makes every subtree a contiguous range of ids: a class C gets
// the id Min, its descendants the ids that follow, and Max is one past the last of them. So
// "x is an instance of C" is C.Min <= id(class of x) < C.Max.
//
// RPython numbers the end of each subtree too (Max is a number of its own); we do not, so the ids
// are exactly 1..N and a table indexed by class id is dense. Ids start at 1 so that zeroed memory
// never reads as a class.
//
// The numbering is deterministic: roots, and the children of each class, are visited in the order
// the classes are given (the RTyper passes them in a stable order). A parent is given before its
// children, which also rules out cycles.

/// <summary>The ids of a class and its subclasses: <c>[Min, Max)</c>. <see cref="Min"/> is the id of
/// the class itself.</summary>
internal readonly record struct ClassRange(int Min, int Max)
{
    /// <summary>The class with id <paramref name="classId"/> is this class or one of its subclasses.</summary>
    public bool Contains(int classId) => Min <= classId && classId < Max;

    public override string ToString() => FormattableString.Invariant($"[{Min}, {Max})");
}

/// <summary>The preorder numbering of a class forest.</summary>
internal sealed class ClassHierarchyIds
{
    public const int FirstId = 1;

    private readonly Dictionary<string, ClassRange> _ranges = new(StringComparer.Ordinal);
    private readonly List<string> _preorder = [];

    /// <param name="classes">every class with its parent (null for a root), parents before children;
    /// siblings are numbered in this order.</param>
    public ClassHierarchyIds(IEnumerable<(string Name, string? Parent)> classes)
    {
        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var roots = new List<string>();
        foreach (var (name, parent) in classes)
        {
            if (children.ContainsKey(name))
                throw new ArgumentException($"class {name} is given twice", nameof(classes));
            if (parent is null)
                roots.Add(name);
            else if (children.TryGetValue(parent, out var siblings))
                siblings.Add(name);
            else
                throw new ArgumentException($"the parent {parent} of class {name} must be given before it", nameof(classes));
            children[name] = [];
        }
        int next = FirstId;
        foreach (string root in roots)
            next = Number(root, next, children);
    }

    /// <summary>The classes in id order.</summary>
    public IReadOnlyList<string> Preorder => _preorder;

    public ClassRange RangeOf(string name) =>
        _ranges.TryGetValue(name, out var range) ? range : throw new ArgumentException($"unknown class {name}", nameof(name));

    /// <summary>The id stored for instances of the class (its <see cref="ClassRange.Min"/>).</summary>
    public int IdOf(string name) => RangeOf(name).Min;

    /// <summary><paramref name="name"/> is <paramref name="ancestor"/> or a subclass of it: the range check.</summary>
    public bool IsSubclass(string name, string ancestor) => RangeOf(ancestor).Contains(IdOf(name));

    // Returns the id after the subtree of the class. Class trees are shallow, so recursion is safe.
    private int Number(string name, int id, Dictionary<string, List<string>> children)
    {
        _preorder.Add(name);
        int next = id + 1;
        foreach (string child in children[name])
            next = Number(child, next, children);
        _ranges[name] = new ClassRange(id, next);
        return next;
    }
}
