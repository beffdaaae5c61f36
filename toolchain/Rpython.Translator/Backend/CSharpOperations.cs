using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Rpython.Translator.RTyping;

namespace Rpython.Translator.Backend;

// How each low-level operation is written in C# (RPython's OP_<NAME> macros of
// translator/c/src/*.h): one table, from the operation's name to the statement that computes it
// into its result variable. The semantics are exactly those of the LLInterpreter:
//
// - Integer arithmetic wraps around: add, sub, mul, neg, abs and the casts between integer types
//   and from float are written inside unchecked(...), so the text means the same whatever the
//   compilation's overflow checking (and constant operands never become compile-time errors).
// - Division and modulo truncate toward zero as C#'s / and % do; a divisor of -1 is the case C#
//   (and the CLR) would trap on for long.MinValue, so it is spelled out: x / -1 is -x (wrapping),
//   x % -1 is 0. A divisor of zero is checked by the _zer operations, which raise ZeroDivisionError;
//   the plain ones are only emitted where the divisor is known not to be zero (a constant zero,
//   which C# rejects at compile time, becomes a throw statement).
// - The _ovf operations compute the wrapped result and raise OverflowError when it is not the
//   true one. Raising stores the standard exception into the exception state (a call of
//   rpyexc_raise_NAME, emitted by CSharpEmitter from the ExceptionData): the exception transform
//   has put the check that follows every raising operation. malloc raises MemoryError when the
//   allocator returns null.
// - A shift count is masked to 0..63, as C#'s shifts (and the LLInterpreter's) do.
// - Heap access goes through the structs of CSharpTypes: p->field, (&a->items)[i] for array items,
//   a->length; casts between pointer types are C# pointer casts.
//
// Operands are atoms (a variable name, a literal, a prebuilt object's name; a negative literal is
// parenthesised), so the expressions below need no further parentheses. The table holds exactly
// the operations the LLInterpreter runs; any other operation is a BackendError raised by the emitter.

/// <summary>An operand as a statement uses it: its C# text, its low-level type, and its value when
/// it is a constant (for a Void constant, the translation-time value it stands for: a type, a field
/// name).</summary>
internal readonly record struct CSharpOperand(string Text, object? ConstantValue, bool IsConstant, LowLevelType? Type = null)
{
    public bool IsConstantZero => IsConstant && ConstantValue is 0L or 0UL;

    public bool IsConstantMinusOne => IsConstant && ConstantValue is -1L;

    public override string ToString() => Text;
}

/// <summary>One operation to write: its result variable (null when Void), operands and result type,
/// the program's types and type ids, and its garbage collector.</summary>
internal sealed record CSharpOperation(string? Target, CSharpOperand[] Args, LowLevelType ResultType, CSharpTypes Types, TypeLayoutTable TypeIds, CSharpGc Gc)
{
    public string ResultCSharpType => Types.Of(ResultType);
}

/// <summary>The C# statement(s) an operation becomes; empty for one that has no effect in C#.</summary>
internal delegate string CSharpStatement(CSharpOperation op);

/// <summary>The table of the operations the C# backend emits (see the file header).</summary>
internal static class CSharpOperations
{
    /// <summary>The statement an operation with a constant zero divisor becomes.</summary>
    public const string ThrowDivideByZero = "throw new System.DivideByZeroException();";

    /// <summary>The name of the emitted method that raises a standard exception (an OverflowError...).</summary>
    public static string RaiseMethod(string exceptionName) => "rpyexc_raise_" + exceptionName;

    private static readonly FrozenDictionary<string, CSharpStatement> s_table = Build();

    public static bool TryGet(string opName, [NotNullWhen(true)] out CSharpStatement? statement) => s_table.TryGetValue(opName, out statement);

