using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Rpython.Runtime;

/// <summary>
/// Floats as CPython 3.11 writes them: repr/str, '%'-formatting ('%+08.3f' % x) and format specs
/// (format(x, '>10.2e'), f'{x:,.2f}'), each a port of the CPython function named in its summary,
/// over exactly rounded digits (<see cref="FloatDigits"/>: round-half-even on the exact binary
/// value, so '%.2f' % 2.675 is '2.67' and '%.3f' % 1e300 prints all 301 digits). The one
/// implementation: the translator (import-time values, constants in dumps), the LLInterpreter
/// and translated programs all use it. Parsing (float(str)) is in PyFloatFormat.Parse.cs.
/// Invariants: output is culture-independent ASCII except a format spec's fill character; the
/// sign of a NaN is never shown; a result allocates its string and nothing else unless it
/// outgrows a stack buffer.
/// </summary>
[SkipLocalsInit]  // text and digit buffers are written before they are read
public static partial class PyFloatFormat
{
    /// <summary>CPython's float_repr (also str(x)): the shortest digits that read back as the
    /// same double, in fixed notation when the decimal point falls within 16 digits of them
    /// (1e+16 and 1e-05 switch to exponent notation), always with a '.0' or an exponent so the
    /// text reads as a float; 'inf', '-inf', 'nan'.</summary>
    public static string Repr(double value)
    {
        var text = new TextBuilder(stackalloc char[32]);
        FormatShort(ref text, value, 'r', 0, ShortFlags.AddDot0);
        return text.ToString();
    }

