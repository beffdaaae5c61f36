using System.Globalization;
using System.Text;

namespace Rpython.Translator.Flow;

/// <summary>Python's <c>format % args</c> for import-time code: conversions s, r, d, i, x, X, o, f, e, g,
/// c and %%, with the flags '-', '0', '+', ' ', a width and a precision.</summary>
internal static class PyFormat
{
    /// <returns>null when the format or its arguments are not what Python would accept.</returns>
    public static string? Percent(string format, object? args)
    {
        var values = args is PyTuple tuple ? tuple.Items.ToList() : [args];
        int next = 0;
        var output = new StringBuilder();
        for (int i = 0; i < format.Length; i++)
        {
            if (format[i] != '%')
            {
                output.Append(format[i]);
                continue;
            }
            if (++i >= format.Length)
                return null;
            string flags = "";
            while (i < format.Length && "-0+ #".Contains(format[i], StringComparison.Ordinal))
                flags += format[i++];
            int width = ReadNumber(format, ref i) ?? 0;
            int? precision = null;
            if (i < format.Length && format[i] == '.')
            {
                i++;
                precision = ReadNumber(format, ref i) ?? 0;
            }
            if (i >= format.Length)
                return null;
            char conversion = format[i];
            if (conversion == '%')
            {
                output.Append('%');
                continue;
            }
            if (next >= values.Count)
                return null;
            string? text = Convert(conversion, values[next++], flags, precision);
            if (text is null)
                return null;
            bool numeric = conversion is not ('s' or 'r' or 'c');
            if (text.Length < width)
            {
                if (flags.Contains('-', StringComparison.Ordinal))
                    text = text.PadRight(width);
                else if (flags.Contains('0', StringComparison.Ordinal) && numeric)
                    text = text.StartsWith('-') ? "-" + text[1..].PadLeft(width - 1, '0') : text.PadLeft(width, '0');
                else
                    text = text.PadLeft(width);
            }
            output.Append(text);
        }
        return next == values.Count ? output.ToString() : null;
    }

    private static int? ReadNumber(string format, ref int i)
    {
        int start = i;
        while (i < format.Length && char.IsAsciiDigit(format[i]))
            i++;
        return i > start ? int.Parse(format.AsSpan(start, i - start), CultureInfo.InvariantCulture) : null;
    }

    private static string? Convert(char conversion, object? value, string flags, int? precision)
    {
        string sign = flags.Contains('+', StringComparison.Ordinal) ? "+" : flags.Contains(' ', StringComparison.Ordinal) ? " " : "";
        string Signed(string digits, bool negative) => (negative ? "-" : sign) + digits;
        switch (conversion)
        {
            case 's':
                string s = ImportTimeInterpreter.Str(value);
                return precision is { } p && p < s.Length ? s[..p] : s;
            case 'r':
                return PyRepr.Of(value);
            case 'c':
                return value is string { Length: 1 } ch ? ch : value is long code ? char.ConvertFromUtf32((int)code) : null;
            case 'd' or 'i' or 'x' or 'X' or 'o' when PyValues.IsNumber(value):
            {
                var n = value is double d ? new System.Numerics.BigInteger(Math.Truncate(d)) : PyValues.ToBig(value!);
                var magnitude = System.Numerics.BigInteger.Abs(n);
                string digits = conversion switch
                {
                    'x' => magnitude.ToString("x", CultureInfo.InvariantCulture).TrimStart('0'),
                    'X' => magnitude.ToString("X", CultureInfo.InvariantCulture).TrimStart('0'),
                    'o' => ToOctal(magnitude),
                    _ => magnitude.ToString(CultureInfo.InvariantCulture),
                };
                return Signed(digits.Length == 0 ? "0" : digits, n.Sign < 0);
            }
            case 'f' or 'F' or 'e' or 'E' or 'g' or 'G' when PyValues.IsNumber(value):
            {
                double d = PyValues.ToDouble(value!);
                string text = Math.Abs(d).ToString(conversion.ToString() + (precision ?? 6).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                return Signed(text, d < 0 || (d == 0 && double.IsNegative(d)));
            }
            default:
                return null;
        }
    }

    private static string ToOctal(System.Numerics.BigInteger value)
    {
        if (value.IsZero)
            return "0";
        var digits = new StringBuilder();
        while (!value.IsZero)
        {
            digits.Insert(0, (char)('0' + (int)(value % 8)));
            value /= 8;
        }
        return digits.ToString();
    }
}
