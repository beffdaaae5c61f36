using Rpython.Translator.Annotation;
using Rpython.Translator.Flow;

namespace Rpython.Translator.RTyping;

// The ll helpers (toolchain/rpython/rtyper/*.py): how the RTyper calls them, and how their own
// operations on pointers lower. A helper is annotated on its first use with the low-level types of
// the arguments it is called with (Annotator.AnnotateHelper); its graph joins the annotator's graphs
// and is lowered like the program's. In a helper, p.f is getfield (or, for the array inlined in a
// var-sized struct, the pointer itself: an interior pointer is its parent), a[i] is getarrayitem or
// getinteriorfield (a byte of bytes, a Char, is an int to the helper, as in Python 3: cast on the
// way in and out), len(a) is getarraysize or getinteriorarraysize, bool(p) is ptr_nonzero,
// malloc(T[, n]) is malloc or malloc_varsize, identityhash(p) is gc_identityhash; low-level types
// are Void constants and take no operation. An item of an array of structs (entries[i]) takes no
// operation either: the RTyper remembers the array and the index, and the field read or written
// right after it, in the same block, becomes getinteriorfield(entries, i, 'key') or
// setinteriorfield. A function of the program given to a helper (a Void constant holding its graph)
// is called with direct_call.

internal sealed partial class RTyper
{
    /// <summary>The exceptions the ll helpers and the operations raise: their classes must exist before
    /// the instance layouts are made, though the program may never mention them (RecursionError:
    /// stack_check, inserted after the RTyper, raises it).</summary>
    private static readonly string[] s_helperExceptions =
        ["IndexError", "KeyError", "ValueError", "StopIteration", "OverflowError", "ZeroDivisionError", "MemoryError", "OSError", LowLevelExceptions.StackOverflow];

    /// <summary>The exceptions the helpers raise only for some operations: needed when the program
    /// has one (so that other programs' classes keep their ids).</summary>
    private IEnumerable<string> HelperExceptionsOfOperations() =>
        annotator.Graphs.SelectMany(g => g.Blocks()).SelectMany(b => b.Operations)
            .Any(op => op.OpName == "simple_call" && annotator.Binding(op.Args[0]) is SomeBuiltinMethod { Name: "encode" or "decode" })
            ? ["UnicodeDecodeError", "UnicodeEncodeError"]
            : [];

    private const string LLType = "rpython.rtyper.lltypesystem.lltype.";

    private const string LLOp = "rpython.rtyper.lltypesystem.lloperation.llop.";

    /// <summary>The items of arrays of structs met so far (entries[i]): the array and the index each
    /// stands for. A variable is local to its block, so the use that follows finds it here.</summary>
    private readonly Dictionary<Variable, (FlowValue Array, FlowValue Index)> _arrayItems = [];

    /// <summary>The low-level type of a function of the program, as a helper that is given it calls it.</summary>
    private FuncType FunctionTypeOf(FunctionGraph graph) =>
        LowLevelTypes.Func([.. graph.StartBlock.InputArgs.Select(p => TypeOf(p, graph.Location))], TypeOf(graph.ReturnBlock.InputArgs[0], graph.Location));

    private sealed partial class LowLevelOps
    {
        /// <summary>Calls the helper <c>rpython.rtyper.MODULE.FUNCTION</c> with low-level values; its
        /// result is converted to <paramref name="result"/>'s type.</summary>
        private void CallHelper(string module, string function, Variable result, params FlowValue[] args) =>
            CallHelper(typer.annotator.HelperFunction(module, function), result, args);

        /// <summary>Calls a function of a helper module (one a factory made) as the helpers are called.</summary>
        private void CallHelper(PyFunction helper, Variable result, params FlowValue[] args)
        {
            var graph = typer.annotator.AnnotateHelper(helper, [.. args.Select(HelperArgument)]);
            var returns = typer.TypeOf(graph.ReturnBlock.InputArgs[0], At);
            var direct = returns == result.ConcreteType || result.ConcreteType is null ? result : Temp(returns);
            direct.ConcreteType ??= returns;
            CallGraph(graph, direct, args);
            if (direct != result)
                Emit(CastName(returns, result.ConcreteType!, At), result, direct);
        }

