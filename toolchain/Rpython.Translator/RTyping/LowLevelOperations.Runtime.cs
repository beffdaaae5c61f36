using System.Collections.Immutable;
using System.Reflection;
using Rpython.Runtime;

namespace Rpython.Translator.RTyping;

// The low-level operations that a function of Rpython.Runtime computes: CPython's float operators
// where C#'s differ (PyFloat), the math module (PyMath), floats to and from text (PyFloatFormat)
// and repr() of a str (PyStr). The LLInterpreter calls the function (LLInterpreter.Runtime.cs) and
// the backend emits a call of it (CSharpRuntimeCalls.cs), so the two cannot differ: each operation
// of CPython's numbers has one implementation, the runtime's.
//
// An operation's operands are the function's parameters, in order, but a last `out NumericError`:
// when the function has one, the operation raises the exception it names (and lists it in
// CanRaise), unless it is one of the variants used where the error cannot happen (float_mod with a
// nonzero constant divisor). A str operand or result is a Ptr(rpy_str) on the low-level side and a
// .NET string for the function; a parameter narrower than Signed (int, char, FormatFlags) takes a
// Signed operand, which the RTyper makes a constant in range.

/// <summary>The runtime function behind an operation of <see cref="LowLevelOperations"/> (see the file header).</summary>
internal sealed class RuntimeFunction
{
    public RuntimeFunction(MethodInfo method)
    {
        Method = method;
        var parameters = method.GetParameters();
        HasError = parameters.Length > 0 && parameters[^1].IsOut && parameters[^1].ParameterType.GetElementType() == typeof(NumericError);
        Operands = [.. parameters.Take(HasError ? parameters.Length - 1 : parameters.Length)];
        foreach (var p in Operands)
            _ = LowLevelTypeOf(p.ParameterType);
        _ = LowLevelTypeOf(method.ReturnType);
    }

    public MethodInfo Method { get; }

    /// <summary>The parameters that are operands (all but the error).</summary>
    public ImmutableArray<ParameterInfo> Operands { get; }

    /// <summary>Whether the function reports an exception through a last <c>out NumericError</c>.</summary>
    public bool HasError { get; }

    /// <summary>Whether the result is a str (made from the function's .NET string).</summary>
    public bool MakesStr => Method.ReturnType == typeof(string);

    /// <summary>Whether a str is an operand or the result.</summary>
    public bool UsesStrs => MakesStr || Operands.Any(p => p.ParameterType == typeof(string));

    /// <summary>The function as C# names it: <c>Rpython.Runtime.PyFloat.Mod</c>.</summary>
    public string CSharpName => Method.DeclaringType!.FullName + "." + Method.Name;

    /// <summary>The low-level type of an operand or result of a runtime function's .NET type.</summary>
    public static LowLevelType LowLevelTypeOf(Type type) =>
        type == typeof(double) ? LowLevelTypes.Float
        : type == typeof(long) || type == typeof(int) || type == typeof(char) || type == typeof(FormatFlags) ? LowLevelTypes.Signed
        : type == typeof(bool) ? LowLevelTypes.Bool
        : type == typeof(string) ? BuiltinTypes.StrPtr
        : throw new ArgumentException($"a runtime function cannot take or return {type}");

    /// <summary>The standard exception a <see cref="NumericError"/> stands for.</summary>
    public static string ExceptionName(NumericError error) => error switch
    {
        NumericError.ValueError => LowLevelExceptions.ValueError,
        NumericError.OverflowError => LowLevelExceptions.OverflowError,
        NumericError.ZeroDivisionError => LowLevelExceptions.ZeroDivisionError,
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "not an error"),
    };
}

