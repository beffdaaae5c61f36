using Rpython.Translator.Annotation;
using Rpython.Translator.Flow;

namespace Rpython.Translator.RTyping;

// rpython.rlib.rstring's StringBuilder and UnicodeBuilder (one thing in this Python 3 dialect; RPython's
// rbuilder.py): a builder is a pointer to BuiltinTypes.StringBuilder, and each of its methods a call
// of an ll helper of toolchain/rpython/rtyper/rbuilder.py. A char appended is not made a str first.

internal sealed partial class RTyper
{
    private sealed partial class LowLevelOps
    {
        /// <summary>The capacity of a builder made without a size (rstring.INIT_SIZE's meaning: a hint).</summary>
        private const long DefaultBuilderSize = 16;

        /// <summary>Lowers an operation on a StringBuilder; false if the operation is not one.</summary>
        private bool BuilderOperation(Variable result)
        {
            var first = op.Args.Length > 0 ? typer.Binding(op.Args[0]) : null;
            switch (op.OpName)
            {
                case "simple_call" when first is SomeBuiltin { Name: "rpython.rlib.rstring.StringBuilder" or "rpython.rlib.rstring.UnicodeBuilder" }:
                    CallHelper("rbuilder", "ll_newbuilder", result, Void(result.ConcreteType),
                        op.Args.Length > 1 ? Arg(1, LowLevelTypes.Signed) : Typed(DefaultBuilderSize, LowLevelTypes.Signed));
                    return true;
                case "getattr" when typer.Binding(result) is SomeBuiltinMethod { Receiver: SomeStringBuilder }:
                    Emit("same_as", result, Arg(0, result.ConcreteType!));
                    return true;
                case "simple_call" when first is SomeBuiltinMethod { Receiver: SomeStringBuilder } method:
                    BuilderMethod(method.Name, result);
                    return true;
            }
            return false;
        }

        private void BuilderMethod(string name, Variable result)
        {
            var builder = Arg(0, LowLevelTypes.Ptr(BuiltinTypes.StringBuilder));
            switch (name)
            {
                case "append" when typer.Binding(op.Args[1]) is SomeChar:
                    CallHelper("rbuilder", "ll_append_char", result, builder, Arg(1, LowLevelTypes.UniChar));
                    return;
                case "append":
                    CallHelper("rbuilder", "ll_append", result, builder, Arg(1, Str));
                    return;
                case "append_slice":
                    CallHelper("rbuilder", "ll_append_slice", result, builder, Arg(1, Str), Arg(2, LowLevelTypes.Signed), Arg(3, LowLevelTypes.Signed));
                    return;
                case "append_multiple_char":
                    CallHelper("rbuilder", "ll_append_multiple_char", result, builder, Arg(1, LowLevelTypes.UniChar), Arg(2, LowLevelTypes.Signed));
                    return;
                case "build" or "getlength":
                    CallHelper("rbuilder", "ll_" + name, result, builder);
                    return;
            }
            throw new TyperError(At, $"StringBuilder.{name}() is not supported by the RTyper yet");
        }
    }
}
