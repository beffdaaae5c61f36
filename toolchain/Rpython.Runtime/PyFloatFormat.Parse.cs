using System.Buffers;
using System.Globalization;
using System.Text;

namespace Rpython.Runtime;

// float(str) as CPython 3.11 reads it (PyFloat_FromString): the text is first made ASCII
// (_PyUnicode_TransformDecimalAndSpaceToASCII: Unicode whitespace becomes ' ', any script's
// decimal digits become '0'-'9', anything else non-ASCII fails), underscores are checked and
// dropped (_Py_string_to_number_with_underscores: only between digits), C whitespace is cut
// from both ends, and what remains must be all of: [sign] digits [. digits] [e [sign] digits]
// with at least one digit (Gay's strtod), or [sign] inf / infinity / nan in any case. Decimal
// text is converted by .NET's double.Parse, correctly rounded (IEEE round-half-even) since .NET
// Core 3.0, with overflow to ±inf and underflow to ±0.0 as strtod does. NaN keeps its sign bit,
// as CPython's _Py_dg_stdnan does: float('nan') is 0x7ff8000000000000 (not .NET's double.NaN,
// whose sign bit is set) and float('-nan') 0xfff8000000000000.
public static partial class PyFloatFormat
{
    /// <summary>float(text): true and the value when CPython accepts the text, false when it
    /// raises ValueError("could not convert string to float: " + repr(text)), which the caller
    /// raises.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        // The ASCII form is never longer than the text (a surrogate pair becomes one char).
        Span<char> ascii = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        int length = 0;
        bool hasUnderscore = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 127)
            {
                if (c == '\0')
                    return false;  // the C string ends there, before the text does
                hasUnderscore |= c == '_';
                ascii[length++] = c;
                continue;
            }
            if (Rune.DecodeFromUtf16(text[i..], out Rune rune, out int consumed) != OperationStatus.Done)
                return false;
            i += consumed - 1;
            if (IsUnicodeWhitespace(rune.Value))
                ascii[length++] = ' ';
            else if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber)
                ascii[length++] = (char)('0' + (int)Rune.GetNumericValue(rune));
            else
                return false;
        }
        Span<char> s = ascii[..length];
        if (hasUnderscore && !RemoveUnderscores(ref s))
            return false;

        int first = 0;
        while (first < s.Length && IsCWhitespace(s[first]))
            first++;
        if (first == s.Length)
            return false;
        int last = s.Length;
        while (last - 1 > first && IsCWhitespace(s[last - 1]))
            last--;
        s = s[first..last];

        int pos = 0;
        bool negative = false;
        if (s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            pos++;
        }
        int afterSign = pos;
        int mantissaDigits = SkipDigits(s, ref pos);
        if (pos < s.Length && s[pos] == '.')
        {
            pos++;
            mantissaDigits += SkipDigits(s, ref pos);
        }
        if (mantissaDigits == 0)
            return TryParseSpecial(s[afterSign..], negative, out value);
        if (pos < s.Length && s[pos] is 'e' or 'E')
        {
            int exponentStart = pos + 1;
            if (exponentStart < s.Length && s[exponentStart] is '+' or '-')
                exponentStart++;
            int exponentEnd = exponentStart;
            if (SkipDigits(s, ref exponentEnd) > 0)
                pos = exponentEnd;
        }
        if (pos != s.Length)
            return false;
        value = double.Parse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>float(text) for a caller that raises: the value, or ValueError when
    /// <see cref="TryParse"/> rejects the text (the message is "could not convert string to
    /// float: " + repr(text)).</summary>
    public static double Parse(string text, out NumericError error)
    {
        error = TryParse(text, out double value) ? NumericError.None : NumericError.ValueError;
        return value;
    }

    /// <summary>"inf", "infinity" or "nan" in any case, and nothing after it (the sign is read).</summary>
    private static bool TryParseSpecial(ReadOnlySpan<char> s, bool negative, out double value)
    {
        if (s.Equals("inf", StringComparison.OrdinalIgnoreCase) || s.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (s.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = BitConverter.UInt64BitsToDouble(negative ? 0xFFF8_0000_0000_0000UL : 0x7FF8_0000_0000_0000UL);
            return true;
        }
        value = 0;
        return false;
    }

    private static int SkipDigits(ReadOnlySpan<char> s, ref int pos)
    {
        int start = pos;
        while (pos < s.Length && char.IsAsciiDigit(s[pos]))
            pos++;
        return pos - start;
    }

    /// <summary>Drops the underscores, each of which must stand between two digits.</summary>
    private static bool RemoveUnderscores(ref Span<char> s)
    {
        int length = 0;
        char previous = '\0';
        foreach (char c in s)
        {
            if (c == '_')
            {
                if (!char.IsAsciiDigit(previous))
                    return false;
            }
            else
            {
                if (previous == '_' && !char.IsAsciiDigit(c))
                    return false;
                s[length++] = c;
            }
            previous = c;
        }
        if (previous == '_')
            return false;
        s = s[..length];
        return true;
    }

    /// <summary>C's isspace in the C locale, which float() strips after the ASCII mapping.</summary>
    private static bool IsCWhitespace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    /// <summary>Python's str.isspace for code points from 127 up (Unicode 14: bidirectional class
    /// WS, B or S, or category Zs); float() turns them into spaces.</summary>
    private static bool IsUnicodeWhitespace(int c) =>
        c is 0x85 or 0xA0 or 0x1680 or (>= 0x2000 and <= 0x200A) or 0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000;
}
