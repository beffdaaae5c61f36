using Rpython.Translator.Annotation;
using Rpython.Translator.Flow;

namespace Rpython.Translator.RTyping;

/// <summary>A program the RTyper cannot lower (yet), at an operation's position.</summary>
internal sealed class TyperError(SourceLocation? location, string message) : Exception(message)
{
    public SourceLocation? Location { get; } = location;
}

/// <summary>
/// The RTyper (RPython's rtyper.py): turns annotated graphs into low-level graphs, in place. Every
/// variable gets the low-level type of its annotation's representation (<see cref="Repr"/>), every
/// high-level operation becomes low-level operations of <see cref="LowLevelOperations"/> with Python's
/// semantics spelled out (floor division and modulo round toward negative infinity), constants are
/// replaced by typed constants (shared ones such as <see cref="Constant.None"/> are never mutated),
/// and a value crossing a link to a block that represents it differently is converted on the way,
/// in a block inserted on the link.
/// This version lowers ints (signed and unsigned), bools, floats, None, instances of the program's
/// classes and of the built-in exceptions (<see cref="InstanceLayouts"/>: allocation with __init__,
/// attributes, methods that are not overridden, isinstance, None tests), raising and catching
/// (exception exits carry the caught class's vtable; <c>type(x)</c> is the vtable), and calls of
/// functions known at translation time; other annotations are a <see cref="TyperError"/>.
/// Each block is lowered once (no reflow).
/// </summary>
internal sealed partial class RTyper
{
    private readonly Annotator annotator;
    private readonly HashSet<Block> _done = [];

    public RTyper(Annotator annotator)
    {
        this.annotator = annotator;
        foreach (var name in s_helperExceptions.Concat(HelperExceptionsOfOperations()))
            annotator.Bookkeeper.ClassDefOf(annotator.Bookkeeper.BuiltinClass(name));
        Families = CallFamilies.Normalize(annotator);
        Instances = new InstanceLayouts(annotator.Bookkeeper.ClassDefs, LowLevelTypeOf, MethodSlots());
        Instances.FillVtables(SlotImplementation);
        ExceptionData = ExceptionData.From(Instances, annotator.Bookkeeper.ClassDefs);
    }

    /// <summary>The call families: graphs one call site may reach share one signature.</summary>
    private CallFamilies Families { get; }

    /// <summary>The vtable slots the program's dispatching call sites need: for each method name, a
    /// slot in the most general class a call site dispatches on (a call on a subclass uses it too).</summary>
    private List<MethodSlot> MethodSlots()
    {
        var wanted = new List<(ClassDef Root, string Name, FunctionGraph? Member)>();
        foreach (var graph in annotator.Graphs)
        {
            foreach (var op in graph.Blocks().SelectMany(b => b.Operations))
            {
                if (op.OpName is not ("simple_call" or "call_args"))
                    continue;
                var callees = annotator.CalleesOf(op);
                switch (annotator.Binding(op.Args[0]))
                {
                    case SomePbc { Kind: DescKind.Method } methods when callees.Count > 1:
                    {
                        var descs = methods.Descs.Cast<MethodDesc>().ToList();
                        wanted.Add((CommonBase(descs.Select(d => d.SelfClass)), descs[0].MethodName, callees[0]));
                        break;
                    }
                    case SomePbc { Kind: DescKind.Class } classes when classes.Descs.Length > 1:
                    {
                        // A class known only at run time: its vtable makes the instance, and calls __init__ if they differ.
                        var root = CommonBase(classes.Descs.Cast<ClassDesc>().Select(d => d.ClassDef));
                        wanted.Add((root, MethodSlot.Instantiate, null));
                        if (callees.Count > 1)
                            wanted.Add((root, "__init__", callees[0]));
                        break;
                    }
                }
            }
        }
        return [.. wanted
            .Where(w => !wanted.Any(other => other.Name == w.Name && other.Root != w.Root && w.Root.IsSubclassOf(other.Root)))
            .DistinctBy(w => (w.Root, w.Name))
            .Select(w => new MethodSlot(w.Root, w.Name, w.Member is null ? null : Families.FamilyOf(w.Member, annotator)))];
    }

    private static ClassDef CommonBase(IEnumerable<ClassDef> classes) =>
        classes.Aggregate((a, b) => a.CommonBase(b) ?? throw new TyperError(null, $"the classes {a.Name} and {b.Name} have no common base class"));

