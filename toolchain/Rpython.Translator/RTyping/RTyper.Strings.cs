using System.Globalization;
using Rpython.Translator.Annotation;
using Rpython.Translator.Flow;

namespace Rpython.Translator.RTyping;

// The program's operations on strs, chars and bytes (RPython's rstr.py): strs through the ll helpers
// of toolchain/rpython/rtyper/rstr.py, chars (a UniChar code point) with the unichar operations, a
// char used where a str is expected converted by ll_chr2str. bytes share the helpers of rstr.py that
// only compare, slice, concatenate and iterate (a byte is an int to them); str.encode() and
// bytes.decode() are rbytes.py's (UTF-8). A char's predicates (c.isdigit()) are the character
// database's, without making a str of it. The functions of rpython.rlib.rstring (split, find...) are
// the methods they stand for. '%' formatting and str(x) are in RTyper.Formatting.cs.

internal sealed partial class RTyper
{
    private sealed partial class LowLevelOps
    {
        private static readonly LowLevelType Str = BuiltinTypes.StrPtr;

        /// <summary>Lowers an operation on strs, chars or bytes; false if the operation is not one.</summary>
        private bool StringOperation(Variable result)
        {
            var first = op.Args.Length > 0 ? typer.Binding(op.Args[0]) : null;
            var second = op.Args.Length > 1 ? typer.Binding(op.Args[1]) : null;
            bool bothChars = first is SomeChar && second is SomeChar;
            bool texts = (first is SomeString && second is null or SomeString) || (first is SomeBytes && second is null or SomeBytes);
            switch (op.OpName)
            {
                case "getattr" when typer.Binding(result) is SomeBuiltinMethod { Receiver: SomeString or SomeBytes }:
                    Emit("same_as", result, Arg(0, result.ConcreteType!));
                    return true;
                case "simple_call" when first is SomeBuiltinMethod { Receiver: SomeString or SomeBytes } method:
                    StrMethod(method.Name, method.Receiver, 0, result);
                    return true;
                case "simple_call" when first is SomeBuiltin builtin:
                    return StringBuiltin(builtin.Name, result);
                case "getitem" when first is SomeString or SomeBytes:
                    CallHelper("rstr", "ll_stritem", result, Text(0), Arg(1, LowLevelTypes.Signed));
                    return true;
                case "getslice" when first is SomeString or SomeBytes:
                    CallHelper("rstr", "ll_strslice", result, Text(0), Bound(1, 0), Bound(2, long.MaxValue));
                    return true;
                case "iter" when first is SomeString or SomeBytes:
                    CallHelper("rstr", "ll_striter", result, Void(result.ConcreteType), Text(0));
                    return true;
                case "next" when first is SomeIterator { Container: SomeString or SomeBytes, Variant: "" }:
                    CallHelper("rstr", "ll_strnext", result, Arg(0, typer.TypeOf(op.Args[0], At)));
                    return true;
                case "next" when first is SomeIterator { Container: SomeString, Variant: "enumerate" }:
                    CallHelper("rlist", "ll_enumnext", result, Void(result.ConcreteType), Arg(0, typer.TypeOf(op.Args[0], At)),
                        Void(typer.annotator.HelperFunction("rstr", "ll_strnext")));
                    return true;
                case "contains" when first is SomeString && second is SomeChar:
                    CallHelper("rstr", "ll_contains_char", result, Arg(0, Str), Arg(1, LowLevelTypes.UniChar));
                    return true;
                case "contains" when first is SomeString && second is SomeString:
                    CallHelper("rstr", "ll_contains_str", result, Arg(0, Str), Arg(1, Str));
                    return true;
                case "add" or "inplace_add" when texts:
                    CallHelper("rstr", "ll_strconcat", result, Text(0), Text(1));
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
                case "bool" when first is SomeString or SomeBytes:
                    CallHelper("rstr", "ll_str_is_true", result, Text(0));
                    return true;
                case "eq" or "ne" when bothChars:
                    Emit("unichar_" + op.OpName, result, Arg(0, LowLevelTypes.UniChar), Arg(1, LowLevelTypes.UniChar));
                    return true;
                case "lt" or "le" or "gt" or "ge" when bothChars:
                    Emit("int_" + op.OpName, result, CodePoint(0), CodePoint(1));
                    return true;
                case "eq" or "ne" when texts:
                    Negated(result, op.OpName == "ne", equal => CallHelper("rstr", "ll_streq", equal, Text(0), Text(1)));
                    return true;
                case "lt" or "le" or "gt" or "ge" when texts:
                {
                    var order = Temp(LowLevelTypes.Signed);
                    CallHelper("rstr", "ll_strcmp", order, Text(0), Text(1));
                    Emit("int_" + op.OpName, result, order, Typed(0L, LowLevelTypes.Signed));
                    return true;
                }
            }
            return false;
        }

