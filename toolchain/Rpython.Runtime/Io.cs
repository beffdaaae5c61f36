using System.Text;

namespace Rpython.Runtime;

/// <summary>
/// The I/O of translated programs (what rpython.rlib.rfile and os.open/read/write/close do
/// untranslated): file descriptors 0, 1 and 2, files opened by os.open, and whole files. Text is UTF-8 both ways, as rfile's: bytes that
/// are not valid UTF-8 read as U+FFFD, a code point that cannot be encoded (a lone surrogate) is
/// written as '?'.
/// <para>
/// Standard output is buffered here (a program writing one character at a time must not make a
/// system call per character) and flushed when the buffer fills, before anything is written to
/// standard error or read from standard input (so a prompt appears before the program waits, and
/// the two streams interleave as the program wrote them), on flush_stdout() and at exit. Standard
/// input is read ahead into a buffer: every read of fd 0 goes through it, so nothing is lost.
/// One mutator thread, as in RPython: no locking. Failures are reported by return values; the
/// generated code raises the program's OSError.
/// </para>
/// </summary>
public static unsafe class Io
{
    private const int BufferSize = 1 << 16;

    private static readonly byte[] s_out = new byte[BufferSize];
    private static int s_outLength;
    private static Stream? s_stdout;
    private static Stream? s_stderr;

    private static readonly byte[] s_in = new byte[BufferSize];
    private static int s_inStart;
    private static int s_inEnd;
    private static Stream? s_stdin;

    // The files os.open opened, by file descriptor (3 and up: the lowest free one, as POSIX gives).
    private static readonly SortedDictionary<long, FileStream> s_files = [];

    /// <summary>os.open's flags, with CPython's values on Linux (what the translator gives os.O_*).</summary>
    private const long WriteOnly = 1, ReadWrite = 2, Create = 64, Exclusive = 128, Truncate = 512, Append = 1024;

    private static Stream Stdout => s_stdout ??= Console.OpenStandardOutput();

    private static Stream Stderr => s_stderr ??= Console.OpenStandardError();

    private static Stream Stdin => s_stdin ??= Console.OpenStandardInput();

