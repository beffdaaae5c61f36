using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Rpython.Translator.Backend;

// How each low-level operation is written in C# (RPython's OP_<NAME> macros of
// translator/c/src/*.h): one table, from the operation's name to the statement that computes it
// into its result variable. The semantics are exactly those of the LLInterpreter:
//
// - Signed is long, Unsigned is ulong, Float is double, Bool is bool.
// - Integer arithmetic wraps around: add, sub, mul, neg, abs and the casts between integer types
//   and from float are written inside unchecked(...), so the text means the same whatever the
//   compilation's overflow checking (and constant operands never become compile-time errors).
// - Division and modulo truncate toward zero as C#'s / and % do; a divisor of -1 is the case C#
//   (and the CLR) would trap on for long.MinValue, so it is spelled out: x / -1 is -x (wrapping),
//   x % -1 is 0. Division by zero throws DivideByZeroException (the LLInterpreter stops with an
//   error); a divisor that is the constant zero, which C# rejects at compile time, is a throw
//   statement.
// - A shift count is masked to 0..63, as C#'s shifts (and the LLInterpreter's) do.
//
// Operands are atoms (a variable name or a literal; a negative literal is parenthesised), so the
// expressions below need no further parentheses. The table holds exactly the operations the
// LLInterpreter runs; any other operation is a BackendError raised by the emitter.

/// <summary>An operand as the statement uses it: its C# text, and its value when it is a constant.</summary>
internal readonly record struct CSharpOperand(string Text, object? ConstantValue, bool IsConstant)
{
    public bool IsConstantZero => IsConstant && ConstantValue is 0L or 0UL;

    public bool IsConstantMinusOne => IsConstant && ConstantValue is -1L;

    public override string ToString() => Text;
}

/// <summary>The statement that computes an operation into <c>target</c> (a local's name).</summary>
internal delegate string CSharpStatement(string target, CSharpOperand[] args);

/// <summary>The table of the operations the C# backend emits (see the file header).</summary>
internal static class CSharpOperations
{
    /// <summary>The statement an operation with a constant zero divisor becomes.</summary>
    public const string ThrowDivideByZero = "throw new System.DivideByZeroException();";

    private static readonly FrozenDictionary<string, CSharpStatement> s_table = Build();

    public static bool TryGet(string opName, [NotNullWhen(true)] out CSharpStatement? statement) => s_table.TryGetValue(opName, out statement);

    private static FrozenDictionary<string, CSharpStatement> Build()
    {
        var table = new Dictionary<string, CSharpStatement>(StringComparer.Ordinal);

        void Expression(string name, Func<CSharpOperand[], string> expression) => table.Add(name, (t, a) => $"{t} = {expression(a)};");
        void Binary(string name, string op) => Expression(name, a => $"{a[0]} {op} {a[1]}");
        void Wrapping(string name, string op) => Expression(name, a => $"unchecked({a[0]} {op} {a[1]})");

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
        table.Add("int_floordiv", (t, a) =>
            a[1].IsConstantZero ? ThrowDivideByZero
            : a[1].IsConstantMinusOne ? $"{t} = unchecked(-{a[0]});"
            : a[1].IsConstant ? $"{t} = {a[0]} / {a[1]};"
            : $"{t} = {a[1]} == -1L ? unchecked(-{a[0]}) : {a[0]} / {a[1]};");
        table.Add("int_mod", (t, a) =>
            a[1].IsConstantZero ? ThrowDivideByZero
            : a[1].IsConstantMinusOne ? $"{t} = 0L;"
            : a[1].IsConstant ? $"{t} = {a[0]} % {a[1]};"
            : $"{t} = {a[1]} == -1L ? 0L : {a[0]} % {a[1]};");
        table.Add("uint_floordiv", (t, a) => a[1].IsConstantZero ? ThrowDivideByZero : $"{t} = {a[0]} / {a[1]};");
        table.Add("uint_mod", (t, a) => a[1].IsConstantZero ? ThrowDivideByZero : $"{t} = {a[0]} % {a[1]};");
        Expression("int_neg", a => $"unchecked(-{a[0]})");
        Expression("int_abs", a => $"{a[0]} < 0L ? unchecked(-{a[0]}) : {a[0]}");

        Binary("float_add", "+");
        Binary("float_sub", "-");
        Binary("float_mul", "*");
        Binary("float_truediv", "/");
        Expression("float_neg", a => $"-{a[0]}");
        Expression("float_abs", a => $"System.Math.Abs({a[0]})");
        Expression("float_is_true", a => $"{a[0]} != 0.0");
        Comparisons("float");

        Expression("bool_not", a => $"!{a[0]}");
        Expression("same_as", a => a[0].Text);
        Expression("cast_bool_to_int", a => $"{a[0]} ? 1L : 0L");
        Expression("cast_bool_to_uint", a => $"{a[0]} ? 1UL : 0UL");
        Expression("cast_bool_to_float", a => $"{a[0]} ? 1.0 : 0.0");
        Expression("cast_int_to_float", a => $"(double){a[0]}");
        Expression("cast_uint_to_float", a => $"(double){a[0]}");
        Expression("cast_int_to_uint", a => $"unchecked((ulong){a[0]})");
        Expression("cast_uint_to_int", a => $"unchecked((long){a[0]})");
        Expression("cast_float_to_int", a => $"unchecked((long){a[0]})");
        return table.ToFrozenDictionary(StringComparer.Ordinal);

        void Comparisons(string prefix)
        {
            foreach (var (name, op) in new[] { ("lt", "<"), ("le", "<="), ("eq", "=="), ("ne", "!="), ("gt", ">"), ("ge", ">=") })
                Binary(prefix + "_" + name, op);
        }
    }

    /// <summary>A shift by a Signed count: C# takes an int count and masks it to 0..63, as the
    /// LLInterpreter does; a constant count is written already masked.</summary>
    private static string Shift(CSharpOperand[] a, string op) =>
        a[1].IsConstant
            ? $"{a[0]} {op} {((long)a[1].ConstantValue! & 63).ToString(CultureInfo.InvariantCulture)}"
            : $"unchecked({a[0]} {op} (int){a[1]})";
}
