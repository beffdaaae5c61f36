namespace Rpython.Runtime;

/// <summary>
/// The Python exception a numeric helper of the runtime (<see cref="PyMath"/>, <see cref="PyFloat"/>)
/// asks its caller to raise, instead of throwing: translated programs raise RPython exceptions
/// through the exception transform (DESIGN decision 5), and .NET exceptions cost microseconds.
/// Each helper's summary names the message that goes with each kind it returns; the messages
/// CPython uses most are constants here.
/// </summary>
public enum NumericError : byte
{
    /// <summary>No error: the result is valid.</summary>
    None = 0,
    /// <summary>ValueError (math: <see cref="NumericMessages.MathDomain"/>).</summary>
    ValueError,
    /// <summary>OverflowError (math: <see cref="NumericMessages.MathRange"/>).</summary>
    OverflowError,
    /// <summary>ZeroDivisionError.</summary>
    ZeroDivisionError,
}

/// <summary>The messages of the exceptions <see cref="NumericError"/> stands for, as CPython 3.11
/// words them.</summary>
public static class NumericMessages
{
    /// <summary>ValueError of the math module: an argument outside the function's domain.</summary>
    public const string MathDomain = "math domain error";

    /// <summary>OverflowError of the math module: a finite argument with a result too large.</summary>
    public const string MathRange = "math range error";

    /// <summary>OverflowError of float ** float (CPython's errno text, ERANGE).</summary>
    public const string PowerOverflow = "(34, 'Numerical result out of range')";

    /// <summary>ZeroDivisionError of 0.0 ** negative.</summary>
    public const string ZeroToNegativePower = "0.0 cannot be raised to a negative power";

    /// <summary>ValueError of a negative float ** a non-integer (CPython 3 makes a complex
    /// number, which RPython does not have; this is RPython's and Python 2's message).</summary>
    public const string NegativeToFractionalPower = "negative number cannot be raised to a fractional power";

    /// <summary>ZeroDivisionError of x / 0.0 (and math.log(x, 1)).</summary>
    public const string Division = "float division by zero";

    /// <summary>ZeroDivisionError of x % 0.0.</summary>
    public const string Modulo = "float modulo";

    /// <summary>ZeroDivisionError of x // 0.0.</summary>
    public const string FloorDivision = "float floor division by zero";

    /// <summary>ZeroDivisionError of divmod(x, 0.0).</summary>
    public const string DivMod = "float divmod()";

    /// <summary>OverflowError of round(x, n) when the rounded value is beyond the largest float.</summary>
    public const string RoundOverflow = "rounded value too large to represent";

    /// <summary>OverflowError of int(x), math.floor(x) ... for an infinity.</summary>
    public const string IntOfInfinity = "cannot convert float infinity to integer";

    /// <summary>ValueError of int(x), math.floor(x) ... for a NaN.</summary>
    public const string IntOfNaN = "cannot convert float NaN to integer";

    /// <summary>OverflowError of a float → Signed conversion out of the 64-bit range, where
    /// CPython would make a long integer (the message of rarithmetic.ovfcheck_float_to_int).</summary>
    public const string IntTooLarge = "float too large to convert to a machine integer";
}
