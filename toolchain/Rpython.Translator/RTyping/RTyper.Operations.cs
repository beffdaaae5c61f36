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
            if (ListOperation(result) || StringOperation(result) || TupleOperation(result) || BuilderOperation(result) || DictOperation(result) || NumberOperation(result))
                return _ops;
            switch (op.OpName)
            {
                case "add" or "sub" or "mul" or "and_" or "or_" or "xor" or "lshift" or "rshift"
                    or "inplace_add" or "inplace_sub" or "inplace_mul" or "inplace_and_" or "inplace_or_" or "inplace_xor"
                    or "inplace_lshift" or "inplace_rshift":
                    Arithmetic(Strip(op.OpName), result);
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
                case "simple_call" when typer.Binding(op.Args[0]) is SomeBuiltin { Name: "type" }:
                    Emit("getfield", result, Part(1, InstanceLayouts.Root(InstanceClass(1))), Typed("typeptr", LowLevelTypes.Void));
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
                    InstanceOf(result, 0, ClassesOf(op.Args[1]));
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

        /// <summary>Python's // and % on ints (RTyper.Numbers.cs has floats): the machine truncates
        /// toward zero; the result is corrected by one (or by y) when the remainder is not zero and
        /// the operands' signs differ. Under ovfcheck, MININT // -1 raises OverflowError (a modulo
        /// never overflows).</summary>
        private void DivisionOrModulo(string name, Variable result, bool overflowChecked = false)
        {
            var type = CommonType();
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
                Emit(p + "_floordiv" + (overflowChecked ? "_ovf" : "") + zer, quotient, x, y);
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
                // 64-bit machine words all: r_int64/r_longlong are Signed, r_uint64/r_ulonglong Unsigned.
                case "rpython.rlib.rarithmetic.r_uint" or "rpython.rlib.rarithmetic.intmask" or "int" or "float" or "rpython.rlib.rarithmetic.r_int"
                    or "rpython.rlib.rarithmetic.r_int64" or "rpython.rlib.rarithmetic.r_longlong"
                    or "rpython.rlib.rarithmetic.r_uint64" or "rpython.rlib.rarithmetic.r_ulonglong" or "rpython.rlib.rarithmetic.widen":
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
            if (AreTuples(have, type))
                return ConvertTuple(value, converted);
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
            if (result.ConcreteType == LowLevelTypes.Void && (typer.Binding(op.Args[0]) is SomePbc || typer.Binding(result) is SomePbc { IsConstant: true }))
                return; // Base.__init__, a staticmethod and the like: a function known at translation time, no value at run time
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
            InstanceOf(result, 1, ClassesOf(op.Args[2]));
        }

        /// <summary>The classes of isinstance's second argument or of an 'except' clause: one class, or
        /// a tuple of them.</summary>
        private List<ClassDef> ClassesOf(FlowValue classes)
        {
            var bookkeeper = typer.annotator.Bookkeeper;
            return (classes, typer.Binding(classes)) switch
            {
                (Constant { Value: PyClass one }, _) => [bookkeeper.ClassDefOf(one)],
                (Constant { Value: PyTuple tuple }, _) when tuple.Items.All(i => i is PyClass) => [.. tuple.Items.Cast<PyClass>().Select(bookkeeper.ClassDefOf)],
                (_, SomePbc { Kind: DescKind.Class, CanBeNone: false } pbc) when pbc.IsConstant => [.. pbc.Descs.Cast<ClassDesc>().Select(d => d.ClassDef)],
                (_, SomeTuple tuple) when tuple.Items.All(i => i is SomePbc { Kind: DescKind.Class, IsConstant: true }) =>
                    [.. tuple.Items.Select(i => ((ClassDesc)((SomePbc)i).Descs[0]).ClassDef)],
                _ => throw new TyperError(At, $"isinstance() and 'except' take classes known at translation time, not {AnnotationFormatter.FormatType(typer.Binding(classes))}"),
            };
        }

        /// <summary>Whether argument <paramref name="index"/>, an instance, is of one of the classes
        /// <paramref name="targets"/> or a subclass: two compares on its class id per class (through
        /// rclass.ll_isinstance, which is False for None, when the instance can be None).</summary>
        private void InstanceOf(Variable result, int index, List<ClassDef> targets)
        {
            var root = Part(index, InstanceLayouts.Root(InstanceClass(index)));
            var ranges = targets.Select(t => typer.Instances.VtableOf(t).Range).ToList();
            if (typer.Binding(op.Args[index]) is SomeInstance { CanBeNone: true })
            {
                var tests = ranges.Select(range =>
                {
                    var test = Temp(LowLevelTypes.Bool);
                    CallHelper("rclass", "ll_isinstance", test, root, Typed((long)range.Min, LowLevelTypes.Signed), Typed((long)range.Max, LowLevelTypes.Signed));
                    return test;
                }).ToList();
                AnyOf(result, tests);
                return;
            }
            var vtable = Temp(LowLevelTypes.Ptr(InstanceLayouts.VtableType));
            Emit("getfield", vtable, root, Typed("typeptr", LowLevelTypes.Void));
            var id = Temp(LowLevelTypes.Signed);
            Emit("getfield", id, vtable, Typed("subclassrange_min", LowLevelTypes.Void));
            AnyOf(result, [.. ranges.Select(range =>
            {
                var test = Temp(LowLevelTypes.Bool);
                Emit("int_between", test, Typed((long)range.Min, LowLevelTypes.Signed), id, Typed((long)range.Max, LowLevelTypes.Signed));
                return test;
            })]);
        }

        /// <summary><paramref name="result"/> = the 'or' of <paramref name="tests"/>, without branches.</summary>
        private void AnyOf(Variable result, List<Variable> tests)
        {
            if (tests.Count == 1)
            {
                Emit("same_as", result, tests[0]);
                return;
            }
            FlowValue any = CastToInt(tests[0]);
            foreach (var test in tests.Skip(1))
            {
                var or = Temp(LowLevelTypes.Signed);
                Emit("int_or", or, any, CastToInt(test));
                any = or;
            }
            Emit("int_is_true", result, any);
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
