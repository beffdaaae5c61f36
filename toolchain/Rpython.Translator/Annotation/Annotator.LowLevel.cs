using Rpython.Translator.Flow;
using Rpython.Translator.RTyping;

namespace Rpython.Translator.Annotation;

// The low-level helpers (RPython's annlowlevel.py and the SomePtr rules of annotation/model.py): the
// RTyper implements lists, strings and dicts with functions written in RPython over pointers
// (toolchain/rpython/rtyper/*.py), annotated here once the program's annotation is complete. In them a
// pointer's field reads as the annotation of its type (a Ptr field as a pointer, the inline array of a
// var-sized struct as an interior pointer), an item of an array of structs is used right away
// (entries[i].key, entries[i].key = k), low-level types are constants (LIST, typeOf(l).TO), and
// rpython.rtyper.lltypesystem.lltype provides malloc, nullptr, typeOf, is_array, is_gc_pointer,
// identityhash and the primitive types Signed and Bool; llop.NAME(RESULT, args...) of
// rpython.rtyper.lltypesystem.lloperation is the low-level operation NAME (one of the runtime's,
// such as the character database's unichar_isalpha). A helper gets one graph per low-level signature of its arguments (RPython's
// specialize:ll): ll_append on a list of ints and on a list of strs are two graphs. A helper may be
// given a function of the program, already annotated, as a constant pointer to a function (a
// Ptr(FuncType) whose value is the graph: r_dict's key_eq and key_hash); calling it calls the graph.
// A factory of the helper modules may make helpers at RTyping time (one closure per tuple type, as
// RPython's rtuple.py): it runs at import time, and its closures see its variables as constants.

internal sealed partial class Annotator
{
    private const string LowLevelModulePrefix = "rpython.rtyper.";

    private const string LLType = "rpython.rtyper.lltypesystem.lltype.";

    private const string LLOp = "rpython.rtyper.lltypesystem.lloperation.llop.";

    /// <summary>Annotates the ll helper <c>rpython.rtyper.MODULE.FUNCTION</c> called with arguments of
    /// these annotations (and everything it calls) and returns its graph for this signature. The
    /// helpers are part of the toolchain: an error in them is a bug of the toolchain, thrown.</summary>
    public FunctionGraph AnnotateHelper(string module, string function, IReadOnlyList<SomeValue> args) =>
        AnnotateHelper(HelperFunction(module, function), args);

    /// <summary>Annotates a function of a helper module (one a factory made: a tuple's comparison) as <see
    /// cref="AnnotateHelper(string, string, IReadOnlyList{SomeValue})"/> does.</summary>
    public FunctionGraph AnnotateHelper(PyFunction helper, IReadOnlyList<SomeValue> args)
    {
        int errors = _diagnostics.Count;
        var graph = GraphFor(Bookkeeper.FunctionDescOf(helper), LowLevelKey(args), ShortKey(args));
        if (graph is not null)
        {
            MergeIntoBlock(graph.StartBlock, args, graph.Location);
            Complete();
        }
        if (graph is null || _diagnostics.Count > errors)
        {
            throw new InvalidOperationException($"the ll helper {helper.QualifiedName}({LowLevelKey(args)}) does not annotate: "
                + string.Join("\n", _diagnostics.Items.Skip(errors)));
        }
        return graph;
    }

    /// <summary>A function of an ll helper module, as a value to pass to other helpers (an item's eq).</summary>
    public PyFunction HelperFunction(string module, string function) =>
        _evaluator.ToolchainModule(LowLevelModulePrefix + module).Globals.GetValueOrDefault(function) as PyFunction
            ?? throw new InvalidOperationException($"{LowLevelModulePrefix}{module} defines no function {function}");

    /// <summary>Calls a function of a helper module at import time (a factory of helpers) and returns
    /// what it returns; an error in it is a bug of the toolchain, thrown.</summary>
    public object? CallAtImportTime(PyFunction factory, IReadOnlyList<object?> args)
    {
        try
        {
            return _evaluator.InterpreterFor(factory.Module).CallValue(factory, args, (Syntax.LocatedNode)factory.Definition);
        }
        catch (Exception e) when (e is FlowError or ImportTimeInterpreter.Raised)
        {
            throw new InvalidOperationException($"the helper factory {factory.QualifiedName} failed: {e.Message}", e);
        }
    }