    /// <summary>Writes <paramref name="length"/> code points to fd 1 or 2, UTF-8 encoded; false for another fd or an I/O error.</summary>
    public static bool WriteText(long fd, int* codePoints, long length)
    {
        Span<byte> encoded = stackalloc byte[4];
        try
        {
            if (fd == 2)
                FlushStdout();
            else if (fd != 1)
                return false;
            for (long i = 0; i < length; i++)
            {
                int count = Encode(codePoints[i], encoded);
                if (fd == 1)
                {
                    if (s_outLength + count > BufferSize)
                        FlushStdout();
                    encoded[..count].CopyTo(s_out.AsSpan(s_outLength));
                    s_outLength += count;
                }
                else
                {
                    Stderr.Write(encoded[..count]);
                }
            }
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>os.open: the file descriptor of <paramref name="path"/> opened with the os.O_* <paramref name="flags"/>
    /// (<paramref name="mode"/> is ignored: the platform's default permissions apply); -1 if it cannot be opened.</summary>
    public static long Open(string path, long flags, long mode)
    {
        _ = mode;
        var access = (flags & 3) switch { WriteOnly => FileAccess.Write, ReadWrite => FileAccess.ReadWrite, _ => FileAccess.Read };
        var fileMode = (flags & (Create | Exclusive)) == (Create | Exclusive) ? FileMode.CreateNew
            : (flags & Create) != 0 ? ((flags & Truncate) != 0 ? FileMode.Create : FileMode.OpenOrCreate)
            : (flags & Truncate) != 0 ? FileMode.Truncate
            : FileMode.Open;
        try
        {
            var stream = new FileStream(path, fileMode, access, FileShare.ReadWrite | FileShare.Delete);
            if ((flags & Append) != 0)
                stream.Seek(0, SeekOrigin.End);
            long fd = 3;
            while (s_files.ContainsKey(fd))
                fd++;
            s_files[fd] = stream;
            return fd;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return -1;
        }
    }

    /// <summary>os.close; false if <paramref name="fd"/> is not open.</summary>
    public static bool Close(long fd)
    {
        if (fd is >= 0 and <= 2)
            return fd != 1 || FlushStdout();
        if (!s_files.Remove(fd, out var stream))
            return false;
        stream.Dispose();
        return true;
    }

    /// <summary>os.write: writes the bytes to the fd; the number written, or -1 for an fd not open or an I/O error.</summary>
    public static long WriteBytes(long fd, byte* data, long length)
    {
        try
        {
            var bytes = new ReadOnlySpan<byte>(data, checked((int)length));
            if (s_files.TryGetValue(fd, out var file))
            {
                if (!file.CanWrite)
                    return -1;
                file.Write(bytes);
                file.Flush();
                return length;
            }
            if (fd == 1)
            {
                FlushStdout();
                Stdout.Write(bytes);
                return length;
            }
            if (fd == 2)
            {
                FlushStdout();
                Stderr.Write(bytes);
                return length;
            }
            return -1;
        }
        catch (IOException)
        {
            return -1;
        }
    }

    /// <summary>Writes out what standard output holds; false on an I/O error.</summary>
    public static bool FlushStdout()
    {
        try
        {
            if (s_outLength > 0)
            {
                Stdout.Write(s_out, 0, s_outLength);
                s_outLength = 0;
            }
            Stdout.Flush();
            return true;
        }
        catch (IOException)
        {
            s_outLength = 0;
            return false;
        }
    }

    /// <summary>The contents of a file, decoded from UTF-8 (a byte-order mark is kept, as rfile keeps
    /// it); null if the file cannot be read.</summary>
    public static string? ReadFile(string path)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The next line of standard input with its '\n'; "" at the end of input.</summary>
    public static string ReadStdinLine()
    {
        FlushStdout();
        var line = new List<byte>();
        while (true)
        {
            int b = NextStdinByte();
            if (b < 0)
                break;
            line.Add((byte)b);
            if (b == '\n')
                break;
        }
        return Encoding.UTF8.GetString([.. line]);
    }

    /// <summary>The next byte of standard input (0..255), or -1 at the end of input.</summary>
    public static long ReadStdinByte()
    {
        FlushStdout();
        return NextStdinByte();
    }

    /// <summary>os.read: up to <paramref name="count"/> bytes of the fd (fewer at the end of input:
    /// what is available, at least one byte unless at the end); null for an fd not open for reading
    /// or an I/O error.</summary>
    public static byte[]? Read(long fd, long count)
    {
        if (count < 0)
            return null;
        if (s_files.TryGetValue(fd, out var file))
        {
            try
            {
                if (!file.CanRead)
                    return null;
                var buffer = new byte[(int)Math.Min(count, 1 << 20)];
                return buffer[..file.Read(buffer)];
            }
            catch (IOException)
            {
                return null;
            }
        }
        if (fd != 0)
            return null;
        FlushStdout();
        try
        {
            if (s_inStart == s_inEnd && !Refill())
                return [];
            int n = (int)Math.Min(count, s_inEnd - s_inStart);
            var result = s_in.AsSpan(s_inStart, n).ToArray();
            s_inStart += n;
            return result;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The code points of a .NET string (a surrogate pair is one code point, a lone surrogate stays itself).</summary>
    public static int[] CodePoints(string text)
    {
        var codePoints = new List<int>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                codePoints.Add(char.ConvertToUtf32(text, i));
                i++;
            }
            else
            {
                codePoints.Add(text[i]);
            }
        }
        return [.. codePoints];
    }

    /// <summary>The .NET string of <paramref name="length"/> code points.</summary>
    public static string Text(int* codePoints, long length)
    {
        var text = new StringBuilder((int)Math.Min(length, int.MaxValue));
        for (long i = 0; i < length; i++)
        {
            int c = codePoints[i];
            if (c is >= 0 and < 0x10000)
                text.Append((char)c);
            else if (c is >= 0x10000 and <= 0x10FFFF)
                text.Append(char.ConvertFromUtf32(c));
            else
                text.Append('?');
        }
        return text.ToString();
    }

    private static int NextStdinByte()
    {
        try
        {
            if (s_inStart == s_inEnd && !Refill())
                return -1;
            return s_in[s_inStart++];
        }
        catch (IOException)
        {
            return -1;
        }
    }

    private static bool Refill()
    {
        s_inStart = 0;
        s_inEnd = Stdin.Read(s_in, 0, BufferSize);
        return s_inEnd > 0;
    }

    /// <summary>The UTF-8 bytes of one code point into <paramref name="bytes"/> (4 bytes of room),
    /// and their number; a surrogate or a value out of range is '?'.</summary>
    public static int Encode(int c, Span<byte> bytes)
    {
        if (c is >= 0 and < 0x80)
        {
            bytes[0] = (byte)c;
            return 1;
        }
        if (c is >= 0x80 and < 0x800)
        {
            bytes[0] = (byte)(0xC0 | (c >> 6));
            bytes[1] = (byte)(0x80 | (c & 0x3F));
            return 2;
        }
        if (c is >= 0x800 and < 0x10000 and not (>= 0xD800 and <= 0xDFFF))
        {
            bytes[0] = (byte)(0xE0 | (c >> 12));
            bytes[1] = (byte)(0x80 | ((c >> 6) & 0x3F));
            bytes[2] = (byte)(0x80 | (c & 0x3F));
            return 3;
        }
        if (c is >= 0x10000 and <= 0x10FFFF)
        {
            bytes[0] = (byte)(0xF0 | (c >> 18));
            bytes[1] = (byte)(0x80 | ((c >> 12) & 0x3F));
            bytes[2] = (byte)(0x80 | ((c >> 6) & 0x3F));
            bytes[3] = (byte)(0x80 | (c & 0x3F));
            return 4;
        }
        bytes[0] = (byte)'?';
        return 1;
    }
}
