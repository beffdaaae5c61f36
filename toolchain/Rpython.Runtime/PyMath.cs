namespace Rpython.Runtime;

/// <summary>
/// CPython 3.11's math module for floats (Modules/mathmodule.c): each function computes what
/// CPython computes — the same libm call (.NET's Math functions call the platform's C library, as
/// CPython does, so results agree bit for bit on one platform) wrapped in the same checks — and
/// returns, instead of raising, the <see cref="NumericError"/> CPython would raise, with
/// <see cref="NumericMessages.MathDomain"/> for ValueError and <see cref="NumericMessages.MathRange"/>
/// for OverflowError unless the summary says otherwise. When an error is returned the value is
/// meaningless. The checks are CPython's math_1: a NaN from a non-NaN argument is a domain error;
/// an infinity from a finite argument is a range error for functions that can overflow (exp, cosh,
/// sinh ...) and a domain error (a pole) for the others (log(0.0)); an infinite or NaN argument
/// otherwise gives the IEEE result without error. The logarithms return a NaN argument itself,
/// as CPython's m_log does (libm would quiet a signalling NaN). hypot is CPython's own algorithm,
/// not libm's.
/// </summary>
public static class PyMath
{
    /// <summary>math.nan and float('nan'): the quiet NaN with the sign bit clear (.NET's
    /// double.NaN has it set, which copysign(1.0, x) would show).</summary>
    public static double NaN => BitConverter.UInt64BitsToDouble(0x7FF8_0000_0000_0000UL);

    /// <summary>math.sqrt: ValueError for x &lt; 0 (sqrt(-0.0) is -0.0).</summary>
    public static double Sqrt(double x, out NumericError error) => Check(x, Math.Sqrt(x), canOverflow: false, out error);

    /// <summary>math.exp: OverflowError above ~709.78.</summary>
    public static double Exp(double x, out NumericError error) => Check(x, Math.Exp(x), canOverflow: true, out error);

    /// <summary>math.log(x): ValueError for x ≤ 0.</summary>
    public static double Log(double x, out NumericError error) => Check(x, double.IsNaN(x) ? x : Math.Log(x), canOverflow: false, out error);

    /// <summary>math.log(x, base) = log(x) / log(base): ValueError when either is ≤ 0 (x checked
    /// first); ZeroDivisionError <see cref="NumericMessages.Division"/> when base is 1.</summary>
    public static double Log(double x, double newBase, out NumericError error)
    {
        double numerator = Log(x, out error);
        if (error != NumericError.None)
            return numerator;
        double denominator = Log(newBase, out error);
        if (error != NumericError.None)
            return denominator;
        return PyFloat.TrueDivide(numerator, denominator, out error);
    }

    /// <summary>math.log10: ValueError for x ≤ 0.</summary>
    public static double Log10(double x, out NumericError error) => Check(x, double.IsNaN(x) ? x : Math.Log10(x), canOverflow: false, out error);

    /// <summary>math.log2: ValueError for x ≤ 0.</summary>
    public static double Log2(double x, out NumericError error) => Check(x, double.IsNaN(x) ? x : Math.Log2(x), canOverflow: false, out error);

    /// <summary>math.sin: ValueError for ±inf.</summary>
    public static double Sin(double x, out NumericError error) => Check(x, Math.Sin(x), canOverflow: false, out error);

    /// <summary>math.cos: ValueError for ±inf.</summary>
    public static double Cos(double x, out NumericError error) => Check(x, Math.Cos(x), canOverflow: false, out error);

    /// <summary>math.tan: ValueError for ±inf.</summary>
    public static double Tan(double x, out NumericError error) => Check(x, Math.Tan(x), canOverflow: false, out error);

    /// <summary>math.asin: ValueError outside [-1, 1].</summary>
    public static double Asin(double x, out NumericError error) => Check(x, Math.Asin(x), canOverflow: false, out error);

    /// <summary>math.acos: ValueError outside [-1, 1].</summary>
    public static double Acos(double x, out NumericError error) => Check(x, Math.Acos(x), canOverflow: false, out error);

    /// <summary>math.atan: never fails.</summary>
    public static double Atan(double x) => Math.Atan(x);

    /// <summary>math.atan2(y, x), with CPython's own answers for infinities and zeros (m_atan2);
    /// never fails.</summary>
    public static double Atan2(double y, double x)
    {
        if (double.IsNaN(x) || double.IsNaN(y))
            return NaN;
        if (double.IsInfinity(y))
        {
            if (double.IsInfinity(x))
                return Math.CopySign(double.IsPositive(x) ? 0.25 * Math.PI : 0.75 * Math.PI, y);
            return Math.CopySign(0.5 * Math.PI, y);
        }
        if (double.IsInfinity(x) || y == 0)
            return double.IsPositive(x) ? Math.CopySign(0.0, y) : Math.CopySign(Math.PI, y);
        return Math.Atan2(y, x);
    }