        /// <summary>Argument <paramref name="index"/>, a str (a char made one) or bytes, as its pointer.</summary>
        private FlowValue Text(int index) => Arg(index, typer.Binding(op.Args[index]) is SomeBytes ? BuiltinTypes.BytesPtr : Str);

        private Variable CodePoint(int index)
        {
            var code = Temp(LowLevelTypes.Signed);
            Emit("cast_unichar_to_int", code, Arg(index, LowLevelTypes.UniChar));
            return code;
        }

        /// <summary>The built-in functions on strs, chars and bytes; false for another builtin.</summary>
        private bool StringBuiltin(string name, Variable result)
        {
            var argument = op.Args.Length > 1 ? typer.Binding(op.Args[1]) : null;
            switch (name)
            {
                case "len" when argument is SomeChar:
                    Emit("same_as", result, Typed(1L, LowLevelTypes.Signed));
                    return true;
                case "len" when argument is SomeString or SomeBytes:
                    CallHelper("rstr", "ll_strlen", result, Text(1));
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
                case "enumerate" when argument is SomeString:
                    CallHelper("rstr", "ll_striter", result, Void(result.ConcreteType), Arg(1, Str));
                    return true;
                case "str" when argument is not null:
                    Emit("same_as", result, ToStr(1));
                    return true;
                case "int" when argument is SomeString && op.Args.Length is 2 or 3:
                    CallHelper("rstr", "ll_str2int", result, Arg(1, Str),
                        op.Args.Length == 3 ? Arg(2, LowLevelTypes.Signed) : Typed(10L, LowLevelTypes.Signed));
                    return true;
                case "min" or "max" when op.Args.Skip(1).All(a => typer.Binding(a) is SomeString):
                {
                    // CPython's: the first of the smallest (largest) items; pairwise, left to right.
                    var type = result.ConcreteType!;
                    FlowValue best = Arg(1, type);
                    for (int i = 2; i < op.Args.Length; i++)
                    {
                        var next = i == op.Args.Length - 1 ? result : Temp(type);
                        CallHelper("rstr", type == Str ? "ll_str" + name : "ll_char_" + name, next, best, Arg(i, type));
                        best = next;
                    }
                    return true;
                }
                case "rpython.rlib.rstring.split" or "rpython.rlib.rstring.rsplit" or "rpython.rlib.rstring.replace" or "rpython.rlib.rstring.startswith"
                    or "rpython.rlib.rstring.endswith" or "rpython.rlib.rstring.find" or "rpython.rlib.rstring.rfind" or "rpython.rlib.rstring.count":
                    StrMethod(name["rpython.rlib.rstring.".Length..], argument!, 1, result);
                    return true;
            }
            return false;
        }

