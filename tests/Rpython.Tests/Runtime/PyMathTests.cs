using System.Globalization;
using System.Numerics;
using Rpython.Runtime;

namespace Rpython.Tests.Runtime;

/// <summary>
/// The math module and the float operators against CPython 3.11 (math.txt: each function over
/// hand-picked edges — zeros, infinities, NaNs, overflow and domain boundaries — and random
/// doubles of every shape): results compared by all their bits — a NaN's sign and payload too,
/// which CPython and the same libm under .NET agree on — errors by exception and message.
/// Each test case is one function of the table, all its rows.
/// </summary>
[TestFixture]
internal sealed class PyMathTests
{
    private delegate string Case(string[] arguments);

    private static readonly Dictionary<string, Case> s_functions = new(StringComparer.Ordinal)
    {
        ["sqrt"] = Math1(PyMath.Sqrt),
        ["exp"] = Math1(PyMath.Exp),
        ["log"] = Math1(PyMath.Log),
        ["log10"] = Math1(PyMath.Log10),
        ["log2"] = Math1(PyMath.Log2),
        ["sin"] = Math1(PyMath.Sin),
        ["cos"] = Math1(PyMath.Cos),
        ["tan"] = Math1(PyMath.Tan),
        ["asin"] = Math1(PyMath.Asin),
        ["acos"] = Math1(PyMath.Acos),
        ["atan"] = a => Float(PyMath.Atan(Arg(a, 0))),
        ["sinh"] = Math1(PyMath.Sinh),
        ["cosh"] = Math1(PyMath.Cosh),
        ["tanh"] = a => Float(PyMath.Tanh(Arg(a, 0))),
        ["asinh"] = a => Float(PyMath.Asinh(Arg(a, 0))),
        ["acosh"] = Math1(PyMath.Acosh),
        ["atanh"] = Math1(PyMath.Atanh),
        ["fabs"] = a => Float(PyMath.Fabs(Arg(a, 0))),
        ["isnan"] = a => Bool(PyMath.IsNaN(Arg(a, 0))),
        ["isinf"] = a => Bool(PyMath.IsInf(Arg(a, 0))),
        ["isfinite"] = a => Bool(PyMath.IsFinite(Arg(a, 0))),
        ["degrees"] = a => Float(PyMath.Degrees(Arg(a, 0))),
        ["radians"] = a => Float(PyMath.Radians(Arg(a, 0))),
        ["floor"] = a => Int(PyMath.Floor(Arg(a, 0))),
        ["ceil"] = a => Int(PyMath.Ceil(Arg(a, 0))),
        ["trunc"] = a => Int(PyMath.Trunc(Arg(a, 0))),
        ["int"] = a => Int(Arg(a, 0)),
        ["round"] = a => Int(PyFloat.Round(Arg(a, 0))),
        ["frexp"] = a => Float(PyMath.Frexp(Arg(a, 0), out long e)) + ",i" + e.ToString(CultureInfo.InvariantCulture),
        ["modf"] = a => Float(PyMath.Modf(Arg(a, 0), out double integral)) + "," + Float(integral),
        ["hash"] = a => "i" + PyFloat.Hash(Arg(a, 0)).ToString(CultureInfo.InvariantCulture),
        ["log_base"] = a => Result(PyMath.Log(Arg(a, 0), Arg(a, 1), out var error), error,
            zeroDivision: NumericMessages.Division),
        ["atan2"] = a => Float(PyMath.Atan2(Arg(a, 0), Arg(a, 1))),
        ["pow"] = Math2(PyMath.Pow),
        ["fmod"] = Math2(PyMath.Fmod),
        ["hypot"] = a => Float(PyMath.Hypot(Arg(a, 0), Arg(a, 1))),
        ["copysign"] = a => Float(PyMath.CopySign(Arg(a, 0), Arg(a, 1))),
        ["mod"] = a => Result(PyFloat.Mod(Arg(a, 0), Arg(a, 1), out var error), error, zeroDivision: NumericMessages.Modulo),
        ["floordiv"] = a => Result(PyFloat.FloorDivide(Arg(a, 0), Arg(a, 1), out var error), error,
            zeroDivision: NumericMessages.FloorDivision),
        ["divmod"] = a =>
        {
            double quotient = PyFloat.DivMod(Arg(a, 0), Arg(a, 1), out double modulo, out var error);
            return error == NumericError.None ? Float(quotient) + "," + Float(modulo) : "!ZeroDivisionError: " + NumericMessages.DivMod;
        },
        ["truediv"] = a => Result(PyFloat.TrueDivide(Arg(a, 0), Arg(a, 1), out var error), error, zeroDivision: NumericMessages.Division),
        // CPython makes a complex number of a negative float to a fractional power (the table
        // says "!complex"); RPython raises ValueError there.
        ["power"] = a => Result(PyFloat.Power(Arg(a, 0), Arg(a, 1), out var error), error,
            valueError: null, overflow: NumericMessages.PowerOverflow, zeroDivision: NumericMessages.ZeroToNegativePower),
        ["round_n"] = a => Result(PyFloat.Round(Arg(a, 0), IntArg(a, 1), out var error), error, overflow: NumericMessages.RoundOverflow),
        ["ldexp"] = a => Result(PyMath.Ldexp(Arg(a, 0), IntArg(a, 1), out var error), error),
    };