    /// <summary>math.sinh: OverflowError beyond ~±710.47.</summary>
    public static double Sinh(double x, out NumericError error) => Check(x, Math.Sinh(x), canOverflow: true, out error);

    /// <summary>math.cosh: OverflowError beyond ~±710.47.</summary>
    public static double Cosh(double x, out NumericError error) => Check(x, Math.Cosh(x), canOverflow: true, out error);

    /// <summary>math.tanh: never fails.</summary>
    public static double Tanh(double x) => Math.Tanh(x);

    /// <summary>math.asinh: never fails.</summary>
    public static double Asinh(double x) => Math.Asinh(x);

    /// <summary>math.acosh: ValueError below 1.</summary>
    public static double Acosh(double x, out NumericError error) => Check(x, Math.Acosh(x), canOverflow: false, out error);

    /// <summary>math.atanh: ValueError outside (-1, 1).</summary>
    public static double Atanh(double x, out NumericError error) => Check(x, Math.Atanh(x), canOverflow: false, out error);

    /// <summary>math.pow (not the ** operator, see <see cref="PyFloat.Power"/>): ValueError for
    /// 0.0 to a negative power and for a negative number to a non-integer power, OverflowError
    /// when a finite result is too large; IEEE answers for infinities and NaNs (1 ** nan and
    /// nan ** 0 are 1).</summary>
    public static double Pow(double x, double y, out NumericError error)
    {
        error = NumericError.None;
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsNaN(x))
                return y == 0 ? 1.0 : x;
            if (double.IsNaN(y))
                return x == 1 ? 1.0 : y;
            if (double.IsInfinity(x))
            {
                bool oddY = double.IsFinite(y) && Math.Abs(y) % 2.0 == 1.0;
                if (y > 0)
                    return oddY ? x : Math.Abs(x);
                if (y == 0)
                    return 1.0;
                return oddY ? Math.CopySign(0.0, x) : 0.0;
            }
            // y is infinite
            if (Math.Abs(x) == 1)
                return 1.0;
            if (y > 0 && Math.Abs(x) > 1)
                return y;
            if (y < 0 && Math.Abs(x) < 1)
                return -y;
            return 0.0;
        }
        double r = Math.Pow(x, y);
        if (double.IsNaN(r))
            error = NumericError.ValueError;
        else if (double.IsInfinity(r))
            error = x == 0 ? NumericError.ValueError : NumericError.OverflowError;
        return r;
    }

    /// <summary>math.fmod: the C remainder, with the sign of x; ValueError when y is 0 or x is
    /// infinite; fmod(x, ±inf) is x for finite x.</summary>
    public static double Fmod(double x, double y, out NumericError error)
    {
        error = NumericError.None;
        if (double.IsInfinity(y) && double.IsFinite(x))
            return x;
        double r = x % y;  // C#'s % on doubles is C's fmod: exact
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y))
            error = NumericError.ValueError;
        return r;
    }

    /// <summary>math.hypot(x, y): CPython's vector_norm (scaled, compensated sum of squares and a
    /// corrected square root: faithfully rounded, usually correctly), which differs from libm's
    /// hypot in the last bit now and then; never fails (an overflow gives inf).</summary>
    public static double Hypot(double x, double y)
    {
        x = Math.Abs(x);
        y = Math.Abs(y);
        double max = Math.Max(x, y);
        if (double.IsInfinity(x) || double.IsInfinity(y))
            return double.PositiveInfinity;
        if (double.IsNaN(x) || double.IsNaN(y))
            return NaN;
        if (max == 0)
            return max;
        Frexp(max, out long maxExponent);
        if (maxExponent < -1023)
        {
            // ldexp(1.0, -max_e) would overflow: divide by max instead (3.11's fallback).
            double csum = 1.0, fraction = 0.0;
            AddCompensated(ref csum, ref fraction, (x / max) * (x / max));
            AddCompensated(ref csum, ref fraction, (y / max) * (y / max));
            return max * Math.Sqrt(csum - 1.0 + fraction);
        }
        double scale = Math.ScaleB(1.0, (int)-maxExponent);
        double sum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
        foreach (double v in (ReadOnlySpan<double>)[x, y])
        {
            Split(v * scale, out double hi, out double lo);
            AddCompensated(ref sum, ref frac1, hi * hi);
            AddCompensated(ref sum, ref frac2, 2.0 * hi * lo);
            frac3 += lo * lo;
        }
        double h = Math.Sqrt(sum - 1.0 + (frac1 + frac2 + frac3));
        Split(h, out double hh, out double hl);
        AddCompensated(ref sum, ref frac1, -hh * hh);
        AddCompensated(ref sum, ref frac2, -2.0 * hh * hl);
        AddCompensated(ref sum, ref frac3, -hl * hl);
        double correction = sum - 1.0 + (frac1 + frac2 + frac3);
        return (h + (correction / (2.0 * h))) / scale;
    }

    /// <summary>Veltkamp-Dekker splitting: hi + lo == x exactly, each with half the bits.</summary>
    private static void Split(double x, out double hi, out double lo)
    {
        const double T27 = 134217729.0;  // 2**27 + 1
        double t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
    }

    /// <summary>sum += x, with what the addition lost added to <paramref name="fraction"/>
    /// (Neumaier; |sum| ≥ |x| holds throughout, so no branch is needed).</summary>
    private static void AddCompensated(ref double sum, ref double fraction, double x)
    {
        double old = sum;
        sum += x;
        fraction += (old - sum) + x;
    }

    /// <summary>C's floor, as a float (math.floor returns an int: convert with
    /// <see cref="PyFloat.ToSigned"/>, which raises for inf and nan).</summary>
    public static double Floor(double x) => Math.Floor(x);

    /// <summary>C's ceil, as a float (math.ceil returns an int: see <see cref="Floor"/>).</summary>
    public static double Ceil(double x) => Math.Ceiling(x);

    /// <summary>C's trunc, as a float (math.trunc returns an int: see <see cref="Floor"/>).</summary>
    public static double Trunc(double x) => Math.Truncate(x);

    /// <summary>math.fabs.</summary>
    public static double Fabs(double x) => Math.Abs(x);

    /// <summary>math.copysign: the magnitude of x with the sign bit of y (a NaN's too).</summary>
    public static double CopySign(double x, double y) => Math.CopySign(x, y);

    /// <summary>math.isnan.</summary>
    public static bool IsNaN(double x) => double.IsNaN(x);

    /// <summary>math.isinf.</summary>
    public static bool IsInf(double x) => double.IsInfinity(x);

    /// <summary>math.isfinite.</summary>
    public static bool IsFinite(double x) => double.IsFinite(x);

    /// <summary>math.degrees: x × (180 / pi), the constant rounded once as in CPython.</summary>
    public static double Degrees(double x) => x * (180.0 / Math.PI);

    /// <summary>math.radians: x × (pi / 180), the constant rounded once as in CPython.</summary>
    public static double Radians(double x) => x * (Math.PI / 180.0);

    /// <summary>math.frexp: m and e with x == m × 2**e and 0.5 ≤ |m| &lt; 1; (x, 0) for zeros,
    /// infinities and NaNs.</summary>
    public static double Frexp(double x, out long exponent)
    {
        exponent = 0;
        if (x == 0 || !double.IsFinite(x))
            return x;
        ulong bits = BitConverter.DoubleToUInt64Bits(x);
        int biased = (int)((bits >> 52) & 0x7FF);
        if (biased == 0)
        {
            // A subnormal: scale it into the normal range first (× 2**54, exact).
            bits = BitConverter.DoubleToUInt64Bits(x * 18014398509481984.0);
            biased = (int)((bits >> 52) & 0x7FF) - 54;
        }
        exponent = biased - 1022;
        return BitConverter.UInt64BitsToDouble((bits & ~(0x7FFUL << 52)) | (1022UL << 52));
    }

    /// <summary>math.ldexp: x × 2**i, correctly rounded; OverflowError when a finite x
    /// overflows; zeros, infinities and NaNs come back unchanged.</summary>
    public static double Ldexp(double x, long i, out NumericError error)
    {
        error = NumericError.None;
        if (x == 0 || !double.IsFinite(x))
            return x;
        if (i > int.MaxValue)
        {
            error = NumericError.OverflowError;
            return Math.CopySign(double.PositiveInfinity, x);
        }
        if (i < int.MinValue)
            return Math.CopySign(0.0, x);
        double r = Math.ScaleB(x, (int)i);
        if (double.IsInfinity(r))
            error = NumericError.OverflowError;
        return r;
    }

    /// <summary>math.modf: returns the fractional part and sets <paramref name="integral"/>,
    /// both with the sign of x; (±0.0, x) for infinities, (nan, nan) for a NaN.</summary>
    public static double Modf(double x, out double integral)
    {
        if (double.IsNaN(x))
        {
            integral = x;
            return x;
        }
        integral = Math.Truncate(x);
        return double.IsInfinity(x) ? Math.CopySign(0.0, x) : Math.CopySign(x - integral, x);
    }

    /// <summary>CPython's math_1 after the libm call: a NaN from a non-NaN is a domain error; an
    /// infinity from a finite argument is a range error or, for a pole, a domain error.</summary>
    private static double Check(double x, double r, bool canOverflow, out NumericError error)
    {
        if (double.IsNaN(r) && !double.IsNaN(x))
            error = NumericError.ValueError;
        else if (double.IsInfinity(r) && double.IsFinite(x))
            error = canOverflow ? NumericError.OverflowError : NumericError.ValueError;
        else
            error = NumericError.None;
        return r;
    }
}
