using Rpython.Translator.Annotation;
using Rpython.Translator.Flow;

namespace Rpython.Translator.RTyping;

// How each high-level operation becomes low-level operations, for the primitive representations:
// the arguments are converted to the type the operation works in (bool to int, int to float), the
// operation is chosen by that type (int_add, uint_add, float_add), and Python's semantics are
// spelled out where the machine's differ: // and % round toward negative infinity (computed
// without branches from the truncating machine operations), 'not' and comparisons give bools.

internal sealed partial class RTyper
{
    private sealed class LowLevelOps(RTyper typer, SpaceOperation op)
    {
        private readonly List<SpaceOperation> _ops = [];

        private SourceLocation? At => op.Location;

        public List<SpaceOperation> Lower()
        {
            var result = op.Result;
            result.ConcreteType = typer.TypeOf(result, At);
            switch (op.OpName)
            {
                case "add" or "sub" or "mul" or "and_" or "or_" or "xor" or "lshift" or "rshift"
                    or "inplace_add" or "inplace_sub" or "inplace_mul" or "inplace_and_" or "inplace_or_" or "inplace_xor"
                    or "inplace_lshift" or "inplace_rshift":
                    Arithmetic(Strip(op.OpName), result);
                    break;
                case "truediv" or "inplace_truediv":
                    Emit("float_truediv", result, Arg(0, LowLevelTypes.Float), Arg(1, LowLevelTypes.Float));
                    break;
                case "floordiv" or "inplace_floordiv" or "mod" or "inplace_mod":
                    DivisionOrModulo(Strip(op.OpName), result);
                    break;
                case "lt" or "le" or "eq" or "ne" or "gt" or "ge":
                    Comparison(op.OpName, result);
                    break;
                case "neg" or "pos" or "invert":
                    Unary(op.OpName, result);
                    break;
                case "bool":
                    Truth(result);
                    break;
                case "simple_call":
                    Call(result);
                    break;
                default:
                    throw new TyperError(At, $"the operation '{op.OpName}' is not supported by the RTyper yet");
            }
            return _ops;
        }

        private static string Strip(string name) => name.StartsWith("inplace_", StringComparison.Ordinal) ? name["inplace_".Length..] : name;

        /// <summary>The type a binary operation works in: float if either side is, unsigned if either is, else signed.</summary>
        private LowLevelType CommonType()
        {
            var types = op.Args.Select(a => typer.TypeOf(a, At)).ToList();
            if (types.Contains(LowLevelTypes.Float))
                return LowLevelTypes.Float;
            return types.Contains(LowLevelTypes.Unsigned) ? LowLevelTypes.Unsigned : LowLevelTypes.Signed;
        }

        private static string Prefix(LowLevelType type) =>
            type == LowLevelTypes.Float ? "float" : type == LowLevelTypes.Unsigned ? "uint" : "int";

        private void Arithmetic(string name, Variable result)
        {
            var type = CommonType();
            string llName = Prefix(type) + "_" + name.TrimEnd('_');
            if (type == LowLevelTypes.Float && name is not ("add" or "sub" or "mul"))
                throw new TyperError(At, $"'{name}' is not defined on floats");
            if (name is "lshift" or "rshift")
            {
                Emit(llName, result, Arg(0, type), Arg(1, LowLevelTypes.Signed));
                return;
            }
            Emit(llName, result, Arg(0, type), Arg(1, type));
        }