        /// <summary>The annotation a helper's parameter gets for a low-level argument.</summary>
        private SomeValue HelperArgument(FlowValue value)
        {
            if (value is Constant { ConcreteType: PrimitiveType { Kind: PrimitiveKind.Void }, Value: FunctionGraph graph })
                return new SomePtr(LowLevelTypes.Ptr(typer.FunctionTypeOf(graph))).WithConst(graph);
            if (value is Constant { ConcreteType: PrimitiveType { Kind: PrimitiveKind.Void } } c)
                return c.Value is null ? SomeNone.Instance : typer.annotator.Bookkeeper.Immutable(c.Value);
            var type = value.ConcreteType ?? typer.TypeOf(value, At);
            return type == LowLevelTypes.Void ? typer.Binding(value) : Annotator.AnnotationOf(type);
        }

        /// <summary>A value as the lowered form of a helper argument (a Void constant for a type or a function).</summary>
        private static Constant Void(object? value) => Typed(value, LowLevelTypes.Void);

        private bool IsPointerOperation()
        {
            if (op.OpName == "simple_call")
            {
                return typer.Binding(op.Args[0]) is SomePtr
                    || typer.Binding(op.Args[0]) is SomeBuiltin { Name: var name }
                    && (name.StartsWith(LLType, StringComparison.Ordinal) || name.StartsWith(LLOp, StringComparison.Ordinal) || name is "len" or "bool" && typer.Binding(op.Args[1]) is SomePtr or SomeInteriorPtr);
            }
            return op.Args.Any(a => typer.Binding(a) is SomePtr or SomeInteriorPtr or SomeArrayItemPtr or SomeLowLevelType);
        }

        /// <summary>An operation of an ll helper on pointers or low-level types.</summary>
        private void PointerOperation(Variable result)
        {
            if (typer.Binding(result) is SomeLowLevelType)
                return; // a low-level type (LIST.items.TO, typeOf(l)): a constant, no operation
            if (typer.Binding(result) is { IsConstant: true, Const: var known } && result.ConcreteType != LowLevelTypes.Void)
            {
                Emit("same_as", result, Typed(ConvertConstant(known, result.ConcreteType!, At), result.ConcreteType!));
                return;
            }
            switch (op.OpName)
            {
                case "getitem" when typer.Binding(result) is SomeArrayItemPtr:
                    typer._arrayItems[result] = (Arg(0, typer.TypeOf(op.Args[0], At)), Arg(1, LowLevelTypes.Signed));
                    return;
                case "getattr" when typer.Binding(op.Args[0]) is SomeArrayItemPtr:
                {
                    var (array, index) = ArrayItem(op.Args[0]);
                    Emit("getinteriorfield", result, array, index, Void((string)((Constant)op.Args[1]).Value!));
                    return;
                }
                case "setattr" when typer.Binding(op.Args[0]) is SomeArrayItemPtr item:
                {
                    var (array, index) = ArrayItem(op.Args[0]);
                    var name = (string)((Constant)op.Args[1]).Value!;
                    Emit("setinteriorfield", result, array, index, Void(name), Arg(2, item.Item.FieldType(name)));
                    return;
                }
                case "simple_call" when typer.Binding(op.Args[0]) is SomePtr { Const: FunctionGraph function }:
                    CallGraph(function, result, [.. op.Args.Skip(1)]);
                    return;
                case "getattr":
                {
                    var name = (string)((Constant)op.Args[1]).Value!;
                    if (typer.Binding(result) is SomeInteriorPtr)
                        Emit("same_as", result, Arg(0, result.ConcreteType!));
                    else
                        Emit("getfield", result, Arg(0, typer.TypeOf(op.Args[0], At)), Void(name));
                    return;
                }
                case "setattr":
                {
                    var pointer = (PtrType)typer.TypeOf(op.Args[0], At);
                    var name = (string)((Constant)op.Args[1]).Value!;
                    Emit("setfield", result, Arg(0, pointer), Void(name), Arg(2, ((StructType)pointer.Target).FieldType(name)));
                    return;
                }
                case "getitem" or "setitem":
                {
                    var array = typer.Binding(op.Args[0]);
                    var pointer = Arg(0, typer.TypeOf(op.Args[0], At));
                    var index = Arg(1, LowLevelTypes.Signed);
                    var itemType = array is SomeInteriorPtr { Array: var inlined } ? inlined.ItemType : ((ArrayType)((PtrType)pointer.ConcreteType!).Target).ItemType;
                    if (op.OpName == "getitem")
                    {
                        // A byte is read as a Char and then cast: the helper sees an int.
                        var read = itemType == LowLevelTypes.Char ? Temp(LowLevelTypes.Char) : result;
                        if (array is SomeInteriorPtr interior)
                            Emit("getinteriorfield", read, pointer, Void(interior.Field), index);
                        else
                            Emit("getarrayitem", read, pointer, index);
                        if (read != result)
                            Emit("cast_char_to_int", result, read);
                        return;
                    }
                    if (array is SomeInteriorPtr inner)
                        Emit("setinteriorfield", result, pointer, Void(inner.Field), index, Arg(2, itemType));
                    else
                        Emit("setarrayitem", result, pointer, index, Arg(2, itemType));
                    return;
                }
                case "bool":
                    Emit("ptr_nonzero", result, Arg(0, typer.TypeOf(op.Args[0], At)));
                    return;
                case "is_" or "eq":
                    Emit("ptr_eq", result, Arg(0, typer.TypeOf(op.Args[0], At)), Arg(1, typer.TypeOf(op.Args[0], At)));
                    return;
                case "ne":
                    Emit("ptr_ne", result, Arg(0, typer.TypeOf(op.Args[0], At)), Arg(1, typer.TypeOf(op.Args[0], At)));
                    return;
                case "simple_call":
                    LowLevelBuiltin(((SomeBuiltin)typer.Binding(op.Args[0])).Name, result);
                    return;
            }
            throw new TyperError(At, $"the operation '{op.OpName}' on pointers is not supported by the RTyper yet");
        }

