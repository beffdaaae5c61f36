using Rpython.Translator.RTyping;

namespace Rpython.Translator.Driver;

/// <summary>
/// Runs a translated program's entry graph in the LLInterpreter (<c>rpython run --llinterp</c>), as the
/// executable's entry glue runs its compiled method: argv as the low-level list of strs the entry
/// graph takes, the result as the exit code, an escaping RPython exception as
/// <c>Fatal RPython error: NAME</c> and exit code 1. Low-level values are the LLInterpreter's: a
/// GcStruct is an <see cref="LLObject"/>, an array an <c>object?[]</c> of its items, a UniChar an int
/// (a code point).
/// </summary>
internal static class LLInterpreterEntry
{
    public static int Run(Translation translation, IReadOnlyList<string> argv, TextWriter stderr)
    {
        var entry = translation.Program.Entry;
        try
        {
            object? result = new LLInterpreter().Run(entry, [Argv(entry.StartBlock.InputArgs.Single().ConcreteType!, argv)]);
            return unchecked((int)Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (LLException e)
        {
            stderr.WriteLine("Fatal RPython error: " + e.Type.Name);
            return 1;
        }
    }

    /// <summary>argv in the shape of <paramref name="type"/>: the items array, or a resizable list of them.</summary>
    public static object Argv(LowLevelType type, IReadOnlyList<string> argv)
    {
        object?[] items = [.. argv.Select(Str)];
        return type switch
        {
            PtrType { Target: ArrayType } => items,
            PtrType { Target: StructType list } => new LLObject(list) { Fields = { ["length"] = (long)items.Length, ["items"] = items } },
            _ => throw new ArgumentException($"argv cannot be a {type}", nameof(type)),
        };
    }

    private static LLObject Str(string text) =>
        new(BuiltinTypes.Str) { Fields = { ["hash"] = 0L, ["chars"] = text.EnumerateRunes().Select(r => (object?)r.Value).ToArray() } };
}