    /// <summary>The graphs of a function of the program, one per specialisation it was annotated with.</summary>
    public IReadOnlyList<FunctionGraph> GraphsOf(FunctionDesc desc) =>
        [.. _graphs.Where(entry => entry.Key.Item1 == desc).Select(entry => entry.Value)];

    /// <summary>The low-level types the helpers import by name (<c>from rpython.rtyper.lltypesystem.rstr import STR</c>).</summary>
    public static LowLevelType? NamedLowLevelType(string qualifiedName) => qualifiedName switch
    {
        "rpython.rtyper.lltypesystem.rstr.STR" => BuiltinTypes.Str,
        "rpython.rtyper.lltypesystem.rstr.BYTES" => BuiltinTypes.Bytes,
        LLType + "Signed" => LowLevelTypes.Signed,
        LLType + "Bool" => LowLevelTypes.Bool,
        _ => null,
    };

    private static bool IsLowLevelHelper(PyFunction function) =>
        function.Module?.Name.StartsWith(LowLevelModulePrefix, StringComparison.Ordinal) == true;

    /// <summary>The graph key of a helper: the low-level type of each argument (a type constant by
    /// value, a function of the program by its graph).</summary>
    private string LowLevelKey(IEnumerable<SomeValue> args) =>
        string.Join(", ", args.Select(a => a switch
        {
            SomeLowLevelType t => "type " + t.Type,
            SomePtr { IsConstant: true, Const: FunctionGraph g } => "function " + DescOf(g).Name + " " + g.Name,
            SomePtr or SomeInteriorPtr => AnnotationFormatter.FormatType(a),
            SomeBool => "Bool",
            SomeChar => "UniChar",
            SomeInteger i => i.Unsigned ? "Unsigned" : "Signed",
            SomeFloat => "Float",
            _ when a.IsConstant => PyRepr.Of(a.Const is Desc d ? d.Name : a.Const),
            _ => AnnotationFormatter.FormatType(a),
        }));

    /// <summary>The key in a helper graph's name: types by short names (ll_append__list_Signed).</summary>
    private static string ShortKey(IEnumerable<SomeValue> args) =>
        string.Join("_", args.Select(a => a switch
        {
            SomeLowLevelType t => ShortName(t.Type),
            SomePtr { IsConstant: true, Const: FunctionGraph g } => g.Name,
            SomePtr p => ShortName(p.Type),
            SomeInteriorPtr p => ShortName(p.Parent),
            _ when a.IsConstant && a.Const is Desc d => d.Name[(d.Name.LastIndexOf('.') + 1)..],
            SomeNone => "None",
            _ => ShortName(LowLevelTypeOf(a)),
        }));

    private static string ShortName(LowLevelType type) => type.Resolved() switch
    {
        PtrType p => ShortName(p.Target),
        StructType { Name: var name } s when s.Fields.FirstOrDefault(f => f.Name is "items" or "list" or "entries" or "dict") is { } field => name + "_" + ShortName(field.Type),
        StructType { Name: "odictentry" } s => "entry_" + ShortName(s.FieldType("key")) + "_" + ShortName(s.FieldType("value")),
        StructType { Name: var name } s when name.StartsWith("tuple", StringComparison.Ordinal) => name + "_" + string.Join("_", s.Fields.Select(f => ShortName(f.Type))),
        StructType s => s.Name,
        ArrayType a => "array_" + ShortName(a.ItemType),
        var other => other.ToString(),
    };

    private static bool IsLowLevel(SomeValue value) => value is SomePtr or SomeInteriorPtr or SomeArrayItemPtr or SomeLowLevelType;

    /// <summary>The annotation of a value of low-level type <paramref name="type"/>, as a helper reads it.</summary>
    public static SomeValue AnnotationOf(LowLevelType type) => type.Resolved() switch
    {
        PtrType p => new SomePtr(p),
        PrimitiveType { Kind: PrimitiveKind.Signed } => s_int,
        PrimitiveType { Kind: PrimitiveKind.Unsigned } => new SomeInteger(kind: IntegerKind.Unsigned),
        PrimitiveType { Kind: PrimitiveKind.Float } => new SomeFloat(),
        PrimitiveType { Kind: PrimitiveKind.Bool } => s_bool,
        PrimitiveType { Kind: PrimitiveKind.UniChar } => new SomeChar(),
        // A byte (of bytes) reads as an int, as Python 3's bytes items do: the RTyper casts it.
        PrimitiveType { Kind: PrimitiveKind.Char } => s_nonnegInt,
        PrimitiveType { Kind: PrimitiveKind.Void } => SomeNone.Instance,
        _ => throw new AnnotatorError($"values of the low-level type {type} cannot be read in an ll helper"),
    };

