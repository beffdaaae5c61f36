using Rpython.Translator.RTyping;

namespace Rpython.Translator.Driver;

/// <summary>
/// Runs a translated program's entry graph in the LLInterpreter (<c>rpython run --llinterp</c>), as the
/// executable's entry glue runs its compiled method: argv as the low-level list of strs the entry
/// graph takes, the result as the exit code, an escaping RPython exception as
/// <c>Fatal RPython error: NAME</c> and exit code 1, on a thread with the executable's large stack
/// (the interpreter recurses with the program). Low-level values are the LLInterpreter's: a GcStruct
/// is an <see cref="LLObject"/>, an array an <see cref="LLArray"/>, a UniChar an int (a code point).
/// </summary>
internal static class LLInterpreterEntry
{
    public static int Run(Translation translation, IReadOnlyList<string> argv, LLInterpreterStreams streams)
    {
        var entry = translation.Program.Entry;
        var interpreter = new LLInterpreter(translation.Typer.ExceptionData) { Streams = streams };
        int exitCode = 0;
        Exception? failure = null;
        var main = new Thread(() =>
        {
            try
            {
                object? result = interpreter.Run(entry, [Argv(entry.StartBlock.InputArgs.Single().ConcreteType!, argv)]);
                exitCode = unchecked((int)Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture));
            }
            catch (LLException e)
            {
                streams.Stdout.Flush();
                var message = System.Text.Encoding.UTF8.GetBytes("Fatal RPython error: " + ExceptionData.ShortName(e.Type) + "\n");
                streams.Stderr.Write(message);
                exitCode = 1;
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, Rpython.Runtime.Entry.StackSize);
        main.Start();
        main.Join();
        streams.Stdout.Flush();
        streams.Stderr.Flush();
        if (failure is not null)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        return exitCode;
    }

    /// <summary>argv in the shape of <paramref name="type"/>: the items array, or a resizable list of them.</summary>
    public static object Argv(LowLevelType type, IReadOnlyList<string> argv)
    {
        object?[] items = [.. argv.Select(LLInterpreter.NewStr)];
        return type switch
        {
            PtrType { Target: ArrayType array } => new LLArray(array, items),
            PtrType { Target: StructType list } when list.FieldType("items") is PtrType { Target: ArrayType array } =>
                new LLObject(list) { Fields = { ["length"] = (long)items.Length, ["items"] = new LLArray(array, items) } },
            _ => throw new ArgumentException($"argv cannot be a {type}", nameof(type)),
        };
    }
}
