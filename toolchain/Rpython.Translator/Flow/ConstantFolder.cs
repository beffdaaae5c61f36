using System.Numerics;

namespace Rpython.Translator.Flow;

/// <summary>
/// Python's semantics of the pure operations on constant ints (long), floats, bools and strs, shared
/// by import-time evaluation and by flow-graph building, which folds an operation whose arguments are
/// all constants (so <c>we_are_translated()</c> branches and constant tables evaporate). An operation
/// it cannot fold exactly (an unknown type, a result that would raise or overflow a long) is left alone.
/// </summary>
internal static class ConstantFolder
{
    public static bool TryFold(string opName, IReadOnlyList<object?> args, out object? result)
    {
        result = null;
        try
        {
            result = args.Count switch
            {
                1 => Unary(opName, args[0]),
                2 => Binary(opName, args[0], args[1]),
                _ => NotFoldable.Instance,
            };
        }
        catch (OverflowException)
        {
            result = NotFoldable.Instance;
        }
        catch (DivideByZeroException)
        {
            result = NotFoldable.Instance;
        }
        return result is not NotFoldable;
    }

    /// <summary>Python truth of a constant, when it is known.</summary>
    public static bool? Truth(object? value) => value switch
    {
        null => false,
        bool b => b,
        long l => l != 0,
        BigInteger big => !big.IsZero,
        double d => d != 0.0,
        string s => s.Length > 0,
        PyTuple t => t.Items.Length > 0,
        PyFunction or PyClass or PyModule or PyBuiltinFunction or PyExternal => true,
        _ => null,
    };

    private sealed class NotFoldable
    {
        public static readonly NotFoldable Instance = new();
    }

    private static object? Unary(string op, object? a)
    {
        if (op == "bool")
            return Truth(a) is { } truth ? truth : NotFoldable.Instance;
        if (a is bool flag)
            a = flag ? 1L : 0L;
        return (op, a) switch
        {
            ("neg", long l) => checked(-l),
            ("pos", long l) => l,
            ("invert", long l) => ~l,
            ("neg", double d) => -d,
            ("pos", double d) => d,
            _ => NotFoldable.Instance,
        };
    }

    private static object? Binary(string op, object? a, object? b)
    {
        switch (op)
        {
            case "is_":
                return a is null || b is null ? a is null && b is null : a is bool x && b is bool y ? x == y : ReferenceEquals(a, b) ? true : NotFoldable.Instance;
            case "eq" or "ne" when a is string s1 && b is string s2:
                return (s1 == s2) == (op == "eq");
            case "add" when a is string s1 && b is string s2:
                return s1 + s2;
            case "mul" when a is string s && b is long n:
                return n <= 0 ? "" : string.Concat(Enumerable.Repeat(s, checked((int)n)));
        }
        if (a is bool x1)
            a = x1 ? 1L : 0L;
        if (b is bool y1)
            b = y1 ? 1L : 0L;
        if (a is long i && b is long j)
            return IntOp(op, i, j);
        if (a is double or long && b is double or long)
            return FloatOp(op, Convert.ToDouble(a, System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(b, System.Globalization.CultureInfo.InvariantCulture));
        return NotFoldable.Instance;
    }

    private static object IntOp(string op, long a, long b) => op switch
    {
        "add" => checked(a + b),
        "sub" => checked(a - b),
        "mul" => checked(a * b),
        "floordiv" => FloorDiv(a, b),
        "mod" => checked(a - (FloorDiv(a, b) * b)),
        "truediv" => b == 0 ? throw new DivideByZeroException() : (double)a / b,
        "and_" => a & b,
        "or_" => a | b,
        "xor" => a ^ b,
        "lshift" => b is < 0 or >= 63 || (a << (int)b) >> (int)b != a ? throw new OverflowException() : a << (int)b,
        "rshift" => b < 0 ? throw new OverflowException() : a >> (int)Math.Min(b, 63),
        "lt" => a < b,
        "le" => a <= b,
        "eq" => a == b,
        "ne" => a != b,
        "gt" => a > b,
        "ge" => a >= b,
        _ => NotFoldable.Instance,
    };

    private static long FloorDiv(long a, long b)
    {
        if (b == 0)
            throw new DivideByZeroException();
        if (a == long.MinValue && b == -1)
            throw new OverflowException();
        long q = a / b;
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
    }

    private static object FloatOp(string op, double a, double b) => op switch
    {
        "add" => a + b,
        "sub" => a - b,
        "mul" => a * b,
        "truediv" => b == 0 ? throw new DivideByZeroException() : a / b,
        "lt" => a < b,
        "le" => a <= b,
        "eq" => a == b,
        "ne" => a != b,
        "gt" => a > b,
        "ge" => a >= b,
        _ => NotFoldable.Instance,
    };
}