    /// <summary>One '%' directive applied to a float (CPython's formatfloat and
    /// unicode_format_arg_output): <paramref name="conversion"/> is one of 'e', 'E', 'f', 'F',
    /// 'g', 'G' (precision below 0 means the default 6; 'g' takes precision 0 as 1 and drops
    /// trailing zeros unless '#'), or 'r', 's', 'a' (the repr, cut to the precision when one is
    /// given). <paramref name="width"/> 0 means none; a negative width is '-' with its absolute
    /// value, as '%*f' with a negative argument. inf and nan print as 'inf'/'nan' ('INF'/'NAN'
    /// for the upper-case conversions) and take '0' padding like digits, as in CPython.</summary>
    public static string Format(double value, char conversion, int precision, FormatFlags flags, int width)
    {
        if (width < 0)
        {
            flags |= FormatFlags.LeftAdjust;
            width = -width;
        }
        var body = new TextBuilder(stackalloc char[64]);
        bool numeric;
        switch (conversion)
        {
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                numeric = true;
                var shortFlags = (flags & FormatFlags.Alternate) != 0 ? ShortFlags.Alternate : ShortFlags.None;
                FormatShort(ref body, value, conversion, precision < 0 ? 6 : precision, shortFlags);
                break;
            case 'r' or 's' or 'a':
                numeric = false;
                FormatShort(ref body, value, 'r', 0, ShortFlags.AddDot0);
                if (precision >= 0 && body.Length > precision)
                    body.Truncate(precision);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(conversion), conversion, "not a float conversion of '%'-formatting");
        }
        ReadOnlySpan<char> digits = body.AsSpan();
        char signChar = '\0';
        if (numeric)
        {
            if (digits[0] == '-')
            {
                signChar = '-';
                digits = digits[1..];
            }
            else if ((flags & FormatFlags.Sign) != 0)
            {
                signChar = '+';
            }
            else if ((flags & FormatFlags.Blank) != 0)
            {
                signChar = ' ';
            }
        }
        char fill = numeric && (flags & FormatFlags.ZeroPad) != 0 ? '0' : ' ';
        bool leftAdjust = (flags & FormatFlags.LeftAdjust) != 0;
        int len = digits.Length;
        int remaining = Math.Max(width, len);
        var text = new TextBuilder(stackalloc char[64]);
        if (signChar != '\0')
        {
            // '0' padding goes between the sign and the digits, spaces before the sign.
            if (fill != ' ')
                text.Append(signChar);
            if (remaining > len)
                remaining--;
        }
        if (remaining > len && !leftAdjust)
        {
            text.Append(fill, remaining - len);
            remaining = len;
        }
        if (fill == ' ' && signChar != '\0')
            text.Append(signChar);
        text.Append(digits);
        text.Append(' ', remaining - len);
        return text.ToString();
    }

    /// <summary>format(value, spec) for a parsed spec (CPython's format_float_internal,
    /// calc_number_widths and fill_number): no type is repr, or with a precision 'g' that keeps
    /// a '.0'; 'n' is 'g' (the C locale: no grouping); '%' is 'f' of value × 100 and a '%';
    /// fill, alignment ('=' puts the padding after the sign), sign, 'z' (no negative zero),
    /// '#', '0' (zero padding, grouped when ',' or '_' is given), width and grouping.</summary>
    public static string Format(double value, FloatFormatSpec spec)
    {
        char type = spec.Type;
        int precision = spec.Precision;
        var flags = ShortFlags.None;
        if (spec.Alternate)
            flags |= ShortFlags.Alternate;
        if (spec.NoNegativeZero)
            flags |= ShortFlags.NoNegativeZero;
        int defaultPrecision = 6;
        if (type == '\0')
        {
            flags |= ShortFlags.AddDot0;
            type = 'r';
            defaultPrecision = 0;
        }
        else if (type == 'n')
        {
            type = 'g';
        }
        bool percent = type == '%';
        if (percent)
        {
            type = 'f';
            value *= 100;
        }
        if (precision < 0)
            precision = defaultPrecision;
        else if (type == 'r')
            type = 'g';

        var body = new TextBuilder(stackalloc char[64]);
        FormatShort(ref body, value, type, precision, flags);
        if (percent)
            body.Append('%');

        ReadOnlySpan<char> number = body.AsSpan();
        bool negative = number[0] == '-';
        if (negative)
            number = number[1..];
        int digitCount = number.IndexOfAnyExceptInRange('0', '9');
        if (digitCount < 0)
            digitCount = number.Length;
        bool hasDecimal = digitCount < number.Length && number[digitCount] == '.';
        ReadOnlySpan<char> remainder = number[(digitCount + (hasDecimal ? 1 : 0))..];

        char sign = spec.Sign switch
        {
            '+' => negative ? '-' : '+',
            ' ' => negative ? '-' : ' ',
            _ => negative ? '-' : '\0',
        };
        int nonDigits = (sign != '\0' ? 1 : 0) + (hasDecimal ? 1 : 0) + remainder.Length;
        // Zero padding with '=' counts as digits, so that grouping separates it too.
        long minWidth = spec.Fill == '0' && spec.Align == '=' ? (long)spec.Width - nonDigits : 0;
        int groupedCount = digitCount == 0 ? 0 : Group(number[..digitCount], minWidth, spec.Grouping, default);
        long padding = Math.Max(0, (long)spec.Width - (nonDigits + groupedCount));
        long left = 0, afterSign = 0, right = 0;
        switch (spec.Align)
        {
            case '<':
                right = padding;
                break;
            case '^':
                left = padding / 2;
                right = padding - left;
                break;
            case '=':
                afterSign = padding;
                break;
            default:
                left = padding;
                break;
        }

        var text = new TextBuilder(stackalloc char[64]);
        text.AppendCodePoint(spec.Fill, left);
        if (sign != '\0')
            text.Append(sign);
        text.AppendCodePoint(spec.Fill, afterSign);
        if (digitCount != 0)
            Group(number[..digitCount], minWidth, spec.Grouping, text.AppendSpan(groupedCount));
        if (hasDecimal)
            text.Append('.');
        text.Append(remainder);
        text.AppendCodePoint(spec.Fill, right);
        return text.ToString();
    }

    /// <summary>CPython's _PyUnicode_InsertThousandsGrouping: the integer digits with a
    /// separator every three (when <paramref name="separator"/> is ',' or '_'), padded with
    /// zeros on the left to at least <paramref name="minWidth"/> chars (a separator never
    /// leads, so the result may be one longer). Writes into <paramref name="destination"/>
    /// unless it is empty, and returns the length either way.</summary>
    private static int Group(ReadOnlySpan<char> digits, long minWidth, char separator, Span<char> destination)
    {
        int remaining = digits.Length;
        minWidth = Math.Max(0, minWidth);
        int written = 0;
        int end = destination.Length;  // filled from the right, as the groups are found
        bool useSeparator = false;
        while (true)
        {
            int groupLength = separator == '\0'
                ? (int)Math.Max(Math.Max(remaining, minWidth), 1)
                : (int)Math.Min(3, Math.Max(Math.Max(remaining, minWidth), 1));
            int zeros = Math.Max(0, groupLength - remaining);
            int chars = Math.Max(0, Math.Min(remaining, groupLength));
            if (useSeparator)
            {
                written++;
                if (!destination.IsEmpty)
                    destination[--end] = separator;
            }
            written += zeros + chars;
            if (!destination.IsEmpty)
            {
                end -= chars;
                digits.Slice(remaining - chars, chars).CopyTo(destination[end..]);
                end -= zeros;
                destination.Slice(end, zeros).Fill('0');
            }
            useSeparator = true;
            remaining -= chars;
            minWidth -= groupLength;
            if (separator == '\0' || (remaining <= 0 && minWidth <= 0))
                return written;
            minWidth--;  // the separator's width
        }
    }

    [Flags]
    private enum ShortFlags
    {
        None = 0,
        /// <summary>Py_DTSF_ADD_DOT_0: '.0' after an integer in fixed notation.</summary>
        AddDot0 = 1,
        /// <summary>Py_DTSF_ALT: '#', keep the point and the trailing zeros.</summary>
        Alternate = 2,
        /// <summary>Py_DTSF_NO_NEG_0: 'z', a negative value rounding to zero prints as zero.</summary>
        NoNegativeZero = 4,
    }

    /// <summary>CPython's PyOS_double_to_string and format_float_short: <paramref name="code"/>
    /// 'e', 'f', 'g' (upper case for 'E', 'INF', 'NAN') or 'r' (repr; precision unused).</summary>
    private static void FormatShort(ref TextBuilder output, double value, char code, int precision, ShortFlags flags)
    {
        bool upper = code is 'E' or 'F' or 'G';
        char lower = char.ToLowerInvariant(code);
        bool alternate = (flags & ShortFlags.Alternate) != 0;
        bool addDot0 = (flags & ShortFlags.AddDot0) != 0;
        if (!double.IsFinite(value))
        {
            if (double.IsNegativeInfinity(value))
                output.Append('-');  // a NaN's sign is never shown
            output.Append(double.IsNaN(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            return;
        }

        Span<char> digits = stackalloc char[FloatDigits.MaxDigits];
        // The digits dtoa is asked for: 'e' one more than the precision, 'g' at least one.
        long requested = lower switch
        {
            'e' => precision + 1L,
            'g' => Math.Max(precision, 1),
            _ => precision,
        };
        int decimalPoint;
        int count = lower switch
        {
            'e' or 'g' => FloatDigits.Significant(value, (int)Math.Min(requested, int.MaxValue), digits, out decimalPoint),
            'f' => FloatDigits.Fixed(value, precision, digits, out decimalPoint),
            'r' => FloatDigits.Shortest(value, digits, out decimalPoint),
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, "not a float format code"),
        };
        long decpt = decimalPoint;
        bool negative = double.IsNegative(value);
        if ((flags & ShortFlags.NoNegativeZero) != 0 && negative && (count == 0 || (count == 1 && digits[0] == '0')))
            negative = false;

        // The output is the slice [vdigitsStart, vdigitsEnd) of the digits padded with zeros on
        // both sides without end, with the decimal point before index decpt.
        long vdigitsEnd = count;
        bool useExponent = false;
        switch (lower)
        {
            case 'e':
                useExponent = true;
                vdigitsEnd = requested;
                break;
            case 'f':
                vdigitsEnd = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? requested - 1 : requested))
                    useExponent = true;
                if (alternate)
                    vdigitsEnd = requested;
                break;
            default:
                // 'r': exponent notation from 1e16, where a 17-digit integer would show
                // zeros that are not the double's (repr(2e16 + 8) is 2.000000000000001e+16).
                if (decpt <= -4 || decpt > 16)
                    useExponent = true;
                break;
        }
        long exponent = 0;
        if (useExponent)
        {
            exponent = decpt - 1;
            decpt = 1;
        }
        long vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        vdigitsEnd = Math.Max(vdigitsEnd, !useExponent && addDot0 ? decpt + 1 : decpt);

        if (negative)
            output.Append('-');
        if (decpt <= 0)
        {
            output.Append('0', decpt - vdigitsStart);
            output.Append('.');
            output.Append('0', -decpt);
        }
        else
        {
            output.Append('0', -vdigitsStart);
        }
        if (decpt > 0 && decpt <= count)
        {
            output.Append(digits[..(int)decpt]);
            output.Append('.');
            output.Append(digits[(int)decpt..count]);
        }
        else
        {
            output.Append(digits[..count]);
        }
        if (count < decpt)
        {
            output.Append('0', decpt - count);
            output.Append('.');
            output.Append('0', vdigitsEnd - decpt);
        }
        else
        {
            output.Append('0', vdigitsEnd - count);
        }
        if (output[output.Length - 1] == '.' && !alternate)
            output.Truncate(output.Length - 1);
        if (useExponent)
        {
            output.Append(upper ? 'E' : 'e');
            output.Append(exponent < 0 ? '-' : '+');
            long magnitude = Math.Abs(exponent);
            if (magnitude < 10)
                output.Append('0');
            Span<char> exponentDigits = stackalloc char[20];
            magnitude.TryFormat(exponentDigits, out int length, default, CultureInfo.InvariantCulture);
            output.Append(exponentDigits[..length]);
        }
    }
}

/// <summary>The flags of a '%' directive (CPython's F_LJUST, F_SIGN, F_BLANK, F_ALT, F_ZERO).</summary>
[Flags]
public enum FormatFlags
{
    None = 0,
    /// <summary>'-': pad on the right.</summary>
    LeftAdjust = 1,
    /// <summary>'+': a sign before non-negative numbers too.</summary>
    Sign = 2,
    /// <summary>' ': a space before non-negative numbers (unless '+').</summary>
    Blank = 4,
    /// <summary>'#': keep the decimal point, and for 'g' the trailing zeros.</summary>
    Alternate = 8,
    /// <summary>'0': pad numbers with zeros after the sign instead of spaces before it.</summary>
    ZeroPad = 16,
}