    /// <summary>What a class's vtable holds in a slot: the graph of its method of that name, or of the
    /// function that makes its instances; null when it has none.</summary>
    private FunctionGraph? SlotImplementation(ClassDef classDef, MethodSlot slot)
    {
        if (slot.Name == MethodSlot.Instantiate)
            return InstantiateGraph(classDef, slot.Owner);
        return annotator.Bookkeeper.MethodsOf(classDef, slot.Name).FirstOrDefault(m => m.SelfClass == classDef) is { } method
            && annotator.GraphsOf(method.Function) is [var graph]
            ? graph
            : null;
    }

    public InstanceLayouts Instances { get; }

    /// <summary>The program's exception state and standard exceptions, for the exception transform,
    /// the LLInterpreter and the backend.</summary>
    public ExceptionData ExceptionData { get; }

    /// <summary>Lowers every graph the annotator reached.</summary>
    /// <summary>Lowers every graph the annotator reached, and the ll helpers that lowering calls
    /// (annotated on the way, so the list of graphs grows while it is walked).</summary>
    public void Specialize()
    {
        for (int i = 0; i < annotator.Graphs.Count; i++)
        {
            if (!_builtLowLevel.Contains(annotator.Graphs[i]))
                SpecializeGraph(annotator.Graphs[i]);
        }
    }

    /// <summary>The graphs the RTyper built already lowered (the instantiate functions of vtables).</summary>
    private readonly HashSet<FunctionGraph> _builtLowLevel = [];

    /// <summary>A graph that makes an instance of <paramref name="classDef"/> (malloc, vtable, class-level
    /// defaults) and returns it as an instance of <paramref name="owner"/>: the vtable's instantiate.</summary>
    private FunctionGraph InstantiateGraph(ClassDef classDef, ClassDef owner)
    {
        var start = new Block([]);
        var graph = new FunctionGraph("rpython.rtyper.rclass", "ll_instantiate__" + classDef.Name, start, location: null);
        graph.ReturnBlock.InputArgs[0].ConcreteType = Instances.PointerTo(owner);
        graph.ExceptBlock.InputArgs[0].ConcreteType = LowLevelTypes.Ptr(InstanceLayouts.VtableType);
        graph.ExceptBlock.InputArgs[1].ConcreteType = Instances.PointerTo(InstanceLayouts.Root(owner));
        var ops = new LowLevelOps(this, new SpaceOperation("simple_call", [], new Variable(), null));
        var instance = ops.NewInstance(annotator.Bookkeeper.ClassOf(classDef), classDef);
        var returned = ops.ConvertValue(instance, Instances.PointerTo(owner));
        start.Operations.AddRange(ops.Emitted);
        var link = new Link(start, null) { Target = graph.ReturnBlock };
        link.Args.Add(returned);
        start.Exits.Add(link);
        annotator.AddLowLevelGraph(graph);
        _builtLowLevel.Add(graph);
        return graph;
    }

    public LowLevelType LowLevelTypeOf(SomeValue annotation) => LowLevelTypeOf(annotation, Instances);

