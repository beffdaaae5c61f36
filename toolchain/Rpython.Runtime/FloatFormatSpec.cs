using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Rpython.Runtime;

/// <summary>
/// A format spec applied to a float — format(x, spec), str.format's '{:spec}', an f-string's
/// '{x:spec}' — parsed as CPython 3.11's parse_internal_render_format_spec does, with the checks
/// float.__format__ adds: [[fill]align][sign][z][#][0][width][,|_][.precision][type], type one of
/// e E f F g G n % or none. A program's spec is nearly always a constant: the translator checks it
/// with <see cref="TryParse"/> and the program builds it once with <see cref="Parse"/> (a class,
/// so that no default value with zeroed fields can stand for a spec).
/// Invariants: Align is one of '&lt;', '&gt;', '^', '='; Sign is '\0', '+', '-' or ' '; Grouping
/// is '\0', ',' or '_'; Width and Precision are -1 when not given.
/// </summary>
public sealed class FloatFormatSpec
{
    private FloatFormatSpec()
    {
    }

    /// <summary>A code point (a lone surrogate is one too, as in a Python str).</summary>
    internal int Fill { get; init; }
    internal char Align { get; init; }
    internal char Sign { get; init; }
    internal bool NoNegativeZero { get; init; }
    internal bool Alternate { get; init; }
    internal int Width { get; init; }
    internal char Grouping { get; init; }
    internal int Precision { get; init; }
    internal char Type { get; init; }

    /// <summary>The spec, or a FormatException with the message of CPython's ValueError.</summary>
    public static FloatFormatSpec Parse(string spec) =>
        TryParse(spec, out var result, out string? error) ? result : throw new FormatException(error);

    /// <summary>Parses <paramref name="spec"/>; when CPython would raise ValueError formatting a
    /// float with it, returns false and the exception's message (e.g. "Unknown format code 'd' for
    /// object of type 'float'"). One message is ours: a width beyond 2**31 - 1, which CPython
    /// accepts and then fails to allocate, is "width too big".</summary>
    public static bool TryParse(string spec, [NotNullWhen(true)] out FloatFormatSpec? result, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(spec);
        result = null;
        var codePoints = new List<int>(spec.Length);
        for (int i = 0; i < spec.Length; i++)
        {
            if (char.IsSurrogatePair(spec, i))
            {
                codePoints.Add(char.ConvertToUtf32(spec[i], spec[i + 1]));
                i++;
            }
            else
            {
                codePoints.Add(spec[i]);
            }
        }
        int end = codePoints.Count;
        int pos = 0;
        int fill = ' ';
        char align = '>';
        bool fillSpecified = false, alignSpecified = false;
        if (end - pos >= 2 && IsAlignment(codePoints[pos + 1]))
        {
            align = (char)codePoints[pos + 1];
            fill = codePoints[pos];
            fillSpecified = alignSpecified = true;
            pos += 2;
        }
        else if (end - pos >= 1 && IsAlignment(codePoints[pos]))
        {
            align = (char)codePoints[pos];
            alignSpecified = true;
            pos++;
        }
        char sign = '\0';
        if (end - pos >= 1 && codePoints[pos] is '+' or '-' or ' ')
            sign = (char)codePoints[pos++];
        bool noNegativeZero = end - pos >= 1 && codePoints[pos] == 'z';
        if (noNegativeZero)
            pos++;
        bool alternate = end - pos >= 1 && codePoints[pos] == '#';
        if (alternate)
            pos++;
        if (!fillSpecified && end - pos >= 1 && codePoints[pos] == '0')
        {
            // The '0' before the width: zero padding between the sign and the digits.
            fill = '0';
            if (!alignSpecified)
                align = '=';
            pos++;
        }
        if (!ReadInteger(codePoints, ref pos, out long width, out error))
            return false;
        char grouping = '\0';
        if (end - pos >= 1 && codePoints[pos] == ',')
        {
            grouping = ',';
            pos++;
        }
        if (end - pos >= 1 && codePoints[pos] == '_')
        {
            if (grouping != '\0')
                return Fail("Cannot specify both ',' and '_'.", out error);
            grouping = '_';
            pos++;
        }
        if (end - pos >= 1 && codePoints[pos] == ',' && grouping == '_')
            return Fail("Cannot specify both ',' and '_'.", out error);
        long precision = -1;
        if (end - pos >= 1 && codePoints[pos] == '.')
        {
            pos++;
            int start = pos;
            if (!ReadInteger(codePoints, ref pos, out precision, out error))
                return false;
            if (pos == start)
                return Fail("Format specifier missing precision", out error);
        }
        if (end - pos > 1)
            return Fail($"Invalid format specifier '{spec}' for object of type 'float'", out error);
        int type = end - pos == 1 ? codePoints[pos] : '\0';
        if (grouping != '\0' && type is not ('d' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0')
            && !(grouping == '_' && type is 'b' or 'o' or 'x' or 'X'))
            return Fail($"Cannot specify '{grouping}' with {Quoted(type)}.", out error);
        if (type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%'))
            return Fail($"Unknown format code {Quoted(type)} for object of type 'float'", out error);
        if (precision > int.MaxValue)
            return Fail("precision too big", out error);
        if (width > int.MaxValue)
            return Fail("width too big", out error);
        result = new FloatFormatSpec
        {
            Fill = fill,
            Align = align,
            Sign = sign,
            NoNegativeZero = noNegativeZero,
            Alternate = alternate,
            Width = (int)width,
            Grouping = grouping,
            Precision = (int)precision,
            Type = (char)type,
        };
        return true;
    }

    private static bool IsAlignment(int c) => c is '<' or '>' or '=' or '^';

    /// <summary>A character in an error message, as CPython prints it: 'c', or '\x..' outside
    /// the printable ASCII range.</summary>
    private static string Quoted(int c) =>
        c > 32 && c < 128 ? $"'{(char)c}'" : $"'\\x{c.ToString("x", CultureInfo.InvariantCulture)}'";

    /// <summary>CPython's get_integer: decimal digits (any script's), -1 when there are none.</summary>
    private static bool ReadInteger(List<int> codePoints, ref int pos, out long value, [NotNullWhen(false)] out string? error)
    {
        int start = pos;
        long accumulator = 0;
        for (; pos < codePoints.Count; pos++)
        {
            if (!Rune.IsValid(codePoints[pos]) || Rune.GetUnicodeCategory(new Rune(codePoints[pos])) != UnicodeCategory.DecimalDigitNumber)
                break;
            int digit = (int)Rune.GetNumericValue(new Rune(codePoints[pos]));
            if (accumulator > (long.MaxValue - digit) / 10)
            {
                value = 0;
                return Fail("Too many decimal digits in format string", out error);
            }
            accumulator = (accumulator * 10) + digit;
        }
        value = pos == start ? -1 : accumulator;
        error = null;
        return true;
    }

    private static bool Fail(string message, out string error)
    {
        error = message;
        return false;
    }
}
