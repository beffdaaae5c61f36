using Rpython.Runtime;
using Rpython.Translator.RTyping;

namespace Rpython.Translator.Backend;

// The operations that a function of Rpython.Runtime computes (RTyping/LowLevelOperations.Runtime.cs):
// each becomes a call of a small emitted method of the operation's name, which converts the
// operands (a str to a .NET string, a Signed to the function's narrower parameter), calls the
// runtime function, raises the standard exception its NumericError names (through exc_data, as
// every raising operation does) and converts the result (a .NET string to a new str, with
// rpy_str_from). The LLInterpreter calls the same function: the two cannot disagree.

/// <summary>The emitted methods behind the runtime's operations (see the file header).</summary>
internal static class CSharpRuntimeCalls
{
    /// <summary>The name of the emitted method that raises the exception a <see cref="NumericError"/> names.</summary>
    public const string RaiseNumeric = "rpyexc_raise_numeric";

    private const string Error = "Rpython.Runtime.NumericError";

    /// <summary>The method of the runtime operation <paramref name="op"/>; <paramref name="str"/> is
    /// the C# name of rpy_str's struct.</summary>
    public static string Method(LowLevelOperation op, RuntimeFunction function, string str, CSharpTypes types)
    {
        string CSharpType(Type type) => type == typeof(string) ? str + "*" : types.Of(RuntimeFunction.LowLevelTypeOf(type));
        var parameters = function.Operands.Select(p => CSharpType(p.ParameterType) + " " + p.Name);
        var arguments = function.Operands.Select(p => Argument(p.ParameterType, p.Name!)).ToList();
        bool raises = Raises(op);
        if (function.HasError)
            arguments.Add(raises ? "out " + Error + " error" : "out _");
        var returns = function.Method.ReturnType;
        var lines = new List<string>
        {
            "public static " + CSharpType(returns) + " " + op.Name + "(" + string.Join(", ", parameters) + ")",
            "{",
            "    var result = " + function.CSharpName + "(" + string.Join(", ", arguments) + ");",
        };
        if (raises)
            lines.AddRange(["    if (error != " + Error + ".None)", "    {", "        " + RaiseNumeric + "(error);", "        return default;", "    }"]);
        lines.Add(function.MakesStr ? "    return rpy_str_from(result);" : "    return result;");
        lines.Add("}");
        return string.Join('\n', lines);
    }

    /// <summary>Whether the operation raises the exception its function's NumericError names.</summary>
    public static bool Raises(LowLevelOperation op) => op.CanRaise.Any(e => e != LowLevelExceptions.MemoryError);

    private static string Argument(Type type, string name) =>
        type == typeof(string) ? $"Rpython.Runtime.Io.Text(&{name}->chars.items, {name}->chars.length)"
        : type == typeof(int) ? $"(int){name}"
        : type == typeof(char) ? $"(char){name}"
        : type == typeof(FormatFlags) ? $"(Rpython.Runtime.FormatFlags){name}"
        : name;

    /// <summary>The method that raises the standard exception a <see cref="NumericError"/> names.</summary>
    public static string RaiseNumericMethod() =>
        string.Join('\n', [
            "public static void " + RaiseNumeric + "(" + Error + " error)",
            "{",
            "    switch (error)",
            "    {",
            .. Enum.GetValues<NumericError>().Where(e => e != NumericError.None)
                .Select(e => "        case " + Error + "." + e + ": " + CSharpOperations.RaiseMethod(RuntimeFunction.ExceptionName(e)) + "(); break;"),
            "    }",
            "}",
        ]);
}