        /// <summary>Python's // and %: the machine truncates toward zero; the result is corrected by
        /// one (or by y) when the remainder is not zero and the operands' signs differ.</summary>
        private void DivisionOrModulo(string name, Variable result)
        {
            var type = CommonType();
            if (type == LowLevelTypes.Float)
                throw new TyperError(At, $"float '{(name == "mod" ? "%" : "//")}' is not supported by the RTyper yet");
            var x = Arg(0, type);
            var y = Arg(1, type);
            string p = Prefix(type);
            if (type == LowLevelTypes.Unsigned)
            {
                Emit(p + "_" + name, result, x, y);
                return;
            }
            var quotient = Temp(type);
            Emit(p + "_floordiv", quotient, x, y);
            var remainder = Temp(type);
            Emit(p + "_mod", remainder, x, y);
            // adjust = (remainder != 0) & ((remainder ^ y) < 0), as 0 or 1
            var nonzero = Temp(LowLevelTypes.Bool);
            Emit("int_ne", nonzero, remainder, Typed(0L, type));
            var signs = Temp(type);
            Emit("int_xor", signs, remainder, y);
            var differ = Temp(LowLevelTypes.Bool);
            Emit("int_lt", differ, signs, Typed(0L, type));
            var both = Temp(LowLevelTypes.Signed);
            Emit("int_and", both, CastToInt(nonzero), CastToInt(differ));
            if (name == "floordiv")
            {
                Emit("int_sub", result, quotient, both);
                return;
            }
            var correction = Temp(type);
            Emit("int_mul", correction, both, y);
            Emit("int_add", result, remainder, correction);
        }

        private Variable CastToInt(Variable flag)
        {
            var asInt = Temp(LowLevelTypes.Signed);
            Emit("cast_bool_to_int", asInt, flag);
            return asInt;
        }

        private void Comparison(string name, Variable result)
        {
            var type = CommonType();
            Emit(Prefix(type) + "_" + name, result, Arg(0, type), Arg(1, type));
        }

        private void Unary(string name, Variable result)
        {
            var type = typer.TypeOf(op.Args[0], At);
            if (type == LowLevelTypes.Bool)
                type = LowLevelTypes.Signed;
            if (name == "pos")
            {
                Emit("same_as", result, Arg(0, type));
                return;
            }
            if (type == LowLevelTypes.Float && name == "invert")
                throw new TyperError(At, "'~' is not defined on floats");
            Emit(Prefix(type) + "_" + name, result, Arg(0, type));
        }

        private void Truth(Variable result)
        {
            var type = typer.TypeOf(op.Args[0], At);
            if (type == LowLevelTypes.Bool)
                Emit("same_as", result, Arg(0, type));
            else if (type == LowLevelTypes.Void)
                Emit("same_as", result, Typed(typer.Binding(result).Const is true, LowLevelTypes.Bool));
            else
                Emit(Prefix(type) + "_is_true", result, Arg(0, type));
        }

        /// <summary>A call of a function known at translation time: direct_call of its graph, the
        /// arguments converted to the types of its parameters.</summary>
        private void Call(Variable result)
        {
            var callees = typer.CalleesOf(op);
            if (typer.Binding(op.Args[0]) is not SomePbc { Kind: DescKind.Function, Descs.Length: 1 } || callees.Count != 1)
                throw new TyperError(At, $"calling {AnnotationFormatter.FormatType(typer.Binding(op.Args[0]))} is not supported by the RTyper yet (only functions known at translation time)");
            var graph = callees[0];
            var parameters = graph.StartBlock.InputArgs.Select(p => typer.TypeOf(p, At)).ToList();
            var args = new List<FlowValue> { Typed(graph, LowLevelTypes.Void) };
            for (int i = 0; i < parameters.Count; i++)
                args.Add(Arg(i + 1, parameters[i]));
            Emit("direct_call", result, [.. args]);
        }

        /// <summary>Argument <paramref name="index"/> of the operation as a value of <paramref name="type"/>.</summary>
        private FlowValue Arg(int index, LowLevelType type)
        {
            var arg = op.Args[index];
            if (arg is Constant c)
                return Typed(ConvertConstant(c.Value, type, At), type);
            var have = arg.ConcreteType ?? typer.TypeOf(arg, At);
            if (have == type)
                return arg;
            var converted = Temp(type);
            Emit(CastName(have, type, At), converted, arg);
            return converted;
        }

        private static Variable Temp(LowLevelType type) => new() { ConcreteType = type };

        private void Emit(string name, Variable result, params FlowValue[] args)
        {
            _ = LowLevelOperations.Get(name); // an unknown name is a bug in this file, not in the program
            _ops.Add(new SpaceOperation(name, [.. args], result, At));
        }
    }
}
