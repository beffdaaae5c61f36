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
    public static string Float(double d) => Rpython.Runtime.PyFloatFormat.Repr(d);
}