    private LowLevelType LowLevelTypeOf(SomeValue annotation, InstanceLayouts instances) => annotation switch
    {
        SomeBool => LowLevelTypes.Bool,
        SomeInteger { Kind: IntegerKind.Unsigned or IntegerKind.ULongLong } => LowLevelTypes.Unsigned,
        SomeInteger => LowLevelTypes.Signed,
        SomeFloat => LowLevelTypes.Float,
        SomeNone or SomeImpossibleValue => LowLevelTypes.Void,
        // A class as a value is its vtable (what type(x) gives and an exception exit carries).
        SomePbc { Kind: DescKind.Class } => LowLevelTypes.Ptr(InstanceLayouts.VtableType),
        SomePbc { Kind: DescKind.Function, Descs.Length: 1, CanBeNone: false } => LowLevelTypes.Void,
        // Several functions, or one that may be None: a function pointer of their family's type.
        SomePbc { Kind: DescKind.Function } functions => LowLevelTypes.Ptr(instances.FunctionType(FamilyOfFunctions(functions), LowLevelTypeOf)),
        // A bound method is its receiver, as the class that defines the method sees it.
        SomePbc { Kind: DescKind.Method, CanBeNone: false } methods => instances.PointerTo(methods.Descs.Cast<MethodDesc>()
            .Select(m => m.SelfClass).Aggregate((a, b) => a.CommonBase(b) ?? throw new TyperError(null, $"the methods {AnnotationFormatter.FormatType(annotation)} have no common class"))),
        SomeBuiltin => LowLevelTypes.Void,
        SomeInstance i => instances.PointerTo(i.ClassDef),
        SomePtr { IsConstant: true, Type.Target: FuncType } => LowLevelTypes.Void, // a function given to a helper: known, as a PBC
        SomePtr p => p.Type,
        SomeInteriorPtr p => p.Parent,
        SomeArrayItemPtr => LowLevelTypes.Void, // no value of its own (RTyper.LowLevel.cs)
        SomeLowLevelType => LowLevelTypes.Void,
        SomeChar => LowLevelTypes.UniChar,
        SomeString => BuiltinTypes.StrPtr,
        SomeBytes => BuiltinTypes.BytesPtr,
        SomeList l => l.ListDef.Resized
            ? LowLevelTypes.Ptr(BuiltinTypes.ListOf(LowLevelTypeOf(l.ListDef.Item, instances)))
            : LowLevelTypes.Ptr(BuiltinTypes.ItemsOf(LowLevelTypeOf(l.ListDef.Item, instances))),
        SomeTuple t => LowLevelTypes.Ptr(BuiltinTypes.TupleOf([.. t.Items.Select(i => LowLevelTypeOf(i, instances))])),
        SomeIterator { Container: SomeString or SomeBytes, Variant: "" or "enumerate" } it => LowLevelTypes.Ptr(BuiltinTypes.StrIteratorOf((PtrType)LowLevelTypeOf(it.Container, instances))),
        SomeIterator { Container: SomeList l, Variant: "" or "enumerate" } when IsRangeList(l) => LowLevelTypes.Ptr(BuiltinTypes.RangeIterator),
        SomeIterator { Container: SomeList, Variant: "" or "enumerate" } it => LowLevelTypes.Ptr(BuiltinTypes.IteratorOf((PtrType)LowLevelTypeOf(it.Container, instances))),
        SomeStringBuilder => LowLevelTypes.Ptr(BuiltinTypes.StringBuilder),
        SomeDict d => LowLevelTypes.Ptr(BuiltinTypes.DictOf(LowLevelTypeOf(d.DictDef.Key, instances), LowLevelTypeOf(d.DictDef.Value, instances))),
        SomeIterator { Container: SomeDict, Variant: "" } it => LowLevelTypes.Ptr(BuiltinTypes.DictIteratorOf((PtrType)LowLevelTypeOf(it.Container, instances))),
        SomeBuiltinMethod { Receiver: var receiver } => LowLevelTypeOf(receiver, instances),
        SomeJitDriverMethod => LowLevelTypes.Void,
        _ => throw new TyperError(null, $"values of type {AnnotationFormatter.FormatType(annotation)} are not supported by the RTyper yet"),
    };

    /// <summary>Whether only range() makes the lists of <paramref name="list"/> and nothing changes
    /// them: their items are start, start + step..., and their iterators need not read them.</summary>
    private static bool IsRangeList(SomeList list) => list.ListDef.RangeStep is not null && !list.ListDef.Mutated;

    /// <summary>The call family of the graphs of <paramref name="functions"/>.</summary>
    private CallFamily FamilyOfFunctions(SomePbc functions)
    {
        var graphs = functions.Descs.Cast<FunctionDesc>().Select(d => annotator.GraphsOf(d) switch
        {
            [var graph] => graph,
            [] => throw new TyperError(null, $"the function {d.Function.Name} is used as a value but never called, so it has no graph to point to"),
            _ => throw new TyperError(null, $"the function {d.Function.Name} is specialised (it has several graphs): it cannot be used as a value"),
        }).ToList();
        var family = Families.FamilyOf(graphs[0], annotator);
        if (graphs.Any(g => !family.Graphs.Contains(g)))
            throw new TyperError(null, $"the functions {string.Join(", ", graphs.Select(g => g.Name))} are used as one value but are never called from one place");
        return family;
    }

    private LowLevelType TypeOf(FlowValue value, SourceLocation? at)
    {
        try
        {
            return LowLevelTypeOf(annotator.Binding(value));
        }
        catch (TyperError e)
        {
            throw new TyperError(at, e.Message);
        }
    }

