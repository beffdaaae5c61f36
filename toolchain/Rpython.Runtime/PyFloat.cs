using System.Globalization;
using System.Runtime.CompilerServices;

namespace Rpython.Runtime;

/// <summary>
/// Python's float operators and builtins where they differ from C#'s (Objects/floatobject.c of
/// CPython 3.11): division by zero raises, '%' and '//' floor (the remainder takes the sign of the
/// divisor, signed zeros and infinities as CPython gets them), '**' has its own special cases,
/// round() rounds half to even on the exact value, int() checks its argument, and hash() is
/// CPython's. Like <see cref="PyMath"/>, each returns the <see cref="NumericError"/> its caller
/// raises (the message is in each summary; the value is meaningless then). +, -, * and
/// comparisons are C#'s own and need nothing here.
/// </summary>
[SkipLocalsInit]  // round()'s text buffer is written before it is read
public static class PyFloat
{
    /// <summary>x / y: ZeroDivisionError <see cref="NumericMessages.Division"/> when y is ±0.0.</summary>
    public static double TrueDivide(double x, double y, out NumericError error)
    {
        error = y == 0 ? NumericError.ZeroDivisionError : NumericError.None;
        return x / y;
    }

    /// <summary>x % y (float_rem): the remainder with the sign of y, a zero remainder being +0.0
    /// or -0.0 as y is; ZeroDivisionError <see cref="NumericMessages.Modulo"/> when y is ±0.0.</summary>
    public static double Mod(double x, double y, out NumericError error)
    {
        if (y == 0)
        {
            error = NumericError.ZeroDivisionError;
            return double.NaN;
        }
        error = NumericError.None;
        double mod = x % y;
        if (mod != 0)
        {
            if ((y < 0) != (mod < 0))
                mod += y;
        }
        else
        {
            mod = Math.CopySign(0.0, y);
        }
        return mod;
    }

    /// <summary>x // y (float_floor_div): the quotient of <see cref="DivMod"/>;
    /// ZeroDivisionError <see cref="NumericMessages.FloorDivision"/> when y is ±0.0.</summary>
    public static double FloorDivide(double x, double y, out NumericError error)
    {
        if (y == 0)
        {
            error = NumericError.ZeroDivisionError;
            return double.NaN;
        }
        error = NumericError.None;
        return DivMod(x, y, out _);
    }

    /// <summary>divmod(x, y) (float_divmod): returns the floored quotient and sets
    /// <paramref name="modulo"/> to x % y; ZeroDivisionError <see cref="NumericMessages.DivMod"/>
    /// when y is ±0.0.</summary>
    public static double DivMod(double x, double y, out double modulo, out NumericError error)
    {
        if (y == 0)
        {
            error = NumericError.ZeroDivisionError;
            modulo = double.NaN;
            return double.NaN;
        }
        error = NumericError.None;
        return DivMod(x, y, out modulo);
    }

    /// <summary>CPython's _float_div_mod, for y ≠ 0.</summary>
    private static double DivMod(double x, double y, out double modulo)
    {
        double mod = x % y;
        // x - mod is an exact multiple of y mathematically, but the division may round:
        // the quotient is snapped to the nearest integer below.
        double div = (x - mod) / y;
        if (mod != 0)
        {
            if ((y < 0) != (mod < 0))
            {
                mod += y;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, y);
        }
        double floorDiv;
        if (div != 0)
        {
            floorDiv = Math.Floor(div);
            if (div - floorDiv > 0.5)
                floorDiv += 1.0;
        }
        else
        {
            floorDiv = Math.CopySign(0.0, x / y);
        }
        modulo = mod;
        return floorDiv;
    }

    /// <summary>x ** y (float_pow). ZeroDivisionError <see cref="NumericMessages.ZeroToNegativePower"/>
    /// for ±0.0 to a negative finite power; ValueError <see cref="NumericMessages.NegativeToFractionalPower"/>
    /// for a negative finite x to a finite non-integer power (CPython 3 returns a complex number
    /// there); OverflowError <see cref="NumericMessages.PowerOverflow"/> when the result is too
    /// large. x ** 0 is 1 even for a NaN x; 1 ** y is 1 even for a NaN y.</summary>
    public static double Power(double x, double y, out NumericError error)
    {
        error = NumericError.None;
        if (y == 0)
            return 1.0;
        if (double.IsNaN(x))
            return x;
        if (double.IsNaN(y))
            return x == 1.0 ? 1.0 : y;
        if (double.IsInfinity(y))
        {
            double magnitude = Math.Abs(x);
            if (magnitude == 1.0)
                return 1.0;
            return (y > 0) == (magnitude > 1.0) ? Math.Abs(y) : 0.0;
        }
        if (double.IsInfinity(x))
        {
            bool yIsOdd = IsOddInteger(y);
            if (y > 0)
                return yIsOdd ? x : Math.Abs(x);
            return yIsOdd ? Math.CopySign(0.0, x) : 0.0;
        }
        if (x == 0)
        {
            if (y < 0)
            {
                error = NumericError.ZeroDivisionError;
                return double.NaN;
            }
            return IsOddInteger(y) ? x : 0.0;
        }
        bool negateResult = false;
        if (x < 0)
        {
            if (y != Math.Floor(y))
            {
                error = NumericError.ValueError;
                return double.NaN;
            }
            // y is an integer, however large: pow of |x|, negated for an odd y.
            x = -x;
            negateResult = IsOddInteger(y);
        }
        if (x == 1.0)
            return negateResult ? -1.0 : 1.0;  // (-1) ** huge, which some libms got wrong
        double r = Math.Pow(x, y);
        if (double.IsInfinity(r))
            error = NumericError.OverflowError;
        return negateResult ? -r : r;
    }

