using Rpython.Translator.Annotation;
using Rpython.Translator.Flow;

namespace Rpython.Translator.RTyping;

// Numbers with CPython's semantics where one machine operation is not enough (RPython's rint.py,
// rfloat.py and ll_math):
// - float /, //, % and **: the runtime's PyFloat, through the operations of
//   LowLevelOperations.Runtime.cs; a division by a nonzero constant needs no ZeroDivisionError check.
// - ovfcheck(x op y) for + - * // % << ** and unary - and abs(): the operation is lowered to its
//   _ovf variant, which raises OverflowError, and ovfcheck itself to nothing. The operation is just
//   before the call, in its block or, when it can raise in a try, at the end of the block before
//   (blocks are lowered in order, so it is lowered first); anything else under ovfcheck is refused.
// - Shifts by a count not known to be in 0..63, and int ** int: ll helpers of rint.py (ValueError
//   for a negative count or exponent); in the helpers themselves, a shift is the machine's.
// - min() and max() of numbers and strs: ll helpers, chained from the left as CPython compares.
// - int(float) (OverflowError, ValueError), float(str) (ValueError), and the math module: the
//   runtime's PyFloat, PyFloatFormat and PyMath; math.fabs is float_abs; math.floor and math.ceil
//   give ints, as in Python 3. r_uint(float) truncates, then wraps.

internal sealed partial class RTyper
{
    private const string OvfCheck = "rpython.rlib.rarithmetic.ovfcheck";

    /// <summary>The ovfcheck() calls of <see cref="_ovfCheckedGraph"/>, each with the results of
    /// the operation it checks: the variable it takes, or when the operation ended the block before
    /// (in a try, an operation that can raise does), what the links into its block pass for it.</summary>
    private Dictionary<SpaceOperation, List<Variable>> _ovfChecks = [];
    private HashSet<Variable> _ovfChecked = [];
    private FunctionGraph? _ovfCheckedGraph;

    /// <summary>The results of the _ovf operations emitted: what ovfcheck() may take.</summary>
    private readonly HashSet<Variable> _ovfResults = [];

    /// <summary>Whether <paramref name="result"/> is the result of an operation under ovfcheck()
    /// (found for the whole graph when its first operation asks).</summary>
    private bool IsOvfChecked(Variable result)
    {
        if (_ovfCheckedGraph != _graph)
        {
            _ovfCheckedGraph = _graph;
            _ovfChecks = [];
            var blocks = _graph!.Blocks().ToList();
            foreach (var block in blocks)
            {
                foreach (var call in block.Operations.Where(o => o.OpName == "simple_call" && o.Args.Length == 2 && o.Args[1] is Variable
                    && annotator.Binding(o.Args[0]) is SomeBuiltin { Name: OvfCheck }))
                {
                    var taken = (Variable)call.Args[1];
                    int input = block.InputArgs.IndexOf(taken);
                    _ovfChecks[call] = input < 0 ? [taken]
                        : [.. blocks.SelectMany(b => b.Exits).Where(l => l.Target == block).Select(l => l.Args[input]).OfType<Variable>()];
                }
            }
            _ovfChecked = [.. _ovfChecks.Values.SelectMany(sources => sources)];
        }
        return _ovfChecked.Contains(result);
    }

    private sealed partial class LowLevelOps
    {
        /// <summary>Lowers an operation on numbers that needs more than the machine's; false for the others.</summary>
        private bool NumberOperation(Variable result)
        {
            var first = op.Args.Length > 0 ? typer.Binding(op.Args[0]) : null;
            var second = op.Args.Length > 1 ? typer.Binding(op.Args[1]) : null;
            if (first is SomeBuiltin { Name: var name } && op.OpName == "simple_call")
                return NumberBuiltin(name, result);
            if (first is not (SomeInteger or SomeFloat) || second is not (null or SomeInteger or SomeFloat))
                return false;
            bool overflowChecked = typer.IsOvfChecked(result);
            switch (Strip(op.OpName))
            {
                case "truediv":
                    FloatDivision("truediv", result);
                    return true;
                case "floordiv" or "mod" when CommonType() == LowLevelTypes.Float:
                    FloatDivision(Strip(op.OpName), result);
                    return true;
                case "pow":
                    Power(result, overflowChecked);
                    return true;
                case "lshift" or "rshift" when !typer.IsHelper(typer._graph!) && op.Args[1] is not Constant { Value: >= 0L and < 64L }:
                    ShiftByVariable(Strip(op.OpName), result, overflowChecked);
                    return true;
                case "add" or "sub" or "mul" or "lshift" when overflowChecked:
                    Emit("int_" + Strip(op.OpName) + "_ovf", OverflowChecked(result), Arg(0, LowLevelTypes.Signed), Arg(1, LowLevelTypes.Signed));
                    return true;
                case "floordiv" or "mod" when overflowChecked:
                    DivisionOrModulo(Strip(op.OpName), OverflowChecked(result), overflowChecked: true);
                    return true;
                case "neg" when overflowChecked:
                    Emit("int_neg_ovf", OverflowChecked(result), Arg(0, LowLevelTypes.Signed));
                    return true;
                case "neg" when result.ConcreteType == LowLevelTypes.Unsigned:
                    Emit("uint_sub", result, Typed(0UL, LowLevelTypes.Unsigned), Arg(0, LowLevelTypes.Unsigned)); // wraps, as r_uint's -x
                    return true;
            }
            return false;
        }