    /// <summary>The low-level type of a helper's value (what typeOf() gives).</summary>
    private static LowLevelType LowLevelTypeOf(SomeValue value) => value switch
    {
        SomePtr p => p.Type,
        SomeBool => LowLevelTypes.Bool,
        SomeChar => LowLevelTypes.UniChar,
        SomeInteger i => i.Unsigned ? LowLevelTypes.Unsigned : LowLevelTypes.Signed,
        SomeFloat => LowLevelTypes.Float,
        _ => throw new AnnotatorError($"{AnnotationFormatter.FormatType(value)} has no low-level type in an ll helper"),
    };

    /// <summary>Whether a value of annotation <paramref name="value"/> may be stored where a
    /// <paramref name="type"/> is (a field, an array item).</summary>
    private static void CheckStore(SomeValue value, LowLevelType type, string where)
    {
        bool fits = (type.Resolved(), value) switch
        {
            (PtrType p, SomePtr q) => p == q.Type,
            (PrimitiveType { Kind: PrimitiveKind.Signed }, SomeInteger { Unsigned: false }) => true,
            (PrimitiveType { Kind: PrimitiveKind.Unsigned }, SomeInteger) => true,
            (PrimitiveType { Kind: PrimitiveKind.Float }, SomeFloat) => true,
            (PrimitiveType { Kind: PrimitiveKind.Bool }, SomeBool) => true,
            (PrimitiveType { Kind: PrimitiveKind.UniChar }, SomeChar) => true,
            (PrimitiveType { Kind: PrimitiveKind.Char }, SomeInteger { Unsigned: false }) => true,
            (PrimitiveType { Kind: PrimitiveKind.Void }, _) => true,
            _ => false,
        };
        if (!fits)
            throw new AnnotatorError($"cannot store {AnnotationFormatter.Format(value)} into {where} of type {type}");
    }

    /// <summary>An operation on a pointer, an interior pointer or a low-level type.</summary>
    private static SomeValue LowLevelOperation(SpaceOperation op, SomeValue[] args)
    {
        switch (op.OpName, args[0])
        {
            case ("getattr", SomeLowLevelType t):
                return new SomeLowLevelType(TypeAttribute(t.Type, ConstantString(op.Args[1])));
            case ("getattr", SomeArrayItemPtr item):
                return AnnotationOf(item.Item.FieldType(ConstantString(op.Args[1])));
            case ("setattr", SomeArrayItemPtr item):
            {
                string name = ConstantString(op.Args[1]);
                CheckStore(args[2], item.Item.FieldType(name), $"the field '{name}' of an array item");
                return SomeNone.Instance;
            }
            case ("getitem", SomePtr { Type.Target: ArrayType { ItemType: StructType } } array):
                CheckIndex(args[1]);
                return new SomeArrayItemPtr(array.Type);
            case ("getattr", SomePtr p):
            {
                string name = ConstantString(op.Args[1]);
                var field = StructOf(p).FieldType(name);
                return field is ArrayType { IsGc: false } ? new SomeInteriorPtr(p.Type, name) : AnnotationOf(field);
            }
            case ("setattr", SomePtr p):
            {
                string name = ConstantString(op.Args[1]);
                CheckStore(args[2], StructOf(p).FieldType(name), $"the field '{name}'");
                return SomeNone.Instance;
            }
            case ("getitem", SomePtr or SomeInteriorPtr):
                CheckIndex(args[1]);
                return AnnotationOf(ArrayOf(args[0]).ItemType);
            case ("setitem", SomePtr or SomeInteriorPtr):
                CheckIndex(args[1]);
                CheckStore(args[2], ArrayOf(args[0]).ItemType, "an array item");
                return SomeNone.Instance;
            case ("bool", SomePtr):
                return s_bool;
            case ("is_" or "eq" or "ne", SomePtr p) when args[1] is SomePtr q && p.Type == q.Type:
                return s_bool;
            case ("is_", SomePtr p) when args[1] is SomeNone:
                // A function given to the helper (eq is None): known when the helper is annotated.
                return p.IsConstant && p.Const is not null ? new SomeBool().WithConst(false) : s_bool;
        }
        throw new AnnotatorError($"unsupported operation '{op.OpName}' on {string.Join(" and ", args.Select(AnnotationFormatter.FormatType))} in an ll helper");
    }

