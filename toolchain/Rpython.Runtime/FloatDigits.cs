using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Rpython.Runtime;

/// <summary>
/// The decimal digits of a double as David Gay's dtoa makes them for CPython (_Py_dg_dtoa): a
/// digit string without leading or trailing zeros and the position of the decimal point, so that
/// |value| ≈ 0.DIGITS × 10**decpt. Three modes, as dtoa's:
///   shortest  (mode 0) the fewest digits that read back as the same double, the closest such;
///   significant (mode 2) correctly rounded to n significant digits;
///   fixed     (mode 3) correctly rounded to n digits after the point (n may be negative).
/// "Correctly rounded" is round-half-even on the exact binary value (2.675 is 2.67499999...,
/// so it rounds to 2.67; 0.125 is a tie, so it rounds to 0.12): digits are computed exactly, by
/// integer arithmetic on the value's significand and exponent — in 128 bits when the numbers fit,
/// else in BigInteger. .NET's own "F"/"E" formats are not used: they round ties away from zero.
/// Fixed mode with no digit left (0.001 to 2 places) gives no digits and decpt = -places, as dtoa
/// does; zero gives "0" with decpt 1 in every mode. Callers pass finite values and a buffer of
/// at least <see cref="MaxDigits"/> chars; the sign is theirs to handle.
/// </summary>
[SkipLocalsInit]  // digit buffers are written before they are read
internal static class FloatDigits
{
    /// <summary>Enough for any result: the exact decimal value of a double has at most 767
    /// significant digits, and more places or digits than that only add zeros, which are cut.</summary>
    public const int MaxDigits = 800;

    private const int ExactSignificantLimit = 770;

    /// <summary>10**0 .. 10**38, all that fit in 128 bits.</summary>
    private static readonly UInt128[] s_powersOfTen = MakePowersOfTen();

    private static UInt128[] MakePowersOfTen()
    {
        var powers = new UInt128[39];
        powers[0] = UInt128.One;
        for (int i = 1; i < powers.Length; i++)
            powers[i] = powers[i - 1] * 10;
        return powers;
    }

    /// <summary>dtoa mode 0: the shortest round-tripping digits (.NET's "R" is shortest since
    /// .NET Core 3.0; its digits are read back out of its text).</summary>
    public static int Shortest(double value, Span<char> digits, out int decpt)
    {
        Span<char> text = stackalloc char[32];
        if (!Math.Abs(value).TryFormat(text, out int length, "R", CultureInfo.InvariantCulture))
            throw new InvalidOperationException("a double's shortest form is longer than 32 characters");
        text = text[..length];
        int exponent = 0;
        int e = text.IndexOf('E');
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        int count = 0;
        int point = -1;
        foreach (char c in text)
        {
            if (c == '.')
                point = count;
            else
                digits[count++] = c;
        }
        int leadingZeros = digits[..count].IndexOfAnyExcept('0');
        if (leadingZeros < 0)
            return Zero(digits, out decpt);
        decpt = (point < 0 ? count : point) + exponent - leadingZeros;
        digits[leadingZeros..count].CopyTo(digits);
        return TrimZeros(digits, count - leadingZeros);
    }

    /// <summary>dtoa mode 2: |value| correctly rounded to <paramref name="count"/> (≥ 1)
    /// significant digits.</summary>
    public static int Significant(double value, int count, Span<char> digits, out int decpt)
    {
        if (value == 0)
            return Zero(digits, out decpt);
        count = Math.Min(count, ExactSignificantLimit);
        Decompose(value, out ulong m, out int e);
        // k = floor(log10 |value|) is the estimate from the binary exponent or one more.
        int log2 = e + 63 - BitOperations.LeadingZeroCount(m);
        int k = (int)Math.Floor(log2 * 0.30102999566398119521);
        int length = RoundedDigits(m, e, count - 1 - k, digits);
        if (length == count + 1 && !IsPowerOfTen(digits, length))
        {
            k++;
            length = RoundedDigits(m, e, count - 1 - k, digits);
        }
        // A carry to 10**count leaves count + 1 digits "100..": the same digits as 10**(count-1).
        decpt = length - (count - 1 - k);
        return TrimZeros(digits, length);
    }

    /// <summary>dtoa mode 3: |value| correctly rounded to <paramref name="places"/> digits after
    /// the decimal point (before it, when negative).</summary>
    public static int Fixed(double value, int places, Span<char> digits, out int decpt)
    {
        if (value == 0)
            return Zero(digits, out decpt);
        Decompose(value, out ulong m, out int e);
        // Rounded to a multiple of 10**401 every double is 0; beyond -e places every digit is exact.
        int scale = places < -400 ? 0 : Math.Min(places, Math.Max(0, -e));
        int length = places < -400 ? 0 : RoundedDigits(m, e, scale, digits);
        if (length == 0)
        {
            decpt = -places;
            return 0;
        }
        decpt = length - scale;
        return TrimZeros(digits, length);
    }

