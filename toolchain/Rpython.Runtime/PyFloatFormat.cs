using System.Globalization;
using System.Text;

namespace Rpython.Runtime;

/// <summary>
/// Floats as CPython writes them (its float_repr_style 'short'): the shortest digits that read back
/// as the same double, in fixed notation when the decimal point falls within 16 digits of them
/// (1e+16 and 1e-05 switch to exponent notation), always with a '.0' or an exponent so the text
/// reads as a float; 'inf', '-inf', 'nan'. The one implementation: the translator (import-time
/// values, constants in dumps), the LLInterpreter and translated programs all use it.
/// </summary>
public static class PyFloatFormat
{
    public static string Repr(double value)
    {
        if (double.IsNaN(value))
            return "nan";
        if (double.IsInfinity(value))
            return value > 0 ? "inf" : "-inf";
        // "E16" is not shortest; "R" is (since .NET Core 3.0): read its digits and decimal exponent.
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        bool negative = text.StartsWith('-');
        if (negative)
            text = text[1..];
        int e = text.IndexOf('E', StringComparison.Ordinal);
        int exponent = e < 0 ? 0 : int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
        string mantissa = e < 0 ? text : text[..e];
        int point = mantissa.IndexOf('.', StringComparison.Ordinal);
        string digits = point < 0 ? mantissa : mantissa[..point] + mantissa[(point + 1)..];
        // value = 0.DIGITS * 10**decpt
        int decpt = (point < 0 ? mantissa.Length : point) + exponent;
        int leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        decpt -= leadingZeros;
        if (digits.Length == 0)
            return negative ? "-0.0" : "0.0";
        var result = new StringBuilder();
        if (negative)
            result.Append('-');
        if (decpt <= -4 || decpt > 16)
        {
            result.Append(digits[0]);
            if (digits.Length > 1)
                result.Append('.').Append(digits, 1, digits.Length - 1);
            int shown = decpt - 1;
            result.Append('e').Append(shown < 0 ? '-' : '+').Append(Math.Abs(shown).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            result.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            result.Append(digits).Append('0', decpt - digits.Length).Append(".0");
        }
        else
        {
            result.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
        return result.ToString();
    }
}