        /// <summary>The result of an operation under ovfcheck(), which must be signed.</summary>
        private Variable OverflowChecked(Variable result)
        {
            if (result.ConcreteType != LowLevelTypes.Signed || op.Args.Any(a => typer.TypeOf(a, At) == LowLevelTypes.Unsigned))
                throw new TyperError(At, "ovfcheck() takes a signed operation (r_uint arithmetic wraps around)");
            typer._ovfResults.Add(result);
            return result;
        }

        /// <summary>x / y, and x // y and x % y on floats: no ZeroDivisionError check when y is a nonzero constant.</summary>
        private void FloatDivision(string name, Variable result)
        {
            var y = Arg(1, LowLevelTypes.Float);
            string checkedSuffix = y is Constant { Value: double d } && d != 0 ? "" : "_zer";
            Emit("float_" + name + checkedSuffix, result, Arg(0, LowLevelTypes.Float), y);
        }

        private void Power(Variable result, bool overflowChecked)
        {
            var type = CommonType();
            if (type == LowLevelTypes.Float)
                Emit("float_pow", result, Arg(0, type), Arg(1, type));
            else if (type == LowLevelTypes.Signed)
                CallHelper("rint", overflowChecked ? "ll_int_pow_ovf" : "ll_int_pow", overflowChecked ? OverflowChecked(result) : result, Arg(0, type), Arg(1, type));
            else
                throw new TyperError(At, "'**' on r_uint is not supported: use a loop of '*'");
        }

        /// <summary>x &lt;&lt; y or x &gt;&gt; y with y not a constant in 0..63: rint's helpers check the count.</summary>
        private void ShiftByVariable(string name, Variable result, bool overflowChecked)
        {
            var type = CommonType();
            string helper = "ll_" + Prefix(type) + "_" + name;
            if (overflowChecked && name == "lshift")
            {
                helper += "_ovf";
                OverflowChecked(result);
            }
            CallHelper("rint", helper, result, Arg(0, type), Arg(1, LowLevelTypes.Signed));
        }

        /// <summary>The built-in functions on numbers that need more than a cast (RTyper.Operations.cs
        /// has those); false for another function or other arguments.</summary>
        private bool NumberBuiltin(string name, Variable result)
        {
            var argument = op.Args.Length > 1 ? typer.Binding(op.Args[1]) : null;
            switch (name)
            {
                case OvfCheck:
                    typer.IsOvfChecked(result);
                    if (!typer._ovfChecks.TryGetValue(op, out var sources) || sources.Count == 0 || !sources.All(typer._ovfResults.Contains))
                        throw new TyperError(At, "ovfcheck() takes the result of one operation (+ - * // % << ** unary - abs) computed just before it");
                    Emit("same_as", result, Arg(1, result.ConcreteType!));
                    return true;
                case "abs" when argument is SomeInteger && typer.IsOvfChecked(result):
                    Emit("int_abs_ovf", OverflowChecked(result), Arg(1, LowLevelTypes.Signed));
                    return true;
                case "abs" when argument is SomeInteger { Unsigned: true }:
                    Emit("same_as", result, Arg(1, result.ConcreteType!));
                    return true;
                case "int" when argument is SomeFloat && op.Args.Length == 2:
                    Emit("cast_float_to_int_checked", result, Arg(1, LowLevelTypes.Float));
                    return true;
                case "rpython.rlib.rarithmetic.r_uint" when argument is SomeFloat:
                {
                    // Truncated, then wrapped as r_uint(int(x)) does (C#'s double-to-ulong conversion saturates).
                    var truncated = Temp(LowLevelTypes.Signed);
                    Emit("cast_float_to_int", truncated, Arg(1, LowLevelTypes.Float));
                    Emit("cast_int_to_uint", result, truncated);
                    return true;
                }
                case "float" when argument is SomeString:
                    Emit("float_from_str", result, Arg(1, BuiltinTypes.StrPtr));
                    return true;
                case "min" or "max" when op.Args.Length > 2:
                    MinOrMax(name, result);
                    return true;
                case "math.fabs":
                    Emit("float_abs", result, Arg(1, LowLevelTypes.Float));
                    return true;
                case "math.floor" or "math.ceil" when result.ConcreteType != LowLevelTypes.Float:
                {
                    var rounded = Temp(LowLevelTypes.Float);
                    Emit("math_" + name[5..], rounded, Arg(1, LowLevelTypes.Float));
                    Emit("cast_float_to_int_checked", result, rounded);
                    return true;
                }
                case not null when name.StartsWith("math.", StringComparison.Ordinal) && LowLevelOperations.TryGet("math_" + name[5..], out var math):
                    Emit(math.Name, result, [.. Enumerable.Range(1, op.Args.Length - 1).Select(i => Arg(i, LowLevelTypes.Float))]);
                    return true;
            }
            return false;
        }

        /// <summary>min(a, b, ...) and max(a, b, ...): the helper applied from the left, as CPython compares.</summary>
        private void MinOrMax(string name, Variable result)
        {
            var type = result.ConcreteType!;
            var (module, helper) = type == BuiltinTypes.StrPtr ? ("rstr", "ll_str_" + name) : ("rint", "ll_" + name);
            FlowValue best = Arg(1, type);
            for (int i = 2; i < op.Args.Length; i++)
            {
                var next = i == op.Args.Length - 1 ? result : Temp(type);
                CallHelper(module, helper, next, best, Arg(i, type));
                best = next;
            }
        }
    }
}
