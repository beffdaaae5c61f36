using System.Globalization;
using Rpython.Translator.Annotation;
using Rpython.Translator.Flow;

namespace Rpython.Translator.RTyping;

// The program's operations on strs, chars and tuples (RPython's rstr.py, rtuple.py): strs through the
// ll helpers of toolchain/rpython/rtyper/rstr.py, chars (a UniChar code point) with the unichar
// operations, a char used where a str is expected converted by ll_chr2str ('%' formatting and
// str(x) are in RTyper.Formatting.cs). A tuple is an immutable GcStruct: a display allocates it, a
// constant index reads its field.

internal sealed partial class RTyper
{
    private sealed partial class LowLevelOps
    {
        private static readonly LowLevelType Str = BuiltinTypes.StrPtr;

        /// <summary>Lowers an operation on strs, chars or tuples; false if the operation is not one.</summary>
        private bool StringOperation(Variable result)
        {
            var first = op.Args.Length > 0 ? typer.Binding(op.Args[0]) : null;
            var second = op.Args.Length > 1 ? typer.Binding(op.Args[1]) : null;
            bool bothChars = first is SomeChar && second is SomeChar;
            bool strings = first is SomeString && (second is null or SomeString);
            switch (op.OpName)
            {
                case "newtuple":
                    NewTuple(result);
                    return true;
                case "getitem" when first is SomeTuple:
                    Emit("getfield", result, Arg(0, typer.TypeOf(op.Args[0], At)), Void(TupleField(first, op.Args[1])));
                    return true;
                case "getattr" when typer.Binding(result) is SomeBuiltinMethod { Receiver: SomeString }:
                    Emit("same_as", result, Arg(0, result.ConcreteType!));
                    return true;
                case "simple_call" when first is SomeBuiltinMethod { Receiver: SomeString } method:
                    StrMethod(method.Name, result);
                    return true;
                case "simple_call" when first is SomeBuiltin builtin:
                    return StringBuiltin(builtin.Name, result);
                case "getitem" when first is SomeString && first is not SomeChar:
                    CallHelper("rstr", "ll_stritem", result, Arg(0, Str), Arg(1, LowLevelTypes.Signed));
                    return true;
                case "getslice" when first is SomeString:
                    CallHelper("rstr", "ll_strslice", result, Arg(0, Str), Bound(1, 0), Bound(2, long.MaxValue));
                    return true;
                case "iter" when first is SomeString:
                    CallHelper("rstr", "ll_striter", result, Void(result.ConcreteType), Arg(0, Str));
                    return true;
                case "next" when first is SomeIterator { Container: SomeString, Variant: "" }:
                    CallHelper("rstr", "ll_strnext", result, Arg(0, typer.TypeOf(op.Args[0], At)));
                    return true;
                case "contains" when first is SomeString && second is SomeChar:
                    CallHelper("rstr", "ll_contains_char", result, Arg(0, Str), Arg(1, LowLevelTypes.UniChar));
                    return true;
                case "contains" when strings:
                    CallHelper("rstr", "ll_contains_str", result, Arg(0, Str), Arg(1, Str));
                    return true;
                case "add" or "inplace_add" when strings:
                    CallHelper("rstr", "ll_strconcat", result, Arg(0, Str), Arg(1, Str));
                    return true;
                case "mul" or "inplace_mul" when first is SomeChar && second is SomeInteger:
                    CallHelper("rstr", "ll_char_mul", result, Arg(0, LowLevelTypes.UniChar), Arg(1, LowLevelTypes.Signed));
                    return true;
                case "mul" or "inplace_mul" when first is SomeString && second is SomeInteger:
                    CallHelper("rstr", "ll_str_mul", result, Arg(0, Str), Arg(1, LowLevelTypes.Signed));
                    return true;
                case "mod" or "inplace_mod" when first is SomeString:
                    Format(result);
                    return true;
                case "bool" when first is SomeChar:
                    Emit("same_as", result, Typed(true, LowLevelTypes.Bool));
                    return true;
                case "bool" when first is SomeString:
                    CallHelper("rstr", "ll_str_is_true", result, Arg(0, Str));
                    return true;
                case "eq" or "ne" when bothChars:
                    Emit("unichar_" + op.OpName, result, Arg(0, LowLevelTypes.UniChar), Arg(1, LowLevelTypes.UniChar));
                    return true;
                case "lt" or "le" or "gt" or "ge" when bothChars:
                    Emit("int_" + op.OpName, result, CodePoint(0), CodePoint(1));
                    return true;
                case "eq" or "ne" when strings:
                {
                    var equal = op.OpName == "eq" ? result : Temp(LowLevelTypes.Bool);
                    CallHelper("rstr", "ll_streq", equal, Arg(0, Str), Arg(1, Str));
                    if (equal != result)
                        Emit("bool_not", result, equal);
                    return true;
                }
                case "lt" or "le" or "gt" or "ge" when strings:
                {
                    var order = Temp(LowLevelTypes.Signed);
                    CallHelper("rstr", "ll_strcmp", order, Arg(0, Str), Arg(1, Str));
                    Emit("int_" + op.OpName, result, order, Typed(0L, LowLevelTypes.Signed));
                    return true;
                }
            }
            return false;
        }

