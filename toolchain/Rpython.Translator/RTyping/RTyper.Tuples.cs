using System.Globalization;
using Rpython.Translator.Annotation;
using Rpython.Translator.Flow;

namespace Rpython.Translator.RTyping;

// Tuples (RPython's rtuple.py), and how values compare in the ll helpers. A tuple is an immutable
// GcStruct (BuiltinTypes.TupleOf): a display allocates it, a constant index reads its field.
//
// The helpers that compare items (rlist.ll_contains, ll_sort, rtuple's functions...) take how: an
// "eq" is None for the machine's == (numbers, chars, bools; instances, equal when identical) or a
// function (rstr.ll_streq for strs and bytes, rtuple.gen_eq's for a tuple type, rlist.gen_listeq's
// for a list type); an "lt" is None for the machine's < or a function (rstr.ll_strlt,
// rtuple.gen_lt's). A tuple type gets its functions once, made by the factories of rtuple.py from
// those of its items. Tuples compare as CPython's: by their first items that are not equal.
// x == None (and !=) is whether a pointer is null, and False for a value that cannot be None;
// instances are equal when they are the same (RPython ignores __eq__).

internal sealed partial class RTyper
{
    /// <summary>The functions made for a low-level type, by what they do ("eq", "lt", "le", "in T").</summary>
    private readonly Dictionary<(LowLevelType Type, string Kind), PyFunction> _madeFunctions = [];

    /// <summary>How two values of annotation <paramref name="value"/> compare with == in the helpers.</summary>
    private object? EqFunction(SomeValue value, SourceLocation? at) => value switch
    {
        SomeChar => null,
        SomeString or SomeBytes => annotator.HelperFunction("rstr", "ll_streq"),
        SomeTuple tuple => Made(tuple, "eq", () => Factory("rtuple", "gen_eq", Fields(tuple, item => EqFunction(item, at)))),
        SomeList list => Made(list, "eq", () => Factory("rlist", "gen_listeq", EqFunction(list.ListDef.Item, at))),
        _ => null,
    };

    /// <summary>How a value of annotation <paramref name="a"/> compares with == to one of <paramref name="b"/>
    /// in the helpers (as eq(x, y), x an a): as <see cref="EqFunction"/> when they have one low-level
    /// type, the machine's == for two numbers, a helper between a char and a str; CanBeEqual is false
    /// for values that are never equal (an int and a str, a str and bytes).</summary>
    private (bool CanBeEqual, object? Eq) EqBetween(SomeValue a, SomeValue b, SourceLocation? at)
    {
        var (typeA, typeB) = (LowLevelTypeOf(a), LowLevelTypeOf(b));
        if (typeA == typeB)
            return (true, EqFunction(a, at));
        if (IsNumber(typeA) && IsNumber(typeB))
            return (true, null);
        if (a is SomeChar && b is SomeString)
            return (true, annotator.HelperFunction("rstr", "ll_char_eq_str"));
        if (a is SomeString && b is SomeChar)
            return (true, annotator.HelperFunction("rstr", "ll_str_eq_char"));
        if (a is SomeInstance or SomeList or SomeTuple or SomeDict or SomeNone || b is SomeInstance or SomeList or SomeTuple or SomeDict or SomeNone)
            throw new TyperError(at, $"comparing {AnnotationFormatter.FormatType(a)} with {AnnotationFormatter.FormatType(b)} is not supported by the RTyper yet");
        return (false, null);
    }

    private static bool IsNumber(LowLevelType type) =>
        type == LowLevelTypes.Signed || type == LowLevelTypes.Unsigned || type == LowLevelTypes.Float || type == LowLevelTypes.Bool;

    /// <summary>How two values of annotation <paramref name="value"/> compare with &lt; in the helpers
    /// (with &lt;= when <paramref name="orEqual"/>: only tuples need a function of their own for it).</summary>
    private object? LtFunction(SomeValue value, SourceLocation? at, bool orEqual = false) => value switch
    {
        SomeInteger or SomeFloat or SomeChar => null,
        SomeString or SomeBytes => annotator.HelperFunction("rstr", "ll_strlt"),
        SomeTuple tuple => Made(tuple, orEqual ? "le" : "lt", () => Factory("rtuple", "gen_lt",
            Fields(tuple, item => new PyTuple([EqFunction(item, at), LtFunction(item, at)])), orEqual)),
        _ => throw new TyperError(at, $"values of type {AnnotationFormatter.FormatType(value)} have no order in RPython"),
    };