    private static bool IsOddInteger(double y) => Math.Abs(y) % 2.0 == 1.0;

    /// <summary>round(x) before its conversion to int (float___round__ without ndigits): the
    /// nearest integer, halves to even, as a float; convert it with <see cref="ToSigned"/>, which
    /// raises for inf and nan as round() does.</summary>
    public static double Round(double x)
    {
        double rounded = Math.Round(x, MidpointRounding.AwayFromZero);  // C's round()
        if (Math.Abs(x - rounded) == 0.5)
            rounded = 2.0 * Math.Round(x / 2.0, MidpointRounding.AwayFromZero);
        return rounded;
    }

    /// <summary>round(x, ndigits) (double_round): x correctly rounded, half to even on its exact
    /// value, to ndigits decimal places (before the point when negative), read back as the
    /// nearest float; OverflowError <see cref="NumericMessages.RoundOverflow"/> when that is
    /// beyond the largest float. inf and nan come back unchanged; a result of zero keeps x's sign.</summary>
    public static double Round(double x, long ndigits, out NumericError error)
    {
        error = NumericError.None;
        // CPython's bounds, past which every x rounds to itself or to zero:
        // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103 and (DBL_MAX_EXP + 1) * 0.30103.
        if (!double.IsFinite(x) || ndigits > 323)
            return x;
        if (ndigits < -308)
            return 0.0 * x;
        Span<char> text = stackalloc char[FloatDigits.MaxDigits + 16];
        int length = 0;
        if (double.IsNegative(x))
            text[length++] = '-';
        text[length++] = '0';  // dtoa gives no digits when x rounds to zero
        int count = FloatDigits.Fixed(x, (int)ndigits, text[length..], out int decpt);
        length += count;
        text[length++] = 'e';
        (decpt - count).TryFormat(text[length..], out int written, default, CultureInfo.InvariantCulture);
        length += written;
        double rounded = double.Parse(text[..length], NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(rounded))
            error = NumericError.OverflowError;
        return rounded;
    }

    /// <summary>int(x) for a word-sized int (what math.floor, math.ceil, math.trunc and round()
    /// give after <see cref="PyMath.Floor"/> ...): x truncated toward zero. OverflowError
    /// <see cref="NumericMessages.IntOfInfinity"/> for ±inf, ValueError
    /// <see cref="NumericMessages.IntOfNaN"/> for a NaN, and OverflowError
    /// <see cref="NumericMessages.IntTooLarge"/> outside [-2**63, 2**63), where CPython would make
    /// a long integer.</summary>
    public static long ToSigned(double x, out NumericError error)
    {
        error = NumericError.None;
        if (x >= -9223372036854775808.0 && x < 9223372036854775808.0)
            return (long)x;
        error = double.IsNaN(x) ? NumericError.ValueError : NumericError.OverflowError;
        return 0;
    }

    /// <summary>hash(x) (CPython's _Py_HashDouble, sys.hash_info: modulus 2**61 - 1, inf 314159):
    /// equal to hash(int(x)) for integral x. A NaN hashes to 0: CPython 3.10+ hashes a NaN by
    /// its object's identity, which no program can rely on.</summary>
    public static long Hash(double x)
    {
        const int Bits = 61;
        const ulong Modulus = (1UL << Bits) - 1;
        if (!double.IsFinite(x))
            return double.IsNaN(x) ? 0 : x > 0 ? 314159 : -314159;
        double m = PyMath.Frexp(x, out long exponent);
        int e = (int)exponent;
        long sign = 1;
        if (m < 0)
        {
            sign = -1;
            m = -m;
        }
        // 28 bits of the mantissa at a time, reduced modulo 2**61 - 1 as they come.
        ulong h = 0;
        while (m != 0)
        {
            h = ((h << 28) & Modulus) | (h >> (Bits - 28));
            m *= 268435456.0;  // 2**28
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            h += y;
            if (h >= Modulus)
                h -= Modulus;
        }
        // Multiplying by 2**e is a rotation by e modulo 61.
        e = e >= 0 ? e % Bits : Bits - 1 - ((-1 - e) % Bits);
        h = ((h << e) & Modulus) | (h >> (Bits - e));
        h = unchecked(h * (ulong)sign);
        if (h == ulong.MaxValue)
            h = ulong.MaxValue - 1;  // -1 is the error value of a C hash function
        return unchecked((long)h);
    }
}