    /// <summary>A switch the annotator found constant keeps only the exit it takes (RPython's
    /// constfold of exit switches): the other side was never annotated and is dropped.</summary>
    private void PruneConstantSwitches(FunctionGraph graph)
    {
        foreach (var block in graph.Blocks())
        {
            if (block.ExitSwitch is not Variable condition || block.CatchesExceptions
                || annotator.Binding(condition) is not { IsConstant: true, Const: bool truth })
                continue;
            var taken = block.Exits.First(l => Equals(l.ExitCase, truth));
            var unconditional = new Link(block, null) { Target = taken.Target, Location = taken.Location };
            unconditional.Args.AddRange(taken.Args);
            block.ExitSwitch = null;
            block.Exits.Clear();
            block.Exits.Add(unconditional);
        }
    }

    /// <summary>Whether a graph is one of the ll helpers (whose operations are the low-level ones themselves).</summary>
    private bool IsHelper(FunctionGraph graph) => graph.ModuleName.StartsWith("rpython.rtyper.", StringComparison.Ordinal);

    /// <summary>The graph being lowered.</summary>
    private FunctionGraph? _graph;

    /// <summary>The block being lowered.</summary>
    private Block? _block;

    /// <summary>The range() calls of the block being lowered whose list only a for loop iterates
    /// (RTyper.Containers.cs): their bounds, which the iter operation takes instead of the list.</summary>
    private readonly Dictionary<Variable, FlowValue[]> _rangesIterated = [];

    /// <summary>The one-item list displays of the block being lowered that only a mul reads
    /// (<c>[item] * n</c>, RTyper.Containers.cs): their item, which the mul takes instead of the list.</summary>
    private readonly Dictionary<Variable, FlowValue> _itemsRepeated = [];

    private void SpecializeGraph(FunctionGraph graph)
    {
        _graph = graph;
        PruneConstantSwitches(graph);
        foreach (var v in graph.ReturnBlock.InputArgs.Concat(graph.ExceptBlock.InputArgs))
            v.ConcreteType = TypeOf(v, graph.Location);
        foreach (var block in graph.Blocks())
        {
            if (block == graph.ReturnBlock || block == graph.ExceptBlock || !_done.Add(block))
                continue;
            foreach (var v in block.InputArgs)
                v.ConcreteType = TypeOf(v, graph.Location);
            _block = block;
            _rangesIterated.Clear();
            _itemsRepeated.Clear();
            var lowered = new List<SpaceOperation>();
            foreach (var op in block.Operations)
                lowered.AddRange(new LowLevelOps(this, op).Lower());
            block.Operations.Clear();
            block.Operations.AddRange(lowered);
            if (block.ExitSwitch is Variable exitSwitch && exitSwitch.ConcreteType != LowLevelTypes.Bool)
                throw new TyperError(block.Operations.LastOrDefault()?.Location, "a branch must test a bool");
        }
        foreach (var block in graph.Blocks().ToList())
        {
            foreach (var link in block.Exits.ToList())
            {
                if (link.ExitCase is Flow.PyClass caught)
                {
                    var classDef = annotator.Bookkeeper.ClassDefOf(caught);
                    link.LowLevelExitCase = Instances.VtableOf(classDef);
                    link.LastException?.ConcreteType = LowLevelTypes.Ptr(InstanceLayouts.VtableType);
                    link.LastExceptionValue?.ConcreteType = Instances.PointerTo(classDef);
                }
                ConvertLinkArguments(link, block.Operations.LastOrDefault()?.Location ?? graph.Location);
            }
        }
    }