    private PyFunction Made(SomeValue value, string kind, Func<PyFunction> make)
    {
        var key = (LowLevelTypeOf(value), kind);
        if (!_madeFunctions.TryGetValue(key, out var made))
            _madeFunctions[key] = made = make();
        return made;
    }

    private PyFunction Factory(string module, string factory, params object?[] args) =>
        (PyFunction)annotator.CallAtImportTime(annotator.HelperFunction(module, factory), args)!;

    /// <summary>One (field name, what <paramref name="of"/> says of the item) per item of the tuple,
    /// the latter's items spliced in when it is a tuple: what the factories of rtuple.py take.</summary>
    private static PyTuple Fields(SomeTuple tuple, Func<SomeValue, object?> of) =>
        new([.. tuple.Items.Select((item, i) => (object?)new PyTuple([FieldName(i), .. of(item) switch { PyTuple more => more.Items, var one => [one] }]))]);

    private static string FieldName(int index) => "item" + index.ToString(CultureInfo.InvariantCulture);

    private sealed partial class LowLevelOps
    {
        /// <summary>Lowers an operation on tuples; false if the operation is not one.</summary>
        private bool TupleOperation(Variable result)
        {
            var first = op.Args.Length > 0 ? typer.Binding(op.Args[0]) : null;
            var second = op.Args.Length > 1 ? typer.Binding(op.Args[1]) : null;
            switch (op.OpName)
            {
                case "newtuple":
                    NewTuple(result);
                    return true;
                case "getitem" when first is SomeTuple tuple:
                    Emit("getfield", result, Arg(0, typer.TypeOf(op.Args[0], At)), Void(TupleField(tuple, op.Args[1])));
                    return true;
                case "bool" when first is SomeTuple tuple:
                    Emit("same_as", result, Typed(tuple.Items.Length > 0, LowLevelTypes.Bool));
                    return true;
                case "add" when first is SomeTuple && second is SomeTuple:
                    ConcatenateTuples(result);
                    return true;
                case "simple_call" when first is SomeBuiltin { Name: "rpython.rlib.objectmodel.compute_hash" } && second is SomeNone:
                    Emit("same_as", result, Typed(0L, LowLevelTypes.Signed));
                    return true;
                case "simple_call" when first is SomeBuiltin { Name: "rpython.rlib.objectmodel.compute_hash" }:
                {
                    // As a dict hashes its keys, which is compute_hash's value untranslated: an int is its own hash.
                    var value = Arg(1, typer.TypeOf(op.Args[1], At));
                    if (typer.KeyFunctions(second!, At).Hash is PyFunction hash)
                        CallHelper(hash, result, value);
                    else
                        Emit("same_as", result, Convert(value, LowLevelTypes.Signed));
                    return true;
                }
                case "eq" or "ne" when first is SomeInstance && second is SomeInstance:
                    Negated(result, op.OpName == "ne", Identity); // RPython ignores __eq__: instances are equal when identical
                    return true;
                case "eq" or "ne" when (first is SomeNone) != (second is SomeNone):
                {
                    int other = first is SomeNone ? 1 : 0;
                    var type = typer.TypeOf(op.Args[other], At);
                    if (type is PtrType)
                        Emit(op.OpName == "eq" ? "ptr_iszero" : "ptr_nonzero", result, Arg(other, type));
                    else
                        Emit("same_as", result, Typed(op.OpName == "ne", LowLevelTypes.Bool));
                    return true;
                }
                case "contains" when first is SomeTuple tuple:
                    TupleContains(tuple, second!, result);
                    return true;
                case "eq" or "ne" when first is SomeTuple tuple && second is SomeTuple:
                {
                    var type = SameTupleTypes();
                    Negated(result, op.OpName == "ne", equal => CallHelper((PyFunction)typer.EqFunction(tuple, At)!, equal, Arg(0, type), Arg(1, type)));
                    return true;
                }
                case "lt" or "le" or "gt" or "ge" when first is SomeTuple tuple && second is SomeTuple:
                {
                    // a > b is b < a: the tuples' order at their first items that are not equal.
                    var type = SameTupleTypes();
                    bool swap = op.OpName is "gt" or "ge";
                    var lt = (PyFunction)typer.LtFunction(tuple, At, orEqual: op.OpName is "le" or "ge")!;
                    CallHelper(lt, result, Arg(swap ? 1 : 0, type), Arg(swap ? 0 : 1, type));
                    return true;
                }
            }
            return false;
        }