    private static FrozenDictionary<string, CSharpStatement> Build()
    {
        var table = new Dictionary<string, CSharpStatement>(StringComparer.Ordinal);

        void Expression(string name, Func<CSharpOperand[], string> expression) => table.Add(name, o => $"{o.Target} = {expression(o.Args)};");
        void Binary(string name, string op) => Expression(name, a => $"{a[0]} {op} {a[1]}");
        void Wrapping(string name, string op) => Expression(name, a => $"unchecked({a[0]} {op} {a[1]})");
        void Nothing(string name) => table.Add(name, _ => "");

        foreach (var (prefix, zero) in new[] { ("int", "0L"), ("uint", "0UL") })
        {
            Wrapping(prefix + "_add", "+");
            Wrapping(prefix + "_sub", "-");
            Wrapping(prefix + "_mul", "*");
            Binary(prefix + "_and", "&");
            Binary(prefix + "_or", "|");
            Binary(prefix + "_xor", "^");
            Expression(prefix + "_lshift", a => Shift(a, "<<"));
            Expression(prefix + "_rshift", a => Shift(a, ">>"));
            Expression(prefix + "_invert", a => $"~{a[0]}");
            Expression(prefix + "_is_true", a => $"{a[0]} != {zero}");
            Comparisons(prefix);
        }
        table.Add("int_floordiv", o => IntDivision(o, "/", $"unchecked(-{o.Args[0]})"));
        table.Add("int_mod", o => IntDivision(o, "%", "0L"));
        table.Add("uint_floordiv", o => o.Args[1].IsConstantZero ? ThrowDivideByZero : $"{o.Target} = {o.Args[0]} / {o.Args[1]};");
        table.Add("uint_mod", o => o.Args[1].IsConstantZero ? ThrowDivideByZero : $"{o.Target} = {o.Args[0]} % {o.Args[1]};");
        table.Add("int_floordiv_zer", o => ZeroChecked(o, IntDivision(o, "/", $"unchecked(-{o.Args[0]})")));
        table.Add("int_mod_zer", o => ZeroChecked(o, IntDivision(o, "%", "0L")));
        table.Add("uint_floordiv_zer", o => ZeroChecked(o, $"{o.Target} = {o.Args[0]} / {o.Args[1]};"));
        table.Add("uint_mod_zer", o => ZeroChecked(o, $"{o.Target} = {o.Args[0]} % {o.Args[1]};"));
        Expression("int_neg", a => $"unchecked(-{a[0]})");
        Expression("int_abs", a => $"{a[0]} < 0L ? unchecked(-{a[0]}) : {a[0]}");
        Expression("int_between", a => $"{a[0]} <= {a[1]} && {a[1]} < {a[2]}");
        Expression("int_force_ge_zero", a => $"{a[0]} < 0L ? 0L : {a[0]}");

        // Overflow-checked arithmetic: the wrapped result, and OverflowError when it is not the true one.
        string Overflow = RaiseMethod(LowLevelExceptions.OverflowError) + "();";
        table.Add("int_add_ovf", o => $"{o.Target} = unchecked({o.Args[0]} + {o.Args[1]}); if ((({o.Args[0]} ^ {o.Target}) & ({o.Args[1]} ^ {o.Target})) < 0L) {Overflow}");
        table.Add("int_add_nonneg_ovf", o => $"{o.Target} = unchecked({o.Args[0]} + {o.Args[1]}); if ({o.Target} < {o.Args[0]}) {Overflow}");
        table.Add("int_sub_ovf", o => $"{o.Target} = unchecked({o.Args[0]} - {o.Args[1]}); if ((({o.Args[0]} ^ {o.Args[1]}) & ({o.Args[0]} ^ {o.Target})) < 0L) {Overflow}");
        table.Add("int_mul_ovf", o => $"if (System.Math.BigMul({o.Args[0]}, {o.Args[1]}, out {o.Target}) != ({o.Target} >> 63)) {Overflow}");
        table.Add("int_neg_ovf", o => $"{o.Target} = unchecked(-{o.Args[0]}); if ({o.Args[0]} == long.MinValue) {Overflow}");
        table.Add("int_abs_ovf", o => $"{o.Target} = {o.Args[0]} < 0L ? unchecked(-{o.Args[0]}) : {o.Args[0]}; if ({o.Args[0]} == long.MinValue) {Overflow}");
        table.Add("int_lshift_ovf", o => $"{o.Target} = {Shift(o.Args, "<<")}; if (({o.Target} >> (int){o.Args[1]}) != {o.Args[0]}) {Overflow}");
        string DivisionOverflow(CSharpOperation o, string op, string byMinusOne) =>
            $"if ({o.Args[0]} == long.MinValue && {o.Args[1]} == -1L) {Overflow} else {{ {IntDivision(o, op, byMinusOne)} }}";
        table.Add("int_floordiv_ovf", o => DivisionOverflow(o, "/", $"unchecked(-{o.Args[0]})"));
        table.Add("int_mod_ovf", o => DivisionOverflow(o, "%", "0L"));
        table.Add("int_floordiv_ovf_zer", o => ZeroChecked(o, DivisionOverflow(o, "/", $"unchecked(-{o.Args[0]})")));
        table.Add("int_mod_ovf_zer", o => ZeroChecked(o, DivisionOverflow(o, "%", "0L")));

        Binary("float_add", "+");
        Binary("float_sub", "-");
        Binary("float_mul", "*");
        Binary("float_truediv", "/");
        Expression("float_neg", a => $"-{a[0]}");
        Expression("float_abs", a => $"System.Math.Abs({a[0]})");
        Expression("float_is_true", a => $"{a[0]} != 0.0");
        Comparisons("float");
        Comparisons("char");
        Binary("unichar_eq", "==");
        Binary("unichar_ne", "!=");
        // CPython's character database, as the LLInterpreter reads it.
        const string Unicode = "Rpython.Runtime.UnicodeDatabase.";
        foreach (var (name, method) in new[] { ("isalpha", "IsAlpha"), ("isdecimal", "IsDecimal"), ("isdigit", "IsDigit"), ("isnumeric", "IsNumeric"), ("isupper", "IsUpper"),
            ("islower", "IsLower"), ("istitle", "IsTitle"), ("isspace", "IsSpace"), ("iscaseignorable", "IsCaseIgnorable") })
            Expression("unichar_" + name, a => $"{Unicode}{method}({a[0]})");
        Expression("unichar_toupper", a => $"{Unicode}ToUpper({a[0]}, (int){a[1]})");
        Expression("unichar_tolower", a => $"{Unicode}ToLower({a[0]}, (int){a[1]})");
        Expression("unichar_totitle", a => $"{Unicode}ToTitle({a[0]}, (int){a[1]})");
        Expression("unichar_casefold", a => $"{Unicode}CaseFold({a[0]}, (int){a[1]})");

        Expression("bool_not", a => $"!{a[0]}");
        Expression("same_as", a => a[0].Text);
        Expression("hint", a => a[0].Text);
        Expression("cast_bool_to_int", a => $"{a[0]} ? 1L : 0L");
        Expression("cast_bool_to_uint", a => $"{a[0]} ? 1UL : 0UL");
        Expression("cast_bool_to_float", a => $"{a[0]} ? 1.0 : 0.0");
        Expression("cast_int_to_float", a => $"(double){a[0]}");
        Expression("cast_uint_to_float", a => $"(double){a[0]}");
        Expression("cast_int_to_uint", a => $"unchecked((ulong){a[0]})");
        Expression("cast_uint_to_int", a => $"unchecked((long){a[0]})");
        Expression("cast_float_to_int", a => $"unchecked((long){a[0]})");
        Expression("cast_float_to_uint", a => $"unchecked((ulong){a[0]})");
        Expression("cast_char_to_int", a => $"(long){a[0]}");
        Expression("cast_int_to_char", a => $"unchecked((byte){a[0]})");
        Expression("cast_unichar_to_int", a => $"(long){a[0]}");
        Expression("cast_int_to_unichar", a => $"unchecked((int){a[0]})");

        // The heap.
        table.Add("malloc", Malloc);
        table.Add("malloc_varsize", MallocVarSize);
        table.Add("getfield", o => IsVoid(o.ResultType) ? "" : $"{o.Target} = {Field(o.Args[0], o.Args[1])};");
        table.Add("setfield", SetField);
        table.Add("bare_setfield", SetField);
        table.Add("getsubstruct", o => $"{o.Target} = &{Field(o.Args[0], o.Args[1])};");
        table.Add("getarrayitem", o => IsVoid(o.ResultType) ? "" : $"{o.Target} = (&{o.Args[0]}->items)[{o.Args[1]}];");
        table.Add("setarrayitem", SetArrayItem);
        table.Add("bare_setarrayitem", SetArrayItem);
        table.Add("getarraysubstruct", o => $"{o.Target} = &(&{o.Args[0]}->items)[{o.Args[1]}];");
        Expression("getarraysize", a => $"{a[0]}->length");
        table.Add("getinteriorfield", o => IsVoid(o.ResultType) ? "" : $"{o.Target} = {Interior(o.Args)};");
        table.Add("setinteriorfield", SetInteriorField);
        table.Add("bare_setinteriorfield", SetInteriorField);
        table.Add("getinteriorarraysize", o => $"{o.Target} = {Interior(o.Args)}.length;");
        table.Add("cast_pointer", o => $"{o.Target} = ({o.ResultCSharpType}){o.Args[0]};");
        table.Add("cast_opaque_ptr", o => $"{o.Target} = ({o.ResultCSharpType}){o.Args[0]};");
        table.Add("gc_identityhash", o => $"{o.Target} = {o.Gc.ClassName}.IdentityHash({o.Args[0]});");
        table.Add("gc_push_roots", o => CSharpGc.PushRoots(o.Args));
        table.Add("gc_pop_roots", o => CSharpGc.PopRoots(o.Args, o.Types));
        table.Add("gc_writebarrier", o => o.Gc.WriteBarrier(o.Args));
        Binary("ptr_eq", "==");
        Binary("ptr_ne", "!=");
        Expression("ptr_iszero", a => $"{a[0]} == null");
        Expression("ptr_nonzero", a => $"{a[0]} != null");

        // The stack check (Rpython.Runtime/StackCheck.cs): a compare with the thread's limit.
        table.Add("stack_check", _ => $"if (Rpython.Runtime.StackCheck.IsExhausted()) {RaiseMethod(LowLevelExceptions.StackOverflow)}();");

        // The io operations: a call of the emitted method of the same name (CSharpExternals).
        foreach (string name in CSharpExternals.Operations)
        {
            table.Add(name, o =>
            {
                string call = $"{name}({string.Join(", ", o.Args.Select(a => a.Text))})";
                return o.Target is null ? call + ";" : $"{o.Target} = {call};";
            });
        }

        // No code: the JIT's markers (until the JIT exists), liveness hints, debugging aids.
        Nothing("jit_marker");
        Nothing("keepalive");
        Nothing("debug_assert");
        Nothing("debug_print");
        return table.ToFrozenDictionary(StringComparer.Ordinal);

        void Comparisons(string prefix)
        {
            foreach (var (name, op) in new[] { ("lt", "<"), ("le", "<="), ("eq", "=="), ("ne", "!="), ("gt", ">"), ("ge", ">=") })
                Binary(prefix + "_" + name, op);
        }
    }

