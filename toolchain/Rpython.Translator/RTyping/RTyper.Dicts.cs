using Rpython.Translator.Annotation;
using Rpython.Translator.Flow;

namespace Rpython.Translator.RTyping;

// The program's operations on dicts (RPython's rordereddict.py): each becomes a call of an ll helper of
// toolchain/rpython/rtyper/rordereddict.py on the dict's low-level form (BuiltinTypes.DictOf). The
// helpers that look keys up also take how the keys hash and compare, as two Void constants chosen
// here by the key's type: None for ints (a key is its own hash, ==), a helper function for chars,
// bools, unsigned ints, strs (rstr.ll_strhash, ll_streq) and instances (by identity), functions
// made for each tuple type by rtuple.gen_hash and gen_eq from the functions of its items, and for
// an r_dict the graphs of its key_hash and key_eq, which the helpers call as function pointers.
//
// A default (d.get(k, default), d.pop(k, default)) is passed as the type of the operation's result,
// which may be wider than the dict's values (the helper's result is their union); a pointer goes as
// the values' type, and the helper's result is cast back.

internal sealed partial class RTyper
{
    /// <summary>The hash and eq functions made for each tuple type that is (part of) a dict key.</summary>
    private readonly Dictionary<LowLevelType, (PyFunction Hash, PyFunction Eq)> _tupleKeyFunctions = [];

    /// <summary>How keys of annotation <paramref name="key"/> hash and compare in the dict helpers
    /// (rordereddict.ll_keyhash and ll_keyeq): None for the machine's own, or a function.</summary>
    private (object? Hash, object? Eq) KeyFunctions(SomeValue key, SourceLocation? at) => key switch
    {
        SomeImpossibleValue => (null, null),
        SomeBool => (annotator.HelperFunction("rordereddict", "ll_hash_bool"), null),
        SomeInteger { Unsigned: true } => (annotator.HelperFunction("rordereddict", "ll_hash_uint"), null),
        SomeInteger => (null, null),
        SomeChar => (annotator.HelperFunction("rstr", "ll_char_hash"), null),
        SomeString => (annotator.HelperFunction("rstr", "ll_strhash"), annotator.HelperFunction("rstr", "ll_streq")),
        SomeInstance => (annotator.HelperFunction("rordereddict", "ll_hash_identity"), null),
        SomeTuple tuple => TupleKeyFunctions(tuple, at),
        _ => throw new TyperError(at, $"dict keys of type {AnnotationFormatter.FormatType(key)} are not supported by the RTyper yet"),
    };