    /// <summary>Types a link's constants and converts a value whose low-level type differs from the
    /// target's input (an int flowing where the block holds a float, a char where it holds a str):
    /// in a block inserted on the link.</summary>
    private void ConvertLinkArguments(Link link, SourceLocation? at)
    {
        var target = link.Target!;
        FlowValue TypedConstant(Constant c, LowLevelType wanted) => Typed(LowLevelConstant(c.Value, wanted, at), wanted);
        // A Void value is a constant the annotator knows; the operation that made it (a low-level
        // type in a helper) may have left nothing, and then the link passes the constant itself; so
        // does a link into a block that holds it as a value (a function as a function pointer).
        var from = link.PrevBlock;
        for (int i = 0; i < link.Args.Count; i++)
        {
            if (link.Args[i] is Variable { ConcreteType: PrimitiveType { Kind: PrimitiveKind.Void } } v
                && (target.InputArgs[i].ConcreteType != LowLevelTypes.Void || (!from.InputArgs.Contains(v) && !from.Operations.Any(o => o.Result == v))))
                link.Args[i] = Typed(annotator.Binding(v).Const, LowLevelTypes.Void);
        }
        bool converts = link.Args.Select((a, i) => a is Variable && (a.ConcreteType ?? target.InputArgs[i].ConcreteType) != target.InputArgs[i].ConcreteType).Any(c => c);
        if (!converts)
        {
            var typed = link.Args.Select((a, i) => a is Constant c ? TypedConstant(c, target.InputArgs[i].ConcreteType!) : a).ToList();
            link.Args.Clear();
            link.Args.AddRange(typed);
            return;
        }
        // The conversion block receives the link's values and passes on the converted ones.
        var inputs = link.Args.OfType<Variable>().Distinct().ToList();
        var fresh = inputs.ToDictionary(v => v, v => new Variable(v.Prefix) { ConcreteType = v.ConcreteType });
        var block = new Block(fresh.Values);
        var converter = new LowLevelOps(this, new SpaceOperation("same_as", [], new Variable(), at));
        var onward = new Link(block, null) { Target = target, Location = link.Location };
        for (int i = 0; i < link.Args.Count; i++)
        {
            var wanted = target.InputArgs[i].ConcreteType!;
            onward.Args.Add(link.Args[i] is Constant c ? TypedConstant(c, wanted) : converter.ConvertValue(fresh[(Variable)link.Args[i]], wanted));
        }
        block.Operations.AddRange(converter.Emitted);
        block.Exits.Add(onward);
        link.Args.Clear();
        link.Args.AddRange(inputs);
        link.Target = block;
    }

    private static string CastName(LowLevelType from, LowLevelType to, SourceLocation? at) =>
        from is PtrType && to is PtrType ? "cast_pointer" : (Name(from), Name(to)) switch
        {
            ("Signed", "Float") => "cast_int_to_float",
            ("Bool", "Signed") => "cast_bool_to_int",
            ("Signed", "Char") => "cast_int_to_char",
            ("Bool", "Float") => "cast_bool_to_float",
            ("Bool", "Unsigned") => "cast_bool_to_uint",
            ("Signed", "Unsigned") => "cast_int_to_uint",
            ("Unsigned", "Signed") => "cast_uint_to_int",
            ("Unsigned", "Float") => "cast_uint_to_float",
            _ => throw new TyperError(at, $"cannot convert {from} to {to}"),
        };

    private static string Name(LowLevelType type) => type.ToString();

    /// <summary>A new constant of a low-level type (constants in graphs may be shared: never retyped in place).</summary>
    public static Constant Typed(object? value, LowLevelType type) => new(value) { ConcreteType = type };

    /// <summary>The value of a constant as the low-level type holds it.</summary>
    public static object? ConvertConstant(object? value, LowLevelType type, SourceLocation? at) => (Name(type), value) switch
    {
        ("Void", _) => value,
        ("Bool", bool b) => b,
        ("Signed", bool b) => b ? 1L : 0L,
        ("Signed", long l) => l,
        ("Unsigned", long l) => unchecked((ulong)l),
        ("Unsigned", bool b) => b ? 1UL : 0UL,
        ("Float", double d) => d,
        ("Float", long l) => (double)l,
        ("Float", bool b) => b ? 1.0 : 0.0,
        (_, null) when type is PtrType => null,
        ("UniChar", string c) => char.IsSurrogatePair(c, 0) ? char.ConvertToUtf32(c, 0) : c[0],
        // A prebuilt str is its text: the LLInterpreter and the backend build the object once.
        (_, string) when type == BuiltinTypes.StrPtr => value,
        _ => throw new TyperError(at, $"the constant {PyRepr.Of(value)} cannot be a {type} (prebuilt objects are not supported by the RTyper yet)"),
    };

    public SomeValue Binding(FlowValue value) => annotator.Binding(value);

    public IReadOnlyList<FunctionGraph> CalleesOf(SpaceOperation call) => annotator.CalleesOf(call);
}