    private static int Zero(Span<char> digits, out int decpt)
    {
        digits[0] = '0';
        decpt = 1;
        return 1;
    }

    /// <summary>|value| = m × 2**e with m an integer below 2**53.</summary>
    private static void Decompose(double value, out ulong m, out int e)
    {
        ulong bits = BitConverter.DoubleToUInt64Bits(value);
        int biased = (int)((bits >> 52) & 0x7FF);
        ulong fraction = bits & ((1UL << 52) - 1);
        if (biased == 0)
        {
            m = fraction;
            e = -1074;
        }
        else
        {
            m = fraction | (1UL << 52);
            e = biased - 1075;
        }
    }

    private static bool IsPowerOfTen(ReadOnlySpan<char> digits, int length) =>
        digits[0] == '1' && !digits[1..length].ContainsAnyExcept('0');

    private static int TrimZeros(ReadOnlySpan<char> digits, int length)
    {
        while (length > 1 && digits[length - 1] == '0')
            length--;
        return length;
    }

    /// <summary>Writes the decimal digits of N = round-half-even(m × 2**e × 10**scale) and returns
    /// how many there are (0 when N is 0).</summary>
    private static int RoundedDigits(ulong m, int e, int scale, Span<char> digits)
    {
        if (scale >= 0 && scale <= 22)
        {
            UInt128 product = m * s_powersOfTen[scale];  // below 2**53 × 10**22 < 2**127
            if (e >= 0 && e <= (int)UInt128.LeadingZeroCount(product))
                return Write(product << e, digits);
            if (e < 0)
                return Write(e <= -128 ? UInt128.Zero : ShiftRounded(product, -e), digits);
        }
        else if (scale < 0 && -scale < s_powersOfTen.Length)
        {
            UInt128 power = s_powersOfTen[-scale];  // below 2**127
            if (e >= 0 && e <= 74)
                return Write(DivideRounded((UInt128)m << e, power), digits);
            if (e < 0 && -e < (int)UInt128.LeadingZeroCount(power))
                return Write(DivideRounded(m, power << -e), digits);
        }
        return WriteBig(m, e, scale, digits);
    }

    /// <summary>round-half-even(n / 2**shift), for 0 &lt; shift &lt; 128.</summary>
    private static UInt128 ShiftRounded(UInt128 n, int shift)
    {
        UInt128 quotient = n >> shift;
        UInt128 remainder = n - (quotient << shift);
        UInt128 half = UInt128.One << (shift - 1);
        return remainder > half || (remainder == half && (quotient & 1) != 0) ? quotient + 1 : quotient;
    }

    /// <summary>round-half-even(n / d), for d below 2**127.</summary>
    private static UInt128 DivideRounded(UInt128 n, UInt128 d)
    {
        UInt128 quotient = UInt128.DivRem(n, d).Quotient;
        UInt128 twice = (n - (quotient * d)) << 1;
        return twice > d || (twice == d && (quotient & 1) != 0) ? quotient + 1 : quotient;
    }

    private static int WriteBig(ulong m, int e, int scale, Span<char> digits)
    {
        BigInteger numerator = m;
        BigInteger denominator = BigInteger.One;
        if (e >= 0)
            numerator <<= e;
        else
            denominator <<= -e;
        if (scale >= 0)
            numerator *= BigInteger.Pow(10, scale);
        else
            denominator *= BigInteger.Pow(10, -scale);
        BigInteger quotient = BigInteger.DivRem(numerator, denominator, out BigInteger remainder);
        int order = (remainder << 1).CompareTo(denominator);
        if (order > 0 || (order == 0 && !quotient.IsEven))
            quotient += 1;
        if (quotient.IsZero)
            return 0;
        if (!quotient.TryFormat(digits, out int length, default, CultureInfo.InvariantCulture))
            throw new InvalidOperationException("more than FloatDigits.MaxDigits digits");
        return length;
    }

    private static int Write(UInt128 n, Span<char> digits)
    {
        if (n == UInt128.Zero)
            return 0;
        if (!n.TryFormat(digits, out int length, default, CultureInfo.InvariantCulture))
            throw new InvalidOperationException("more than FloatDigits.MaxDigits digits");
        return length;
    }
}