    /// <summary>The hash and eq of a tuple type, made once (rtuple.py) from those of its items.</summary>
    private (object? Hash, object? Eq) TupleKeyFunctions(SomeTuple tuple, SourceLocation? at)
    {
        var type = LowLevelTypeOf(tuple);
        if (_tupleKeyFunctions.TryGetValue(type, out var made))
            return made;
        var items = tuple.Items.Select(item => KeyFunctions(item, at)).ToList();
        PyTuple Table(Func<(object? Hash, object? Eq), object?> pick) =>
            new([.. items.Select((f, i) => (object?)new PyTuple(["item" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), pick(f)]))]);
        var hash = (PyFunction)annotator.CallAtImportTime(annotator.HelperFunction("rtuple", "gen_hash"), [Table(f => f.Hash)])!;
        var eq = (PyFunction)EqFunction(tuple, at)!;
        _tupleKeyFunctions[type] = (hash, eq);
        return (hash, eq);
    }

    private sealed partial class LowLevelOps
    {
        private const string Helpers = "rordereddict";

        /// <summary>Lowers an operation on a dict; false if the operation is not one.</summary>
        private bool DictOperation(Variable result)
        {
            var first = op.Args.Length > 0 ? typer.Binding(op.Args[0]) : null;
            var second = op.Args.Length > 1 ? typer.Binding(op.Args[1]) : null;
            switch (op.OpName)
            {
                case "newdict":
                    NewDict(result);
                    return true;
                case "simple_call" when first is SomeBuiltin { Name: "rpython.rlib.objectmodel.r_dict" }:
                    CallHelper(Helpers, "ll_newdict", result, Void(result.ConcreteType));
                    return true;
                case "getattr" when typer.Binding(result) is SomeBuiltinMethod { Receiver: SomeDict }:
                    Emit("same_as", result, Dict(0));
                    return true;
                case "simple_call" when first is SomeBuiltinMethod { Receiver: SomeDict dict } method:
                    DictMethod(method.Name, dict, result);
                    return true;
                case "simple_call" when first is SomeBuiltin { Name: "len" } && second is SomeDict:
                    CallHelper(Helpers, "ll_dict_len", result, Dict(1));
                    return true;
                case "bool" when first is SomeDict:
                    CallHelper(Helpers, "ll_dict_is_true", result, Dict(0));
                    return true;
                case "getitem" when first is SomeDict dict:
                    CallHelper(Helpers, "ll_dict_getitem", result, Dict(0), Key(1, dict), KeyHash(dict), KeyEq(dict));
                    return true;
                case "setitem" when first is SomeDict dict:
                    CallHelper(Helpers, "ll_dict_setitem", result, Dict(0), Key(1, dict), DictValue(2, dict), KeyHash(dict), KeyEq(dict));
                    return true;
                case "delitem" when first is SomeDict dict:
                    CallHelper(Helpers, "ll_dict_delitem", result, Dict(0), Key(1, dict), KeyHash(dict), KeyEq(dict));
                    return true;
                case "contains" when first is SomeDict dict:
                    CallHelper(Helpers, "ll_dict_contains", result, Dict(0), Key(1, dict), KeyHash(dict), KeyEq(dict));
                    return true;
                case "iter" when first is SomeDict:
                    CallHelper(Helpers, "ll_dictiter", result, Void(result.ConcreteType), Dict(0));
                    return true;
                case "next" when first is SomeIterator { Container: SomeDict, Variant: "" }:
                    CallHelper(Helpers, "ll_dictnext", result, Arg(0, typer.TypeOf(op.Args[0], At)));
                    return true;
            }
            return false;
        }

        /// <summary>Argument <paramref name="index"/>, a dict, as its low-level pointer.</summary>
        private FlowValue Dict(int index) => Arg(index, typer.TypeOf(op.Args[index], At));

        /// <summary>Argument <paramref name="index"/> as a key of <paramref name="dict"/>.</summary>
        private FlowValue Key(int index, SomeDict dict) => Arg(index, typer.LowLevelTypeOf(dict.DictDef.Key));

        /// <summary>Argument <paramref name="index"/> as a value of <paramref name="dict"/>.</summary>
        private FlowValue DictValue(int index, SomeDict dict) => Arg(index, typer.LowLevelTypeOf(dict.DictDef.Value));

        /// <summary>How the keys of <paramref name="dict"/> hash, for the helpers.</summary>
        private Constant KeyHash(SomeDict dict) =>
            Void(dict.DictDef.KeyHash is { } custom ? RDictFunction(custom, "key_hash") : typer.KeyFunctions(dict.DictDef.Key, At).Hash);

        /// <summary>How the keys of <paramref name="dict"/> compare, for the helpers.</summary>
        private Constant KeyEq(SomeDict dict) =>
            Void(dict.DictDef.KeyEq is { } custom ? RDictFunction(custom, "key_eq") : typer.KeyFunctions(dict.DictDef.Key, At).Eq);

        /// <summary>The graph of an r_dict's key function: the helpers call it as a function pointer.</summary>
        private FunctionGraph RDictFunction(SomeValue functions, string role) =>
            functions is SomePbc { Kind: DescKind.Function, Descs: [FunctionDesc desc], CanBeNone: false } && typer.annotator.GraphsOf(desc) is [var graph]
                ? graph
                : throw new TyperError(At, $"the {role} of an r_dict must be one function known at translation time, and not specialised, for the RTyper yet (it is {AnnotationFormatter.FormatType(functions)})");

        private void NewDict(Variable result)
        {
            CallHelper(Helpers, "ll_newdict", result, Void(result.ConcreteType));
            var dict = (SomeDict)typer.Binding(result);
            for (int i = 0; i + 1 < op.Args.Length; i += 2)
                CallHelper(Helpers, "ll_dict_setitem", Temp(LowLevelTypes.Void), result, Key(i, dict), DictValue(i + 1, dict), KeyHash(dict), KeyEq(dict));
        }

        /// <summary>The default of get() or pop() (argument <paramref name="index"/>, or None): as the
        /// result's type, or as the values' for a pointer (see the file header).</summary>
        private FlowValue Default(int index, SomeDict dict, Variable result)
        {
            var type = result.ConcreteType is PtrType ? typer.LowLevelTypeOf(dict.DictDef.Value) : result.ConcreteType!;
            return index < op.Args.Length ? Arg(index, type) : Convert(Constant.None, type);
        }

        private void DictMethod(string name, SomeDict dict, Variable result)
        {
            var receiver = Arg(0, typer.TypeOf(op.Args[0], At));
            int count = op.Args.Length - 1;
            switch (name, count)
            {
                case ("get", 1 or 2):
                    CallHelper(Helpers, "ll_dict_get", result, receiver, Key(1, dict), Default(2, dict, result), KeyHash(dict), KeyEq(dict));
                    return;
                case ("pop", 1):
                    CallHelper(Helpers, "ll_dict_pop", result, receiver, Key(1, dict), KeyHash(dict), KeyEq(dict));
                    return;
                case ("pop", 2):
                    CallHelper(Helpers, "ll_dict_pop_default", result, receiver, Key(1, dict), Default(2, dict, result), KeyHash(dict), KeyEq(dict));
                    return;
                case ("setdefault", 2):
                    CallHelper(Helpers, "ll_dict_setdefault", result, receiver, Key(1, dict), DictValue(2, dict), KeyHash(dict), KeyEq(dict));
                    return;
                case ("keys" or "values" or "items", 0):
                    CallHelper(Helpers, "ll_dict_" + name, result, Void(result.ConcreteType), receiver);
                    return;
                case ("popitem", 0):
                    CallHelper(Helpers, "ll_dict_popitem", result, Void(result.ConcreteType), receiver, KeyHash(dict));
                    return;
                case ("update", 1):
                    CallHelper(Helpers, "ll_dict_update", result, receiver, Arg(1, receiver.ConcreteType!), KeyHash(dict), KeyEq(dict));
                    return;
                case ("copy", 0):
                    // The annotator gives the copy the dict's own definition: the same low-level type.
                    CallHelper(Helpers, "ll_dict_copy", result, receiver);
                    return;
                case ("clear", 0):
                    CallHelper(Helpers, "ll_dict_clear", result, receiver);
                    return;
            }
            throw new TyperError(At, $"dict.{name}() with {count} argument(s) is not supported by the RTyper yet");
        }
    }
}
