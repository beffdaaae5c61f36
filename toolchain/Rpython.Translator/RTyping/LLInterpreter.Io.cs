using System.Diagnostics;
using System.Text;

namespace Rpython.Translator.RTyping;

/// <summary>The standard streams a program run by the LLInterpreter reads and writes.</summary>
internal sealed class LLInterpreterStreams(Stream stdin, Stream stdout, Stream stderr)
{
    public Stream Stdin { get; } = stdin;

    public Stream Stdout { get; } = stdout;

    public Stream Stderr { get; } = stderr;

    /// <summary>The process's own streams.</summary>
    public static LLInterpreterStreams Console() =>
        new(System.Console.OpenStandardInput(), new BufferedStream(System.Console.OpenStandardOutput()), System.Console.OpenStandardError());
}

// The operations of the "io" category (RTyper.External.cs), with the runtime's semantics
// (Rpython.Runtime.Io): UTF-8 text, stdout flushed before stderr is written or stdin read.
internal sealed partial class LLInterpreter
{
    private static readonly long s_start = Stopwatch.GetTimestamp();

    /// <summary>The streams the io operations use; the process's own unless given.</summary>
    public LLInterpreterStreams Streams { get; init; } = LLInterpreterStreams.Console();

    private static string Category(string name) =>
        LowLevelOperations.TryGet(name, out var op) ? op.Category : "";

    private object? Io(string name, object?[] a)
    {
        switch (name)
        {
            case "rpy_write_str":
            {
                var bytes = Utf8(((LLArray)((LLObject)a[1]!).Fields["chars"]!).Items);
                if (!Write((long)a[0]!, bytes))
                    throw Raise(LowLevelExceptions.OSError);
                return null;
            }
            case "rpy_flush_stdout":
                Streams.Stdout.Flush();
                return null;
            case "rpy_read_file":
                return Rpython.Runtime.Io.ReadFile(StrText(a[0])!) is { } text ? NewStr(text) : throw Raise(LowLevelExceptions.OSError);
            case "rpy_read_stdin_line":
            {
                Streams.Stdout.Flush();
                var line = new List<byte>();
                for (int b = Streams.Stdin.ReadByte(); b >= 0; b = Streams.Stdin.ReadByte())
                {
                    line.Add((byte)b);
                    if (b == '\n')
                        break;
                }
                return NewStr(Encoding.UTF8.GetString([.. line]));
            }
            case "rpy_read_stdin_byte":
                Streams.Stdout.Flush();
                return (long)Streams.Stdin.ReadByte();
            case "os_open":
            {
                long fd = Rpython.Runtime.Io.Open(StrText(a[0])!, (long)a[1]!, (long)a[2]!);
                return fd >= 0 ? fd : throw Raise(LowLevelExceptions.OSError);
            }
            case "os_close":
                return (long)a[0]! is >= 0 and <= 2 || Rpython.Runtime.Io.Close((long)a[0]!) ? null : throw Raise(LowLevelExceptions.OSError);
            case "os_read":
            {
                byte[] buffer;
                int count;
                if ((long)a[0]! == 0)
                {
                    Streams.Stdout.Flush();
                    buffer = new byte[Math.Min((long)a[1]!, 1 << 20)];
                    count = Streams.Stdin.Read(buffer, 0, buffer.Length);
                }
                else
                {
                    // A file os.open opened: the runtime's file table, which the process shares.
                    buffer = Rpython.Runtime.Io.Read((long)a[0]!, (long)a[1]!) ?? throw Raise(LowLevelExceptions.OSError);
                    count = buffer.Length;
                }
                var bytes = (LLObject)NewVarSize(BuiltinTypes.Bytes, count);
                bytes.Fields["hash"] = 0L;
                for (int i = 0; i < count; i++)
                    ((LLArray)bytes.Fields["chars"]!).Items[i] = buffer[i];
                return bytes;
            }
            case "os_write":
            {
                var items = ((LLArray)((LLObject)a[1]!).Fields["chars"]!).Items;
                if (!Write((long)a[0]!, [.. items.Select(b => (byte)b!)]))
                    throw Raise(LowLevelExceptions.OSError);
                return (long)items.Length;
            }
            case "time_time":
                return (DateTime.UtcNow - DateTime.UnixEpoch).TotalSeconds;
            case "time_perf_counter":
                return Stopwatch.GetElapsedTime(s_start).TotalSeconds;
        }
        throw new LLInterpreterError($"the low-level interpreter does not run '{name}' yet");
    }

    private unsafe bool Write(long fd, byte[] bytes)
    {
        switch (fd)
        {
            case > 2:
                fixed (byte* data = bytes)
                    return Rpython.Runtime.Io.WriteBytes(fd, data, bytes.Length) >= 0;
            case 1:
                Streams.Stdout.Write(bytes);
                return true;
            case 2:
                Streams.Stdout.Flush();
                Streams.Stderr.Write(bytes);
                Streams.Stderr.Flush();
                return true;
            default:
                return false;
        }
    }

    private static byte[] Utf8(object?[] codePoints)
    {
        var bytes = new List<byte>(codePoints.Length);
        Span<byte> encoded = stackalloc byte[4];
        foreach (var c in codePoints)
        {
            int count = Rpython.Runtime.Io.Encode((int)c!, encoded);
            for (int i = 0; i < count; i++)
                bytes.Add(encoded[i]);
        }
        return [.. bytes];
    }
}