    /// <summary>A call of a function given to a helper as a constant pointer (a graph of the program):
    /// its result as the function's low-level type says. The RTyper converts the arguments (an
    /// instance of a subclass to the class the function takes).</summary>
    private static SomeValue CallLowLevelFunction(FuncType type, IReadOnlyList<SomeValue> args)
    {
        if (args.Count != type.Args.Length)
            throw new AnnotatorError($"a function of type {type} called with {args.Count} arguments in an ll helper");
        for (int i = 0; i < args.Count; i++)
        {
            if (!(type.Args[i].Resolved() is PtrType && args[i] is SomePtr))
                CheckStore(args[i], type.Args[i], $"argument {i} of a function");
        }
        return AnnotationOf(type.Result);
    }

    private static void CheckIndex(SomeValue index)
    {
        if (index is not SomeInteger { Unsigned: false })
            throw new AnnotatorError($"an array index must be an int, not {AnnotationFormatter.FormatType(index)}");
    }

    private static StructType StructOf(SomePtr pointer) =>
        pointer.Type.Target as StructType ?? throw new AnnotatorError($"{pointer.Type} does not point to a struct");

    private static ArrayType ArrayOf(SomeValue pointer) => pointer switch
    {
        SomeInteriorPtr i => i.Array,
        SomePtr { Type.Target: ArrayType a } => a,
        _ => throw new AnnotatorError($"{AnnotationFormatter.FormatType(pointer)} is not an array"),
    };

    /// <summary><c>PTR.TO</c>, <c>ARRAY.OF</c>, <c>STRUCT.field</c> on low-level type constants.</summary>
    private static LowLevelType TypeAttribute(LowLevelType type, string name) => (type.Resolved(), name) switch
    {
        (PtrType p, "TO") => p.Target,
        (ArrayType a, "OF") => a.ItemType,
        (StructType s, _) => s.FieldType(name),
        _ => throw new AnnotatorError($"the low-level type {type} has no attribute '{name}'"),
    };

    /// <summary>The functions of rpython.rtyper.lltypesystem.lltype, and len() of an array.</summary>
    private static SomeValue? LowLevelBuiltin(string name, IReadOnlyList<SomeValue> args)
    {
        if (name == "len" && args is [SomePtr or SomeInteriorPtr])
        {
            _ = ArrayOf(args[0]);
            return s_nonnegInt;
        }
        if (name.StartsWith(LLOp, StringComparison.Ordinal))
        {
            return LowLevelOperations.TryGet(name[LLOp.Length..], out _) && args is [SomeLowLevelType result, ..]
                ? AnnotationOf(result.Type)
                : throw new AnnotatorError($"llop.{name[LLOp.Length..]}() is not a low-level operation called with its result type first");
        }
        if (!name.StartsWith(LLType, StringComparison.Ordinal))
            return null;
        switch (name[LLType.Length..], args)
        {
            case ("malloc", [SomeLowLevelType { Type: ContainerType { IsVarSize: false } t }]):
                return new SomePtr(LowLevelTypes.Ptr(t));
            case ("malloc", [SomeLowLevelType { Type: ContainerType { IsVarSize: true } t }, SomeInteger]):
                return new SomePtr(LowLevelTypes.Ptr(t));
            case ("nullptr", [SomeLowLevelType { Type: ContainerType t }]):
                return new SomePtr(LowLevelTypes.Ptr(t)).WithConst(null);
            case ("is_array", [SomeLowLevelType t]):
                return new SomeBool().WithConst(t.Type is PtrType { Target: ArrayType });
            case ("is_gc_pointer", [SomeLowLevelType t]):
                return new SomeBool().WithConst(t.Type.Resolved() is PtrType { Target.IsGc: true });
            case ("identityhash", [SomePtr { Type.Target.IsGc: true }]):
                return s_int;
            case ("typeOf", [var value]):
                return new SomeLowLevelType(LowLevelTypeOf(value));
        }
        throw new AnnotatorError($"{name[LLType.Length..]}() cannot be called with {string.Join(", ", args.Select(AnnotationFormatter.FormatType))}");
    }
}
