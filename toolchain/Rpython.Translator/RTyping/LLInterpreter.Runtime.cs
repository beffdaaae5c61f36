using Rpython.Runtime;

namespace Rpython.Translator.RTyping;

// The operations that a function of Rpython.Runtime computes (LowLevelOperations.Runtime.cs): the
// interpreter calls that very function, converting the operands (a str to its text, a Signed to a
// narrower parameter) and the result (a text to a new str), and raises the standard exception its
// NumericError names, as the backend's call of it does.
internal sealed partial class LLInterpreter
{
    private object? CallRuntime(LowLevelOperation op, RuntimeFunction function, object?[] a)
    {
        var operands = function.Operands;
        var args = new object?[operands.Length + (function.HasError ? 1 : 0)];
        for (int i = 0; i < operands.Length; i++)
        {
            var type = operands[i].ParameterType;
            args[i] = type == typeof(string) ? StrText(a[i]) ?? throw new LLInterpreterError($"{op.Name} of a null str")
                : type == typeof(int) ? checked((int)(long)a[i]!)
                : type == typeof(char) ? checked((char)(long)a[i]!)
                : type == typeof(FormatFlags) ? (FormatFlags)checked((int)(long)a[i]!)
                : a[i];
        }
        object? result = function.Method.Invoke(null, args);
        if (function.HasError && args[^1] is NumericError error and not NumericError.None)
        {
            if (op.CanRaise.IsEmpty)
                throw new LLInterpreterError($"{op.Name} failed with {error}, which it cannot raise: the RTyper chose the wrong variant");
            throw Raise(RuntimeFunction.ExceptionName(error));
        }
        return function.MakesStr ? NewStr((string)result!) : result;
    }
}