    private static IEnumerable<string> Functions() => s_functions.Keys;

    [TestCaseSource(nameof(Functions))]
    public void MatchesCPython(string function)
    {
        var mismatches = new List<string>();
        int cases = 0;
        foreach (var row in NumericTable.Rows("math.txt").Where(r => r[0] == function))
        {
            cases++;
            string[] arguments = row[1].Split(',');
            string actual = s_functions[function](arguments);
            if (!Same(row[2], actual))
                mismatches.Add($"{function}({string.Join(", ", arguments.Select(Show))}) = {actual}, CPython {row[2]}");
        }
        NumericTable.AssertNoMismatches(mismatches, cases);
    }

    [Test]
    public void EveryFunctionOfTheTableIsTested()
    {
        var inTable = NumericTable.Rows("math.txt").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        Assert.That(inTable, Is.EquivalentTo(s_functions.Keys));
    }

    [Test]
    public void ErrorsOfTheBrief()
    {
        PyMath.Sqrt(-1, out var error);
        Assert.That(error, Is.EqualTo(NumericError.ValueError));
        PyMath.Exp(1000, out error);
        Assert.That(error, Is.EqualTo(NumericError.OverflowError));
        PyMath.Log(0, out error);
        Assert.That(error, Is.EqualTo(NumericError.ValueError));
        PyMath.Pow(0.0, -1.0, out error);
        Assert.That(error, Is.EqualTo(NumericError.ValueError));
        PyMath.Fmod(1, 0, out error);
        Assert.That(error, Is.EqualTo(NumericError.ValueError));
        PyMath.Pow(-8, 1.0 / 3, out error);
        Assert.That(error, Is.EqualTo(NumericError.ValueError));
        PyFloat.ToSigned(double.PositiveInfinity, out error);
        Assert.That(error, Is.EqualTo(NumericError.OverflowError));
        PyFloat.ToSigned(double.NaN, out error);
        Assert.That(error, Is.EqualTo(NumericError.ValueError));
        Assert.That(PyFloat.ToSigned(-9223372036854775808.0, out error), Is.EqualTo(long.MinValue));
        Assert.That(error, Is.EqualTo(NumericError.None));
        PyFloat.ToSigned(9223372036854775808.0, out error);
        Assert.That(error, Is.EqualTo(NumericError.OverflowError));
    }

