using System.Globalization;
using System.Text;
using Rpython.Translator.RTyping;

namespace Rpython.Translator.Backend;

// The operations that reach outside the program (the "io" category of LowLevelOperations) or that
// a function of the runtime computes (CSharpRuntimeCalls): each is a call of a small method of the
// emitted class, which converts between the program's strs and bytes and what the runtime takes
// (code points, .NET strings, byte arrays), allocates the results in the program's heap, and
// raises OSError, MemoryError (or the runtime function's exception) through exc_data. The methods
// are emitted only for the operations a program uses; they depend on the program's types (the
// struct names, the type ids of rpy_str and rpy_bytes), so they are generated, not in the runtime.

/// <summary>The methods behind the io operations (see the file header).</summary>
internal static class CSharpExternals
{
    private const string Io = "Rpython.Runtime.Io";

    /// <summary>The io and runtime operations, each a call of the method of the same name.</summary>
    public static IEnumerable<string> Operations =>
        LowLevelOperations.All.Where(op => op.Category == "io" || op.Runtime is not null).Select(op => op.Name);

    /// <summary>The methods of the io and runtime operations in <paramref name="used"/>, in table order.</summary>
    public static void Emit(StringBuilder text, IReadOnlySet<string> used, CSharpTypes types, TypeLayoutTable typeIds, CSharpGc gc)
    {
        var runtime = LowLevelOperations.All.Where(op => op.Runtime is not null && used.Contains(op.Name)).ToList();
        string str = used.Overlaps(["rpy_write_str", "rpy_read_file", "rpy_read_stdin_line", "os_open"]) || runtime.Any(op => op.Runtime!.UsesStrs)
            ? types.NameOf(BuiltinTypes.Str) : "";
        string bytes = used.Overlaps(["os_read", "os_write"]) ? types.NameOf(BuiltinTypes.Bytes) : "";
        string raiseOSError = CSharpOperations.RaiseMethod(LowLevelExceptions.OSError) + "();";
        string raiseMemoryError = CSharpOperations.RaiseMethod(LowLevelExceptions.MemoryError) + "();";
        if (used.Overlaps(["rpy_read_file", "rpy_read_stdin_line"]) || runtime.Any(op => op.Runtime!.MakesStr))
        {
            var layout = TypeLayout.Of(BuiltinTypes.Str).VarSize!;
            Method(text, "a new str of the code points of a .NET string (MemoryError: null)", string.Create(CultureInfo.InvariantCulture, $$"""
                public static {{str}}* rpy_str_from(string text)
                {
                    int[] codePoints = {{Io}}.CodePoints(text);
                    var s = ({{str}}*){{gc.ClassName}}.MallocVarSize({{typeIds.Register(BuiltinTypes.Str)}}, {{layout.ItemsOffset}}, {{layout.ItemSize}}, {{layout.LengthOffset}}, codePoints.Length);
                    if (s == null)
                    {
                        {{raiseMemoryError}}
                        return null;
                    }
                    codePoints.CopyTo(new Span<int>(&s->chars.items, codePoints.Length));
                    return s;
                }
                """));
        }
        if (runtime.Any(CSharpRuntimeCalls.Raises))
            Method(text, "raises the exception a numeric function of the runtime reports", CSharpRuntimeCalls.RaiseNumericMethod());
        foreach (string name in Operations.Where(used.Contains))
        {
            if (LowLevelOperations.Get(name) is { Runtime: { } function } op)
            {
                Method(text, $"{name}: {function.CSharpName}", CSharpRuntimeCalls.Method(op, function, str, types));
                continue;
            }
            switch (name)
            {
                case "rpy_write_str":
                    Method(text, "write_stdout, write_stderr", $$"""
                        public static void rpy_write_str(long fd, {{str}}* s)
                        {
                            if (!{{Io}}.WriteText(fd, &s->chars.items, s->chars.length))
                                {{raiseOSError}}
                        }
                        """);
                    break;
                case "rpy_flush_stdout":
                    Method(text, "flush_stdout", $$"""
                        public static void rpy_flush_stdout()
                        {
                            if (!{{Io}}.FlushStdout())
                                {{raiseOSError}}
                        }
                        """);
                    break;
                case "rpy_read_file":
                    Method(text, "read_file: the whole file, decoded from UTF-8", $$"""
                        public static {{str}}* rpy_read_file({{str}}* path)
                        {
                            string text = {{Io}}.ReadFile({{Io}}.Text(&path->chars.items, path->chars.length));
                            if (text == null)
                            {
                                {{raiseOSError}}
                                return null;
                            }
                            return rpy_str_from(text);
                        }
                        """);
                    break;
                case "rpy_read_stdin_line":
                    Method(text, "read_stdin_line", $$"""
                        public static {{str}}* rpy_read_stdin_line() => rpy_str_from({{Io}}.ReadStdinLine());
                        """);
                    break;
                case "rpy_read_stdin_byte":
                    Method(text, "read_stdin_byte", $$"""
                        public static long rpy_read_stdin_byte() => {{Io}}.ReadStdinByte();
                        """);
                    break;
                case "os_open":
                    Method(text, "os.open", $$"""
                        public static long os_open({{str}}* path, long flags, long mode)
                        {
                            long fd = {{Io}}.Open({{Io}}.Text(&path->chars.items, path->chars.length), flags, mode);
                            if (fd < 0)
                                {{raiseOSError}}
                            return fd;
                        }
                        """);
                    break;
                case "os_close":
                    Method(text, "os.close", $$"""
                        public static void os_close(long fd)
                        {
                            if (!{{Io}}.Close(fd))
                                {{raiseOSError}}
                        }
                        """);
                    break;
                case "os_read":
                {
                    var layout = TypeLayout.Of(BuiltinTypes.Bytes).VarSize!;
                    Method(text, "os.read", string.Create(CultureInfo.InvariantCulture, $$"""
                        public static {{bytes}}* os_read(long fd, long count)
                        {
                            byte[] data = {{Io}}.Read(fd, count);
                            if (data == null)
                            {
                                {{raiseOSError}}
                                return null;
                            }
                            var b = ({{bytes}}*){{gc.ClassName}}.MallocVarSize({{typeIds.Register(BuiltinTypes.Bytes)}}, {{layout.ItemsOffset}}, {{layout.ItemSize}}, {{layout.LengthOffset}}, data.Length);
                            if (b == null)
                            {
                                {{raiseMemoryError}}
                                return null;
                            }
                            data.CopyTo(new Span<byte>(&b->chars.items, data.Length));
                            return b;
                        }
                        """));
                    break;
                }
                case "os_write":
                    Method(text, "os.write", $$"""
                        public static long os_write(long fd, {{bytes}}* data)
                        {
                            long written = {{Io}}.WriteBytes(fd, &data->chars.items, data->chars.length);
                            if (written < 0)
                                {{raiseOSError}}
                            return written;
                        }
                        """);
                    break;
                case "time_time":
                    Method(text, "time.time", """
                        public static double time_time() => (System.DateTime.UtcNow - System.DateTime.UnixEpoch).TotalSeconds;
                        """);
                    break;
                case "time_perf_counter":
                    Method(text, "time.perf_counter", """
                        public static double time_perf_counter() => System.Diagnostics.Stopwatch.GetTimestamp() / (double)System.Diagnostics.Stopwatch.Frequency;
                        """);
                    break;
            }
        }
    }

    private static void Method(StringBuilder text, string comment, string method)
    {
        text.Append("\n    // ").Append(comment).Append('\n');
        foreach (string line in method.Split('\n'))
            text.Append("    ").Append(line).Append('\n');
    }
}