    private static bool IsVoid(LowLevelType? type) => type == LowLevelTypes.Void;

    /// <summary>A signed division or modulo; <paramref name="byMinusOne"/> is the result for a
    /// divisor of -1, which C# would trap on for long.MinValue.</summary>
    private static string IntDivision(CSharpOperation o, string op, string byMinusOne)
    {
        var (x, y) = (o.Args[0], o.Args[1]);
        return y.IsConstantZero ? ThrowDivideByZero
            : y.IsConstantMinusOne ? $"{o.Target} = {byMinusOne};"
            : y.IsConstant ? $"{o.Target} = {x} {op} {y};"
            : $"{o.Target} = {y} == -1L ? {byMinusOne} : {x} {op} {y};";
    }

    /// <summary>ZeroDivisionError for a zero divisor, otherwise <paramref name="statement"/>.</summary>
    private static string ZeroChecked(CSharpOperation o, string statement) =>
        o.Args[1].IsConstant && !o.Args[1].IsConstantZero
            ? statement
            : $"if ({o.Args[1]} == {(o.Args[1].Type == LowLevelTypes.Unsigned ? "0UL" : "0L")}) {RaiseMethod(LowLevelExceptions.ZeroDivisionError)}(); else {{ {(o.Args[1].IsConstantZero ? "" : statement)} }}";

