using System.Globalization;
using Rpython.Translator.Syntax;

namespace Rpython.Translator.Flow;

/// <summary>Python's repr() of import-time values, for dumps and diagnostics.</summary>
internal static class PyRepr
{
    public static string Of(object? value) => value switch
    {
        double d => Float(d),
        string or bool or null or long or int or System.Numerics.BigInteger or Bytes or EllipsisValue or CodePointString => AstDumper.Scalar(value),
        _ => value.ToString() ?? "?",
    };

    /// <summary>repr(float): the shortest text that round-trips, in Python's spelling.</summary>
    public static string Float(double d)
    {
        if (double.IsNaN(d))
            return "nan";
        if (double.IsInfinity(d))
            return d > 0 ? "inf" : "-inf";
        string text = d.ToString("R", CultureInfo.InvariantCulture);
        int e = text.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
            return text.Contains('.', StringComparison.Ordinal) ? text : text + ".0";
        string mantissa = text[..e];
        int exponent = int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
        if (exponent is >= -4 and < 16)
            return decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
    }
}