        /// <summary>The array and index an item of an array of structs stands for (see the file header).</summary>
        private (FlowValue Array, FlowValue Index) ArrayItem(FlowValue item) =>
            item is Variable v && typer._arrayItems.TryGetValue(v, out var found)
                ? found
                : throw new TyperError(At, "an item of an array of structs must be used where it is indexed (a[i].f), in the same block");

        private void LowLevelBuiltin(string name, Variable result)
        {
            if (name.StartsWith(LLOp, StringComparison.Ordinal))
            {
                // llop.NAME(RESULT, args...): the operation itself (RESULT, a type, is only its result's type).
                Emit(name[LLOp.Length..], result, [.. op.Args.Skip(2).Select((a, i) => Arg(i + 2, typer.TypeOf(a, At)))]);
                return;
            }
            switch (name)
            {
                case "bool":
                    Emit("ptr_nonzero", result, Arg(1, typer.TypeOf(op.Args[1], At)));
                    return;
                case "len":
                    if (typer.Binding(op.Args[1]) is SomeInteriorPtr interior)
                        Emit("getinteriorarraysize", result, Arg(1, typer.TypeOf(op.Args[1], At)), Void(interior.Field));
                    else
                        Emit("getarraysize", result, Arg(1, typer.TypeOf(op.Args[1], At)));
                    return;
                case LLType + "identityhash":
                    Emit("gc_identityhash", result, Arg(1, typer.TypeOf(op.Args[1], At)));
                    return;
                case LLType + "malloc":
                {
                    var type = (ContainerType)((SomeLowLevelType)typer.Binding(op.Args[1])).Type;
                    if (type.IsVarSize)
                        Emit("malloc_varsize", result, Void(type), Void("gc"), Arg(2, LowLevelTypes.Signed));
                    else
                        Emit("malloc", result, Void(type), Void("gc"));
                    return;
                }
            }
            throw new TyperError(At, $"{name}() is not supported by the RTyper yet");
        }
    }
}