    /// <summary>A shift by a Signed count: C# takes an int count and masks it to 0..63, as the
    /// LLInterpreter does; a constant count is written already masked.</summary>
    private static string Shift(CSharpOperand[] a, string op) =>
        a[1].IsConstant
            ? $"{a[0]} {op} {((long)a[1].ConstantValue! & 63).ToString(CultureInfo.InvariantCulture)}"
            : $"unchecked({a[0]} {op} (int){a[1]})";

    private static string FieldName(CSharpOperand name) => CSharpTypes.FieldName((string)name.ConstantValue!);

    private static string Field(CSharpOperand pointer, CSharpOperand name) => $"{pointer}->{FieldName(name)}";

    private static string SetField(CSharpOperation o) =>
        IsVoid(o.Args[2].Type) ? "" : $"{Field(o.Args[0], o.Args[1])} = {o.Args[2]};";

    private static string SetArrayItem(CSharpOperation o) =>
        IsVoid(o.Args[2].Type) ? "" : $"(&{o.Args[0]}->items)[{o.Args[1]}] = {o.Args[2]};";

    private static string SetInteriorField(CSharpOperation o) =>
        IsVoid(o.Args[^1].Type) ? "" : $"{Interior(o.Args[..^1])} = {o.Args[^1]};";

    /// <summary>The place a path of field names and array indexes leads to from a pointer:
    /// <c>p->chars</c>, then <c>.name</c> for a field and <c>(&amp;X.items)[i]</c> for an item.</summary>
    private static string Interior(CSharpOperand[] args)
    {
        string? place = null;
        foreach (var step in args.Skip(1))
        {
            bool isField = step.Type == LowLevelTypes.Void && step.ConstantValue is string;
            place = (place, isField) switch
            {
                (null, true) => $"{args[0]}->{FieldName(step)}",
                (null, false) => $"(&{args[0]}->items)[{step}]",
                (_, true) => $"{place}.{FieldName(step)}",
                (_, false) => $"(&{place}.items)[{step}]",
            };
        }
        return place ?? $"(*{args[0]})";
    }

