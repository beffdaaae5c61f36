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
    private sealed partial class LowLevelOps(RTyper typer, SpaceOperation op)
    {
        private readonly List<SpaceOperation> _ops = [];

        private SourceLocation? At => op.Location;

        public List<SpaceOperation> Lower()
        {
            var result = op.Result;
            result.ConcreteType = typer.TypeOf(result, At);
            if (IsPointerOperation())
            {
                PointerOperation(result);
                return _ops;
            }
            if (ListOperation(result) || StringOperation(result) || TupleOperation(result) || BuilderOperation(result) || DictOperation(result))
                return _ops;
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
                    Truth(result, 0);
                    break;
                case "simple_call" or "call_args" when typer.Binding(op.Args[0]) is SomePbc { Kind: DescKind.Class } classes:
                    Instantiate(classes, result);
                    break;
                case "simple_call" or "call_args" when typer.Binding(op.Args[0]) is SomePbc { Kind: DescKind.Method }:
                    MethodCall(result);
                    break;
                case "call_args" when typer.Binding(op.Args[0]) is SomeJitDriverMethod method:
                    JitDriverCall(method, result);
                    break;
                case "simple_call" when typer.Binding(op.Args[0]) is SomeBuiltin { Name: var hint } && JitHint(hint, result):
                    break;
                case "simple_call" when typer.Binding(op.Args[0]) is SomeBuiltin { Name: "len" } && typer.Binding(result) is { IsConstant: true, Const: long length }:
                    Emit("same_as", result, Typed(length, LowLevelTypes.Signed)); // a tuple's, a constant str's
                    break;
                case "simple_call" when typer.Binding(op.Args[0]) is SomeBuiltin { Name: "bool" } && op.Args.Length == 2 && typer.Binding(op.Args[1]) is not (SomeInteger or SomeFloat):
                    _ops.AddRange(new LowLevelOps(typer, new SpaceOperation("bool", [op.Args[1]], result, At)).Lower()); // a str's, a list's... truth
                    break;
                case "simple_call" when typer.Binding(op.Args[0]) is SomeBuiltin { Name: "isinstance" }:
                    IsInstance(result);
                    break;
                case "simple_call" when typer.Binding(op.Args[0]) is SomeBuiltin { Name: var name } && NumberConversion(name, result):
                    break;
                case "simple_call" when typer.Binding(op.Args[0]) is SomeBuiltin { Name: var name } && ExternalCall(name, result):
                    break;
                case "simple_call" or "call_args":
                    Call(result);
                    break;
                case "getattr":
                    GetAttr(result);
                    break;
                case "setattr":
                    SetAttr(result);
                    break;
                case "is_":
                    Identity(result);
                    break;
                case "type":
                    Emit("getfield", result, Part(0, InstanceLayouts.Root(InstanceClass(0))), Typed("typeptr", LowLevelTypes.Void));
                    break;
                case "exception_match":
                    InstanceOf(result, 0, op.Args[1] is Constant { Value: Flow.PyClass caught } ? typer.annotator.Bookkeeper.ClassDefOf(caught)
                        : throw new TyperError(At, "'except' with several classes is not supported by the RTyper yet"));
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
            // The first operation checks for a zero divisor (ZeroDivisionError), unless it is a nonzero constant.
            string zer = y is Constant { Value: not (0L or 0UL) } ? "" : "_zer";
            if (type == LowLevelTypes.Unsigned)
            {
                Emit(p + "_" + name + zer, result, x, y);
                return;
            }
            Variable? quotient = null;
            if (name == "floordiv")
            {
                quotient = Temp(type);
                Emit(p + "_floordiv" + zer, quotient, x, y);
                zer = "";
            }
            var remainder = Temp(type);
            Emit(p + "_mod" + zer, remainder, x, y);
            // adjust = (remainder != 0) & ((remainder ^ y) < 0), as 0 or 1
            var nonzero = Temp(LowLevelTypes.Bool);
            Emit("int_ne", nonzero, remainder, Typed(0L, type));
            var signs = Temp(type);
            Emit("int_xor", signs, remainder, y);
            var differ = Temp(LowLevelTypes.Bool);
            Emit("int_lt", differ, signs, Typed(0L, type));
            var both = Temp(LowLevelTypes.Signed);
            Emit("int_and", both, CastToInt(nonzero), CastToInt(differ));
            if (quotient is not null)
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

        private void Truth(Variable result, int index)
        {
            var type = typer.TypeOf(op.Args[index], At);
            if (type is PtrType)
                Emit("ptr_nonzero", result, Arg(index, type));
            else if (type == LowLevelTypes.Bool)
                Emit("same_as", result, Arg(index, type));
            else if (type == LowLevelTypes.Void)
                Emit("same_as", result, Typed(typer.Binding(result).Const is true, LowLevelTypes.Bool));
            else
                Emit(Prefix(type) + "_is_true", result, Arg(index, type));
        }

        /// <summary>The built-in functions that convert numbers (r_uint, intmask, int, float, bool, abs).</summary>
        private bool NumberConversion(string name, Variable result)
        {
            var argument = op.Args.Length == 2 ? typer.Binding(op.Args[1]) : null;
            if (argument is not (SomeInteger or SomeFloat))
                return false;
            switch (name)
            {
                case "rpython.rlib.rarithmetic.r_uint" or "rpython.rlib.rarithmetic.intmask" or "int" or "float" or "rpython.rlib.rarithmetic.r_int":
                {
                    var from = typer.TypeOf(op.Args[1], At);
                    var to = result.ConcreteType!;
                    if (from == LowLevelTypes.Float && to == LowLevelTypes.Signed)
                        Emit("cast_float_to_int", result, Arg(1, from));
                    else
                        Emit("same_as", result, Arg(1, to));
                    return true;
                }
                case "bool":
                    Truth(result, 1);
                    return true;
                case "abs" when result.ConcreteType == LowLevelTypes.Signed || result.ConcreteType == LowLevelTypes.Float:
                    Emit(Prefix(result.ConcreteType) + "_abs", result, Arg(1, result.ConcreteType));
                    return true;
            }
            return false;
        }

        /// <summary>A value of the operation (not necessarily one of its arguments) as <paramref name="type"/>.</summary>
        /// <param name="prefix">the converted variable's name, if not a temporary's.</param>
        private FlowValue Convert(FlowValue value, LowLevelType type, string? prefix = null)
        {
            if (value is Constant c)
                return c.ConcreteType == type ? c : Typed(typer.LowLevelConstant(c.Value, type, At), type);
            if (type == LowLevelTypes.Void)
                return Typed(typer.Binding(value).Const, type); // a Void value is a constant known to the annotator
            var have = value.ConcreteType ?? typer.TypeOf(value, At);
            if (have == type)
                return value;
            if (have == LowLevelTypes.Void && typer.Binding(value) is { IsConstant: true } known)
                return Typed(typer.LowLevelConstant(known.Const, type, At), type); // a function becoming a pointer
            var converted = prefix is null ? Temp(type) : new Variable(prefix) { ConcreteType = type };
            if (have == LowLevelTypes.UniChar && type == BuiltinTypes.StrPtr)
                CallHelper("rstr", "ll_chr2str", converted, value);
            else
                Emit(have is PtrType && type is PtrType ? "cast_pointer" : CastName(have, type, At), converted, value);
            return converted;
        }

        /// <summary>The operations emitted so far.</summary>
        public IReadOnlyList<SpaceOperation> Emitted => _ops;

        /// <summary>A lowered value as <paramref name="type"/> (for the conversions on links).</summary>
        public FlowValue ConvertValue(Variable value, LowLevelType type) => Convert(value, type, value.Prefix);

        // ---- instances ----

        private ClassDef InstanceClass(int index) =>
            typer.Binding(op.Args[index]) is SomeInstance i ? i.ClassDef : throw new TyperError(At, "an instance was expected");

        /// <summary>The instance argument as a pointer to the part of it that <paramref name="part"/> (a base class or itself) describes.</summary>
        private FlowValue Part(int index, ClassDef part)
        {
            var pointer = Arg(index, typer.TypeOf(op.Args[index], At));
            var wanted = typer.Instances.PointerTo(part);
            if (pointer.ConcreteType == wanted)
                return pointer;
            var cast = Temp(wanted);
            Emit("cast_pointer", cast, pointer);
            return cast;
        }

        private void GetAttr(Variable result)
        {
            var name = (string)((Constant)op.Args[1]).Value!;
            if (result.ConcreteType == LowLevelTypes.Void && typer.Binding(op.Args[0]) is SomePbc)
                return; // Base.__init__ and the like: a function known at translation time, no value at run time
            var classDef = InstanceClass(0);
            if (typer.Binding(result) is SomePbc { Kind: DescKind.Method })
            {
                // A bound method is its receiver (RPython's MethodsPBCRepr): the call passes it as self.
                Emit("same_as", result, Arg(0, result.ConcreteType!));
                return;
            }
            var owner = classDef.OwnerOf(name) ?? throw new TyperError(At, $"no class holds the attribute '{name}'");
            Emit("getfield", result, Part(0, owner), Typed("inst_" + name, LowLevelTypes.Void));
        }

        private void SetAttr(Variable result)
        {
            var name = (string)((Constant)op.Args[1]).Value!;
            var owner = InstanceClass(0).OwnerOf(name) ?? throw new TyperError(At, $"no class holds the attribute '{name}'");
            var fieldType = typer.Instances.StructOf(owner).FieldType("inst_" + name);
            Emit("setfield", result, Part(0, owner), Typed("inst_" + name, LowLevelTypes.Void), Arg(2, fieldType));
        }

        /// <summary>isinstance(x, C): C.min &lt;= x.typeptr.subclassrange_min &lt; C.max (False for None).</summary>
        private void IsInstance(Variable result)
        {
            if (typer.Binding(result).IsConstant)
            {
                Emit("same_as", result, Typed(typer.Binding(result).Const is true, LowLevelTypes.Bool));
                return;
            }
            var target = typer.Binding(op.Args[2]) is SomePbc { Kind: DescKind.Class, Descs: [ClassDesc only] } ? only.ClassDef
                : throw new TyperError(At, "isinstance() with several classes is not supported by the RTyper yet");
            InstanceOf(result, 1, target);
        }

        /// <summary>Whether argument <paramref name="index"/>, an instance, is of <paramref name="target"/> or a subclass.</summary>
        private void InstanceOf(Variable result, int index, ClassDef target)
        {
            var root = Part(index, InstanceLayouts.Root(InstanceClass(index)));
            var vtable = Temp(LowLevelTypes.Ptr(InstanceLayouts.VtableType));
            Emit("getfield", vtable, root, Typed("typeptr", LowLevelTypes.Void));
            var id = Temp(LowLevelTypes.Signed);
            Emit("getfield", id, vtable, Typed("subclassrange_min", LowLevelTypes.Void));
            var range = typer.Instances.VtableOf(target).Range;
            Emit("int_between", result, Typed((long)range.Min, LowLevelTypes.Signed), id, Typed((long)range.Max, LowLevelTypes.Signed));
        }

        /// <summary><c>x is y</c> on instances (<c>x is None</c> included): pointer equality.</summary>
        private void Identity(Variable result)
        {
            var left = typer.TypeOf(op.Args[0], At);
            var right = typer.TypeOf(op.Args[1], At);
            var pointer = left is PtrType ? left : right;
            if (pointer is not PtrType)
            {
                Emit("same_as", result, Typed(typer.Binding(result).Const is true, LowLevelTypes.Bool));
                return;
            }
            if (op.Args.Any(a => a is Constant { Value: null }))
            {
                Emit("ptr_iszero", result, Arg(op.Args[0] is Constant { Value: null } ? 1 : 0, pointer));
                return;
            }
            Emit("ptr_eq", result, Arg(0, pointer), Arg(1, pointer));
        }

        /// <summary>Argument <paramref name="index"/> of the operation as a value of <paramref name="type"/>.</summary>
        private FlowValue Arg(int index, LowLevelType type) => Convert(op.Args[index], type);

        internal static Variable Temp(LowLevelType type) => new() { ConcreteType = type };

        private void Emit(string name, Variable result, params FlowValue[] args)
        {
            _ = LowLevelOperations.Get(name); // an unknown name is a bug in this file, not in the program
            _ops.Add(new SpaceOperation(name, [.. args], result, At));
        }
    }
}