    [Test]
    public void SignedZerosOfFloorDivisionAndModulo()
    {
        Assert.That(NumericTable.Bits(PyFloat.Mod(-0.0, 5.0, out _)), Is.EqualTo(NumericTable.Bits(0.0)));
        Assert.That(NumericTable.Bits(PyFloat.Mod(1.0, -1.0, out _)), Is.EqualTo(NumericTable.Bits(-0.0)));
        Assert.That(PyFloat.Mod(-1.0, 10.0, out _), Is.EqualTo(9.0));
        Assert.That(NumericTable.Bits(PyFloat.FloorDivide(-0.0, 5.0, out _)), Is.EqualTo(NumericTable.Bits(-0.0)));
        Assert.That(PyFloat.FloorDivide(-1.0, 10.0, out _), Is.EqualTo(-1.0));
        Assert.That(PyFloat.FloorDivide(1.0, 0.1, out _), Is.EqualTo(9.0), "1.0 // 0.1 is 9.0: 0.1 is a little more than 1/10");
    }

    private static bool Same(string expected, string actual)
    {
        if (expected == actual)
            return true;
        string[] e = expected.Split(','), a = actual.Split(',');
        if (e.Length != a.Length)
            return false;
        for (int i = 0; i < e.Length; i++)
        {
            if (e[i] != a[i] && !SameInt(e[i], a[i]))
                return false;
        }
        return true;
    }

    /// <summary>A Python int beyond 64 bits, where ToSigned raises OverflowError.</summary>
    private static bool SameInt(string expected, string actual) =>
        expected.StartsWith('i') && BigInteger.Parse(expected.AsSpan(1), CultureInfo.InvariantCulture) is var value
        && (value < long.MinValue || value > long.MaxValue)
        && actual == "!OverflowError: " + NumericMessages.IntTooLarge;

    private static Case Math1(MathFunction1 function) => a => Result(function(Arg(a, 0), out var error), error);

    private static Case Math2(MathFunction2 function) => a => Result(function(Arg(a, 0), Arg(a, 1), out var error), error);

    private delegate double MathFunction1(double x, out NumericError error);

    private delegate double MathFunction2(double x, double y, out NumericError error);

    private static double Arg(string[] arguments, int index) => NumericTable.Double(arguments[index]);

    /// <summary>An int argument, saturated to 64 bits as CPython's ldexp does with its exponent.</summary>
    private static long IntArg(string[] arguments, int index) =>
        (long)BigInteger.Clamp(BigInteger.Parse(arguments[index].AsSpan(1), CultureInfo.InvariantCulture), long.MinValue, long.MaxValue);

    private static string Show(string argument) =>
        argument.StartsWith('i') ? argument[1..] : PyFloatFormat.Repr(NumericTable.Double(argument));

    private static string Float(double value) => NumericTable.Bits(value);

    private static string Bool(bool value) => value ? "i1" : "i0";

    /// <summary>The int CPython makes of an integral float, through the Signed conversion.</summary>
    private static string Int(double value)
    {
        long result = PyFloat.ToSigned(value, out var error);
        return error switch
        {
            NumericError.None => "i" + result.ToString(CultureInfo.InvariantCulture),
            NumericError.ValueError => "!ValueError: " + NumericMessages.IntOfNaN,
            _ => "!OverflowError: " + (double.IsInfinity(value) ? NumericMessages.IntOfInfinity : NumericMessages.IntTooLarge),
        };
    }

    /// <summary>A float result, or the error in the table's notation with the function's messages.</summary>
    private static string Result(double value, NumericError error, string? valueError = NumericMessages.MathDomain,
        string overflow = NumericMessages.MathRange, string zeroDivision = "")
    {
        return error switch
        {
            NumericError.None => Float(value),
            NumericError.ValueError => valueError is null ? "!complex" : "!ValueError: " + valueError,
            NumericError.OverflowError => "!OverflowError: " + overflow,
            _ => "!ZeroDivisionError: " + zeroDivision,
        };
    }
}
