using Rpython.Translator.Annotation;

namespace Rpython.Translator.RTyping;

/// <summary>The vtable of one class: what an instance's <c>typeptr</c> points to.</summary>
internal sealed record ClassInfo(string Name, ClassRange Range)
{
    public override string ToString() => $"vtable {Name} {Range}";
}

/// <summary>
/// The low-level representation of the program's instances (RPython's rclass.py): one GcStruct per
/// class, a subclass embedding its parent as its first field <c>super</c>, so a pointer to an
/// instance is a pointer to every base's part too; the root struct holds <c>typeptr</c>, a pointer to
/// the class's vtable, which holds the class's range of preorder ids, so <c>isinstance(x, C)</c> is
/// <c>C.min &lt;= x.typeptr.id &lt; C.max</c>. Each attribute is the field <c>inst_NAME</c> of the
/// class the annotator placed it in. Built once, after annotation, from the annotator's classes.
/// </summary>
internal sealed class InstanceLayouts
{
    public static readonly StructType VtableType = LowLevelTypes.Struct("object_vtable",
        ("subclassrange_min", LowLevelTypes.Signed), ("subclassrange_max", LowLevelTypes.Signed));

    private readonly Dictionary<ClassDef, StructType> _structs = [];
    private readonly Dictionary<ClassDef, ForwardReference> _references = [];
    private readonly Dictionary<ClassDef, ClassInfo> _vtables = [];

    /// <param name="lowLevelTypeOf">the low-level type of an attribute's annotation; it may ask for
    /// <see cref="PointerTo"/> of any class (a node points to nodes), answered by a forward reference.</param>
    public InstanceLayouts(IEnumerable<ClassDef> classDefs, Func<SomeValue, InstanceLayouts, LowLevelType> lowLevelTypeOf)
    {
        var all = Preorder(classDefs.ToList()).ToList();
        var ids = new ClassHierarchyIds(all.Select(c => (c.Name, c.Base?.Name)));
        foreach (var classDef in all)
        {
            _references[classDef] = LowLevelTypes.GcForwardReference();
            _vtables[classDef] = new ClassInfo(classDef.Name, ids.RangeOf(classDef.Name));
        }
        foreach (var classDef in all)
        {
            var fields = new List<(string, LowLevelType)>();
            fields.Add(classDef.Base is { } parent ? ("super", _structs[parent]) : ("typeptr", LowLevelTypes.Ptr(VtableType)));
            foreach (var attribute in classDef.Attributes.Values.OrderBy(a => a.Name, StringComparer.Ordinal))
                fields.Add(("inst_" + attribute.Name, lowLevelTypeOf(attribute.Value, this)));
            _structs[classDef] = LowLevelTypes.GcStruct(classDef.Name, [.. fields]);
            _references[classDef].Become(_structs[classDef]);
        }
    }

    /// <summary>Parents before children, in the order the classes were made.</summary>
    private static IEnumerable<ClassDef> Preorder(List<ClassDef> all) =>
        all.Where(c => c.Base is null).SelectMany(Subtree);

    private static IEnumerable<ClassDef> Subtree(ClassDef c) => c.Subclasses.SelectMany(Subtree).Prepend(c);

    public StructType StructOf(ClassDef classDef) => _structs[classDef];

    public PtrType PointerTo(ClassDef classDef) => LowLevelTypes.Ptr(_references[classDef]);

    public ClassInfo VtableOf(ClassDef classDef) => _vtables[classDef];

    /// <summary>The root class of a class: the struct that holds <c>typeptr</c>.</summary>
    public static ClassDef Root(ClassDef classDef) => classDef.Mro().Last();
}