internal static partial class LowLevelOperations
{
    private static void AddRuntimeOperations(ImmutableArray<LowLevelOperation>.Builder ops)
    {
        string category = "";

        // raises: the exceptions the function's NumericError can name; none for a variant that cannot fail.
        void Runtime(string name, Type type, string method, int parameters, string note, params string[] raises)
        {
            var function = new RuntimeFunction(type.GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Single(m => m.Name == method && m.GetParameters().Length == parameters));
            if (raises.Length > 0 && !function.HasError)
                throw new ArgumentException($"{name}: {function.CSharpName} reports no error");
            static string TypeName(Type t) => t == typeof(string) ? "Ptr(rpy_str)" : RuntimeFunction.LowLevelTypeOf(t).ToString();
            string signature = "(" + string.Join(", ", function.Operands.Select(p => TypeName(p.ParameterType) + " " + p.Name))
                + ") -> " + TypeName(function.Method.ReturnType);
            bool allocates = function.MakesStr;
            ImmutableArray<string> canRaise = allocates ? [.. raises, LowLevelExceptions.MemoryError] : [.. raises];
            // As the _ovf arithmetic: an operation that can raise is kept even when its result is not
            // used, and folded only when it does not raise; one that only allocates is removable.
            ops.Add(new LowLevelOperation(name, category, signature, type.Name + "." + method + (note.Length > 0 ? ": " + note : ""),
                canFold: canRaise.IsEmpty, tryFold: !allocates, sideEffects: raises.Length > 0, canRaise, canMallocGc: allocates, function));
        }

        const string Zero = LowLevelExceptions.ZeroDivisionError, Value = LowLevelExceptions.ValueError, Overflow = LowLevelExceptions.OverflowError;

        category = "float: CPython's operators (Rpython.Runtime)";
        Runtime("float_truediv_zer", typeof(PyFloat), nameof(PyFloat.TrueDivide), 3, "x / y", Zero);
        Runtime("float_floordiv", typeof(PyFloat), nameof(PyFloat.FloorDivide), 3, "x // y, floored; y != 0.0");
        Runtime("float_floordiv_zer", typeof(PyFloat), nameof(PyFloat.FloorDivide), 3, "x // y, floored", Zero);
        Runtime("float_mod", typeof(PyFloat), nameof(PyFloat.Mod), 3, "x % y, with the sign of y; y != 0.0");
        Runtime("float_mod_zer", typeof(PyFloat), nameof(PyFloat.Mod), 3, "x % y, with the sign of y", Zero);
        Runtime("float_pow", typeof(PyFloat), nameof(PyFloat.Power), 3, "x ** y", Zero, Value, Overflow);
        Runtime("cast_float_to_int_checked", typeof(PyFloat), nameof(PyFloat.ToSigned), 2, "int(x), truncated: OverflowError for an infinity or beyond the word, ValueError for a NaN", Overflow, Value);

        category = "math (Rpython.Runtime)";
        Runtime("math_sqrt", typeof(PyMath), nameof(PyMath.Sqrt), 2, "", Value);
        Runtime("math_exp", typeof(PyMath), nameof(PyMath.Exp), 2, "", Overflow);
        Runtime("math_log", typeof(PyMath), nameof(PyMath.Log), 2, "", Value);
        Runtime("math_log10", typeof(PyMath), nameof(PyMath.Log10), 2, "", Value);
        Runtime("math_sin", typeof(PyMath), nameof(PyMath.Sin), 2, "", Value);
        Runtime("math_cos", typeof(PyMath), nameof(PyMath.Cos), 2, "", Value);
        Runtime("math_tan", typeof(PyMath), nameof(PyMath.Tan), 2, "", Value);
        Runtime("math_atan", typeof(PyMath), nameof(PyMath.Atan), 1, "");
        Runtime("math_atan2", typeof(PyMath), nameof(PyMath.Atan2), 2, "");
        Runtime("math_pow", typeof(PyMath), nameof(PyMath.Pow), 3, "", Value, Overflow);
        Runtime("math_fmod", typeof(PyMath), nameof(PyMath.Fmod), 3, "", Value);
        Runtime("math_hypot", typeof(PyMath), nameof(PyMath.Hypot), 2, "");
        Runtime("math_copysign", typeof(PyMath), nameof(PyMath.CopySign), 2, "");
        Runtime("math_floor", typeof(PyMath), nameof(PyMath.Floor), 1, "as a float: int(math.floor(x)) adds cast_float_to_int_checked");
        Runtime("math_ceil", typeof(PyMath), nameof(PyMath.Ceil), 1, "as a float, see math_floor");
        Runtime("math_isnan", typeof(PyMath), nameof(PyMath.IsNaN), 1, "");
        Runtime("math_isinf", typeof(PyMath), nameof(PyMath.IsInf), 1, "");

        category = "text (Rpython.Runtime)";
        Runtime("float_repr", typeof(PyFloatFormat), nameof(PyFloatFormat.Repr), 1, "repr(x) and str(x)");
        Runtime("float_format", typeof(PyFloatFormat), nameof(PyFloatFormat.Format), 5,
            "one '%' directive: conversion is a char code (e f g E F G r s), precision -1 for none, flags FormatFlags' bits");
        Runtime("float_from_str", typeof(PyFloatFormat), nameof(PyFloatFormat.Parse), 2, "float(s)", Value);
        Runtime("str_repr", typeof(PyStr), nameof(PyStr.Repr), 1, "repr(s)");
    }
}