    /// <summary>A fixed-size GC object from the allocator, or a zeroed raw one.</summary>
    private static string Malloc(CSharpOperation o)
    {
        var type = (ContainerType)o.Args[0].ConstantValue!;
        string pointer = o.ResultCSharpType;
        if (!type.IsGc)
            return $"{o.Target} = ({pointer})System.Runtime.InteropServices.NativeMemory.AllocZeroed({TypeLayout.Of(type).Size});";
        int size = TypeLayout.Of(type).Size;
        return $"{o.Target} = ({pointer}){o.Gc.ClassName}.Malloc({o.TypeIds.Register(type)}, {size}); "
            + $"if ({o.Target} == null) {RaiseMethod(LowLevelExceptions.MemoryError)}();";
    }

    private static string MallocVarSize(CSharpOperation o)
    {
        var type = (ContainerType)o.Args[0].ConstantValue!;
        var part = TypeLayout.Of(type).VarSize!;
        if (!type.IsGc)
            throw new BackendError(null, $"raw malloc_varsize of {type} is not supported by the C# backend yet");
        return string.Create(CultureInfo.InvariantCulture,
            $"{o.Target} = ({o.ResultCSharpType}){o.Gc.ClassName}.MallocVarSize({o.TypeIds.Register(type)}, {part.ItemsOffset}, {part.ItemSize}, {part.LengthOffset}, {o.Args[2]}); ")
            + $"if ({o.Target} == null) {RaiseMethod(LowLevelExceptions.MemoryError)}();";
    }
}