        /// <summary>The low-level type of two tuples compared: one type, as the helpers take them.</summary>
        private LowLevelType SameTupleTypes()
        {
            var type = typer.TypeOf(op.Args[0], At);
            if (typer.TypeOf(op.Args[1], At) != type)
                throw new TyperError(At, $"comparing {AnnotationFormatter.FormatType(typer.Binding(op.Args[0]))} with {AnnotationFormatter.FormatType(typer.Binding(op.Args[1]))}: tuples of different types are not supported by the RTyper yet");
            return type;
        }

        /// <summary>Computes a bool with <paramref name="compute"/>, into the result or, if
        /// <paramref name="negate"/>, into a temporary whose negation is the result.</summary>
        private void Negated(Variable result, bool negate, Action<Variable> compute)
        {
            var value = negate ? Temp(LowLevelTypes.Bool) : result;
            compute(value);
            if (negate)
                Emit("bool_not", result, value);
        }

        private static string TupleField(SomeTuple tuple, FlowValue index)
        {
            long i = (long)((Constant)index).Value!;
            return FieldName((int)(i < 0 ? i + tuple.Items.Length : i));
        }

        private void NewTuple(Variable result)
        {
            var type = (StructType)((PtrType)result.ConcreteType!).Target;
            Emit("malloc", result, Void(type), Void("gc"));
            for (int i = 0; i < op.Args.Length; i++)
                Emit("setfield", Temp(LowLevelTypes.Void), result, Void(type.Fields[i].Name), Arg(i, type.Fields[i].Type));
        }

        /// <summary><c>t1 + t2</c>: a new tuple of the items of both.</summary>
        private void ConcatenateTuples(Variable result)
        {
            var type = (StructType)((PtrType)result.ConcreteType!).Target;
            Emit("malloc", result, Void(type), Void("gc"));
            int i = 0;
            foreach (var index in new[] { 0, 1 })
            {
                var tuple = Arg(index, typer.TypeOf(op.Args[index], At));
                foreach (var field in ((StructType)((PtrType)tuple.ConcreteType!).Target).Fields)
                {
                    var item = Temp(field.Type);
                    Emit("getfield", item, tuple, Void(field.Name));
                    Emit("setfield", Temp(LowLevelTypes.Void), result, Void(FieldName(i)), Convert(item, type.Fields[i].Type));
                    i++;
                }
            }
        }

        /// <summary><c>x in t</c>: whether an item of the tuple equals x, by a function made for the
        /// tuple's type and x's (rtuple.gen_contains), which compares x with the items that can be equal to it.</summary>
        private void TupleContains(SomeTuple tuple, SomeValue item, Variable result)
        {
            var x = Arg(1, typer.TypeOf(op.Args[1], At));
            var comparisons = tuple.Items.Select((field, i) => (Name: FieldName(i), How: typer.EqBetween(field, item, At))).Where(c => c.How.CanBeEqual).ToList();
            var key = string.Join(",", comparisons.Select(c => c.Name)) + " in " + x.ConcreteType;
            var contains = typer.Made(tuple, key, () => typer.Factory("rtuple", "gen_contains",
                new PyTuple([.. comparisons.Select(c => (object?)new PyTuple([c.Name, c.How.Eq]))])));
            CallHelper(contains, result, Arg(0, typer.TypeOf(op.Args[0], At)), x);
        }

        /// <summary>Whether <paramref name="from"/> and <paramref name="to"/> are tuple types of the same length
        /// (a tuple converted to one whose items are wider: an int where a float is expected, an
        /// instance where its base class is).</summary>
        private static bool AreTuples(LowLevelType from, LowLevelType to) =>
            from is PtrType { Target: StructType a } && to is PtrType { Target: StructType b }
            && a.Name == b.Name && a.Name == "tuple" + a.Fields.Length.ToString(CultureInfo.InvariantCulture);

        /// <summary><paramref name="value"/>, a tuple, as a new tuple of <paramref name="converted"/>'s type,
        /// item by item (a tuple is immutable: converting makes a new one).</summary>
        private Variable ConvertTuple(FlowValue value, Variable converted)
        {
            var type = (StructType)((PtrType)converted.ConcreteType!).Target;
            var fields = ((StructType)((PtrType)value.ConcreteType!).Target).Fields;
            Emit("malloc", converted, Void(type), Void("gc"));
            for (int i = 0; i < fields.Length; i++)
            {
                var item = Temp(fields[i].Type);
                Emit("getfield", item, value, Void(fields[i].Name));
                Emit("setfield", Temp(LowLevelTypes.Void), converted, Void(type.Fields[i].Name), Convert(item, type.Fields[i].Type));
            }
            return converted;
        }
    }
}