        /// <summary>A method of str (or bytes) called on argument <paramref name="self"/>, its arguments
        /// after it: a method call's receiver is argument 0 (the bound method is its receiver), an
        /// rpython.rlib.rstring function's is argument 1.</summary>
        private void StrMethod(string name, SomeValue receiverAnnotation, int self, Variable result)
        {
            int count = op.Args.Length - 1 - self;
            var first = count > 0 ? typer.Binding(op.Args[self + 1]) : null;
            FlowValue Argument(int k, LowLevelType type) => Arg(self + k, type);
            FlowValue Int(int k, long missing) =>
                count >= k && op.Args[self + k] is not Constant { Value: null } ? Argument(k, LowLevelTypes.Signed) : Typed(missing, LowLevelTypes.Signed);
            if (receiverAnnotation is SomeBytes)
            {
                if (name != "decode")
                    throw new TyperError(At, $"bytes.{name}() is not supported by the RTyper yet");
                string errors = Codec(self, count, decode: true);
                CallHelper("rbytes", errors == "strict" ? "ll_decode_utf8" : "ll_decode_utf8_" + errors, result, Argument(0, BuiltinTypes.BytesPtr));
                return;
            }
            if (receiverAnnotation is SomeChar && name is "isdigit" or "isdecimal" or "isnumeric" or "isalpha" or "isalnum" or "isspace" or "islower" or "isupper")
            {
                CallHelper("rstr", "ll_char_" + name, result, Argument(0, LowLevelTypes.UniChar));
                return;
            }
            var receiver = Argument(0, Str);
            switch (name)
            {
                case "join":
                    CallHelper("rstr", first is SomeList { ListDef.Item: SomeChar } ? "ll_join_chars" : "ll_join",
                        result, receiver, Argument(1, typer.TypeOf(op.Args[self + 1], At)));
                    return;
                case "split" or "rsplit" when count == 0 || first is SomeNone:
                    CallHelper("rstr", "ll_" + name + "_whitespace", result, Void(result.ConcreteType), receiver, Int(2, -1));
                    return;
                case "split" or "rsplit":
                    CallHelper("rstr", "ll_" + name, result, Void(result.ConcreteType), receiver, Argument(1, Str), Int(2, -1));
                    return;
                case "strip" or "lstrip" or "rstrip":
                {
                    var left = Typed(name != "rstrip", LowLevelTypes.Bool);
                    var right = Typed(name != "lstrip", LowLevelTypes.Bool);
                    if (count == 0 || first is SomeNone)
                        CallHelper("rstr", "ll_strip", result, receiver, left, right);
                    else
                        CallHelper("rstr", "ll_strip_chars", result, receiver, Argument(1, Str), left, right);
                    return;
                }
                case "lower" or "upper" or "casefold" or "title" or "capitalize" or "swapcase"
                    or "isdigit" or "isdecimal" or "isnumeric" or "isalpha" or "isalnum" or "isspace" or "islower" or "isupper" or "istitle":
                    CallHelper("rstr", "ll_" + name, result, receiver);
                    return;
                case "startswith" or "endswith" when first is SomeString:
                    CallHelper("rstr", "ll_" + name, result, receiver, Argument(1, Str), Int(2, 0), Int(3, long.MaxValue));
                    return;
                case "replace":
                    CallHelper("rstr", "ll_replace", result, receiver, Argument(1, Str), Argument(2, Str), Int(3, -1));
                    return;
                case "find" when first is SomeChar:
                    CallHelper("rstr", "ll_find_char", result, receiver, Argument(1, LowLevelTypes.UniChar), Int(2, 0), Int(3, long.MaxValue));
                    return;
                case "find" or "rfind" or "count" or "index" or "rindex":
                    CallHelper("rstr", "ll_" + name, result, receiver, Argument(1, Str), Int(2, 0), Int(3, long.MaxValue));
                    return;
                case "encode":
                    Codec(self, count, decode: false);
                    CallHelper("rbytes", "ll_encode_utf8", result, receiver);
                    return;
            }
            throw new TyperError(At, $"str.{name}() with {(first is null ? "no arguments" : AnnotationFormatter.FormatType(first))} is not supported by the RTyper yet");
        }

        /// <summary>The error handling of encode(encoding, errors) or decode(...), whose arguments must
        /// be constants: UTF-8, and 'strict' (or, to decode, 'replace' or 'ignore').</summary>
        private string Codec(int self, int count, bool decode)
        {
            string? Given(int k, string missing) => count < k ? missing : op.Args[self + k] is Constant { Value: string text } ? text : null;
            string? encoding = Given(1, "utf-8");
            string? errors = Given(2, "strict");
            bool utf8 = encoding?.ToLowerInvariant().Replace('-', '_') is "utf_8" or "utf8";
            if (!utf8 || errors is null || !(errors == "strict" || decode && errors is "replace" or "ignore"))
            {
                throw new TyperError(At, $"{(decode ? "decode" : "encode")}() supports UTF-8 with the errors 'strict'{(decode ? ", 'replace' or 'ignore'" : "")}, "
                    + "given as constants, in the RTyper so far");
            }
            return errors;
        }
    }
}