        private Variable CodePoint(int index)
        {
            var code = Temp(LowLevelTypes.Signed);
            Emit("cast_unichar_to_int", code, Arg(index, LowLevelTypes.UniChar));
            return code;
        }

        private static string TupleField(SomeValue tuple, FlowValue index)
        {
            long i = (long)((Constant)index).Value!;
            if (i < 0)
                i += ((SomeTuple)tuple).Items.Length;
            return "item" + i.ToString(CultureInfo.InvariantCulture);
        }

        private void NewTuple(Variable result)
        {
            var type = (StructType)((PtrType)result.ConcreteType!).Target;
            Emit("malloc", result, Void(type), Void("gc"));
            for (int i = 0; i < op.Args.Length; i++)
                Emit("setfield", Temp(LowLevelTypes.Void), result, Void(type.Fields[i].Name), Arg(i, type.Fields[i].Type));
        }

        /// <summary>The built-in functions on strs and chars; false for another builtin.</summary>
        private bool StringBuiltin(string name, Variable result)
        {
            var argument = op.Args.Length > 1 ? typer.Binding(op.Args[1]) : null;
            switch (name)
            {
                case "len" when argument is SomeChar:
                    Emit("same_as", result, Typed(1L, LowLevelTypes.Signed));
                    return true;
                case "len" when argument is SomeString:
                    CallHelper("rstr", "ll_strlen", result, Arg(1, Str));
                    return true;
                case "ord" when argument is SomeChar:
                    Emit("cast_unichar_to_int", result, Arg(1, LowLevelTypes.UniChar));
                    return true;
                case "chr" when typer.IsHelper(typer._graph!):
                    Emit("cast_int_to_unichar", result, Arg(1, LowLevelTypes.Signed)); // the helpers check the range themselves
                    return true;
                case "chr":
                    CallHelper("rstr", "ll_chr", result, Arg(1, LowLevelTypes.Signed));
                    return true;
                case "str" when argument is not null:
                    Emit("same_as", result, ToStr(1));
                    return true;
                case "int" when argument is SomeString && op.Args.Length is 2 or 3:
                    CallHelper("rstr", "ll_str2int", result, Arg(1, Str),
                        op.Args.Length == 3 ? Arg(2, LowLevelTypes.Signed) : Typed(10L, LowLevelTypes.Signed));
                    return true;
                case "rpython.rlib.objectmodel.compute_hash" when argument is SomeString:
                    CallHelper("rstr", "ll_strhash", result, Arg(1, Str));
                    return true;
            }
            return false;
        }

        private void StrMethod(string name, Variable result)
        {
            var receiver = Arg(0, Str);
            int count = op.Args.Length - 1;
            var first = count > 0 ? typer.Binding(op.Args[1]) : null;
            FlowValue Int(int index, long missing) =>
                count >= index && op.Args[index] is not Constant { Value: null } ? Arg(index, LowLevelTypes.Signed) : Typed(missing, LowLevelTypes.Signed);
            switch (name)
            {
                case "join":
                    CallHelper("rstr", typer.Binding(op.Args[1]) is SomeList { ListDef.Item: SomeChar } ? "ll_join_chars" : "ll_join",
                        result, receiver, Arg(1, typer.TypeOf(op.Args[1], At)));
                    return;
                case "split" when count == 0 || first is SomeNone:
                    CallHelper("rstr", "ll_split_whitespace", result, Void(result.ConcreteType), receiver, Int(2, -1));
                    return;
                case "split":
                    CallHelper("rstr", "ll_split", result, Void(result.ConcreteType), receiver, Arg(1, Str), Int(2, -1));
                    return;
                case "strip" or "lstrip" or "rstrip":
                {
                    var left = Typed(name != "rstrip", LowLevelTypes.Bool);
                    var right = Typed(name != "lstrip", LowLevelTypes.Bool);
                    if (count == 0 || first is SomeNone)
                        CallHelper("rstr", "ll_strip", result, receiver, left, right);
                    else
                        CallHelper("rstr", "ll_strip_chars", result, receiver, Arg(1, Str), left, right);
                    return;
                }
                case "lower" or "upper" or "isdigit" or "isalpha" or "isalnum" or "isspace" or "islower" or "isupper":
                    CallHelper("rstr", "ll_" + name, result, receiver);
                    return;
                case "startswith" or "endswith":
                    CallHelper("rstr", "ll_" + name, result, receiver, Arg(1, Str));
                    return;
                case "replace":
                    CallHelper("rstr", "ll_replace", result, receiver, Arg(1, Str), Arg(2, Str));
                    return;
                case "find" or "rfind" or "count" when first is SomeChar && name == "find":
                    CallHelper("rstr", "ll_find_char", result, receiver, Arg(1, LowLevelTypes.UniChar), Int(2, 0), Int(3, long.MaxValue));
                    return;
                case "find" or "rfind" or "count":
                    CallHelper("rstr", "ll_" + name, result, receiver, Arg(1, Str), Int(2, 0), Int(3, long.MaxValue));
                    return;
            }
            throw new TyperError(At, $"str.{name}() is not supported by the RTyper yet");
        }
    }
}
