using Rpython.Translator.Annotation;
using Rpython.Translator.Flow;

namespace Rpython.Translator.RTyping;

/// <summary>
/// The vtable of one class: what an instance's <c>typeptr</c> points to, and the class as a value.
/// <see cref="Vtable"/> holds its fields (those of <see cref="VtableStruct"/>, its parents' included,
/// flattened as the LLInterpreter's objects are): the subclass range, and the function pointer
/// (a graph) in each method slot.
/// </summary>
internal sealed class ClassInfo(string name, ClassRange range)
{
    public string Name { get; } = name;

    public ClassRange Range { get; } = range;

    /// <summary>The struct of this class's vtable: <see cref="InstanceLayouts.VtableType"/>, or a struct
    /// embedding its parent's vtable and adding the method slots the class introduces.</summary>
    public StructType VtableStruct { get; internal set; } = InstanceLayouts.VtableType;

    /// <summary>The vtable's contents; null only for vtables made by hand in tests (just a range).</summary>
    public LLObject? Vtable { get; internal set; }

    public override string ToString() => $"vtable {Name} {Range}";
}

/// <summary>A slot of the vtable of <see cref="Owner"/> (and so of its subclasses): a pointer to
/// each class's implementation of the method <see cref="Name"/> (the graphs of one call family), or
/// for <see cref="Instantiate"/>, to the function that allocates an instance of the class.</summary>
internal sealed record MethodSlot(ClassDef Owner, string Name, CallFamily? Family)
{
    /// <summary>The name of the slot that makes instances: <c>cls()</c> for a class known only at run time.</summary>
    public const string Instantiate = "instantiate";

    public string FieldName => Name == Instantiate ? Instantiate : "cls_" + Name;
}

/// <summary>
/// The low-level representation of the program's instances (RPython's rclass.py): one GcStruct per
/// class, a subclass embedding its parent as its first field <c>super</c>, so a pointer to an
/// instance is a pointer to every base's part too; the root struct holds <c>typeptr</c>, a pointer to
/// the class's vtable, which holds the class's range of preorder ids, so <c>isinstance(x, C)</c> is
/// <c>C.min &lt;= x.typeptr.id &lt; C.max</c>. Each attribute is the field <c>inst_NAME</c> of the
/// class the annotator placed it in.
/// <para>
/// Methods overridden in subclasses are called through the vtable: a class that owns a method slot
/// (the most general class a call site dispatches on) has a vtable struct of its own, embedding its
/// parent's vtable as <c>super</c> and adding a function pointer <c>cls_NAME</c> per slot; every class
/// below it fills the slot with the graph its method resolves to (null when it has none). Built
/// once, after annotation, from the annotator's classes and the RTyper's method slots.
/// </para>
/// </summary>
internal sealed class InstanceLayouts
{
    public static readonly StructType VtableType = LowLevelTypes.Struct("object_vtable",
        ("subclassrange_min", LowLevelTypes.Signed), ("subclassrange_max", LowLevelTypes.Signed));

    private readonly Dictionary<ClassDef, StructType> _structs = [];
    private readonly Dictionary<ClassDef, ForwardReference> _references = [];
    private readonly Dictionary<ClassDef, ClassInfo> _vtables = [];
    private readonly Dictionary<(ClassDef, string), MethodSlot> _slots = [];

    private readonly List<ClassDef> _all;

    /// <param name="lowLevelTypeOf">the low-level type of an attribute's annotation; it may ask for
    /// <see cref="PointerTo"/> of any class (a node points to nodes), answered by a forward reference.</param>
    /// <param name="slots">the vtable slots the program's call sites need; <see cref="FillVtables"/>
    /// fills them once their graphs exist.</param>
    public InstanceLayouts(IEnumerable<ClassDef> classDefs, Func<SomeValue, InstanceLayouts, LowLevelType> lowLevelTypeOf,
        IReadOnlyList<MethodSlot> slots)
    {
        var all = _all = Preorder(classDefs.ToList()).ToList();
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
        foreach (var slot in slots)
            _slots[(slot.Owner, slot.Name)] = slot;
        foreach (var classDef in all)
        {
            var info = _vtables[classDef];
            var parentStruct = classDef.Base is { } parent ? _vtables[parent].VtableStruct : VtableType;
            var own = slots.Where(s => s.Owner == classDef).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
            info.VtableStruct = own.Count == 0 ? parentStruct : LowLevelTypes.Struct("vtable_" + classDef.Name,
                [("super", parentStruct), .. own.Select(s => (s.FieldName, (LowLevelType)LowLevelTypes.Ptr(SlotType(s, lowLevelTypeOf))))]);
            var vtable = LLInterpreter.NewStruct(info.VtableStruct, 0);
            vtable.Fields["subclassrange_min"] = (long)info.Range.Min;
            vtable.Fields["subclassrange_max"] = (long)info.Range.Max;
            info.Vtable = vtable;
        }
    }

    /// <summary>Puts into every class's vtable the graph of each slot it has (null when it has none).</summary>
    public void FillVtables(Func<ClassDef, MethodSlot, FunctionGraph?> implementation)
    {
        foreach (var classDef in _all)
        {
            foreach (var slot in _slots.Values.Where(s => classDef.IsSubclassOf(s.Owner)))
                _vtables[classDef].Vtable!.Fields[slot.FieldName] = implementation(classDef, slot);
        }
    }

    /// <summary>The function type of a slot: its family's, or for instantiate, () -> the owner's instances.</summary>
    private FuncType SlotType(MethodSlot slot, Func<SomeValue, InstanceLayouts, LowLevelType> lowLevelTypeOf) =>
        slot.Family is { } family ? FunctionType(family, lowLevelTypeOf) : LowLevelTypes.Func([], PointerTo(slot.Owner));

    /// <summary>Parents before children, in the order the classes were made.</summary>
    private static IEnumerable<ClassDef> Preorder(List<ClassDef> all) =>
        all.Where(c => c.Base is null).SelectMany(Subtree);

    private static IEnumerable<ClassDef> Subtree(ClassDef c) => c.Subclasses.SelectMany(Subtree).Prepend(c);

    public StructType StructOf(ClassDef classDef) => _structs[classDef];

    public PtrType PointerTo(ClassDef classDef) => LowLevelTypes.Ptr(_references[classDef]);

    public ClassInfo VtableOf(ClassDef classDef) => _vtables[classDef];

    /// <summary>The slot through which a call of method <paramref name="name"/> on an instance of
    /// <paramref name="classDef"/> dispatches: the one of the nearest class at or above it that owns one.</summary>
    public MethodSlot? SlotFor(ClassDef classDef, string name) =>
        classDef.Mro().Select(c => _slots.GetValueOrDefault((c, name))).FirstOrDefault(s => s is not null);

    /// <summary>The type of a function pointer to a member of <paramref name="family"/>.</summary>
    public FuncType FunctionType(CallFamily family, Func<SomeValue, InstanceLayouts, LowLevelType> lowLevelTypeOf) =>
        LowLevelTypes.Func([.. family.Parameters.Select(p => lowLevelTypeOf(p, this))], lowLevelTypeOf(family.Result, this));

    /// <summary>The root class of a class: the struct that holds <c>typeptr</c>.</summary>
    public static ClassDef Root(ClassDef classDef) => classDef.Mro().Last();
}
