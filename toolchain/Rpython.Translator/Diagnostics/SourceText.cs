using System.Text;
using System.Text.RegularExpressions;

namespace Rpython.Translator.Diagnostics;

/// <summary>
/// The text of one source file, decoded as CPython decodes it (BOM, PEP 263 coding cookie,
/// UTF-8 by default) with newlines normalised to '\n', plus the line table that turns
/// character offsets into lines and columns.
/// </summary>
internal sealed partial class SourceText
{
    private readonly int[] _lineStarts;

    private SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    public string Path { get; }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>The file is one of the toolchain's own, embedded in it: <see cref="Path"/> is its path in
    /// the toolchain's library (rpython/rtyper/rlist.py), the same wherever the toolchain is installed.</summary>
    public bool IsEmbedded { get; private init; }

    public static SourceText FromString(string path, string text) => new(path, NormalizeNewlines(text));

    /// <summary>A module of the toolchain's library, by its path in the library.</summary>
    public static SourceText FromEmbedded(string libraryPath, string text) => new(libraryPath, NormalizeNewlines(text)) { IsEmbedded = true };

    /// <summary>Decodes <paramref name="bytes"/>; a decoding problem is reported as a diagnostic
    /// and the text is decoded leniently so parsing can still go on.</summary>
    public static SourceText FromBytes(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        static Encoding Strict(Encoding e) =>
            Encoding.GetEncoding(e.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

        int offset = 0;
        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        if (bom)
            offset = 3;
        Encoding encoding = new UTF8Encoding(false, true);
        string? declared = FindCodingCookie(bytes, offset, out int cookieLine);
        if (declared is not null)
        {
            Encoding? named = LookupEncoding(declared);
            if (named is null)
            {
                var lenient = FromString(path, Encoding.UTF8.GetString(bytes, offset, bytes.Length - offset));
                diagnostics.Add(lenient, lenient.LineStart(cookieLine), $"unknown encoding: {declared}");
                return lenient;
            }
            if (bom && named.CodePage != Encoding.UTF8.CodePage)
            {
                var lenient = FromString(path, Encoding.UTF8.GetString(bytes, offset, bytes.Length - offset));
                diagnostics.Add(lenient, lenient.LineStart(cookieLine), $"encoding problem: {declared} with BOM");
                return lenient;
            }
            encoding = named.CodePage == Encoding.UTF8.CodePage ? encoding : Strict(named);
        }
        try
        {
            return FromString(path, encoding.GetString(bytes, offset, bytes.Length - offset));
        }
        catch (DecoderFallbackException e)
        {
            var lenient = FromString(path, Encoding.GetEncoding(encoding.CodePage).GetString(bytes, offset, bytes.Length - offset));
            int bad = offset + Math.Max(0, e.Index);
            int line = 0;
            for (int i = offset; i < bad && i < bytes.Length; i++)
            {
                if (bytes[i] == '\n')
                    line++;
            }
            string what = declared is null
                ? $"Non-UTF-8 code starting with '\\x{bytes[Math.Min(bad, bytes.Length - 1)]:x2}' on line {line + 1}, but no encoding declared; see PEP 263"
                : $"'{declared}' codec can't decode byte 0x{bytes[Math.Min(bad, bytes.Length - 1)]:x2} on line {line + 1}";
            diagnostics.Add(lenient, lenient.LineStart(Math.Min(line, lenient.LineCount - 1)), what);
            return lenient;
        }
    }

    /// <summary>0-based line index of <paramref name="offset"/>.</summary>
    public int LineIndex(int offset)
    {
        int index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public int LineStart(int lineIndex) => _lineStarts[lineIndex];

    /// <summary>The text of the line with index <paramref name="lineIndex"/>, without its newline.</summary>
    public string LineText(int lineIndex)
    {
        int start = _lineStarts[lineIndex];
        int end = lineIndex + 1 < _lineStarts.Length ? _lineStarts[lineIndex + 1] - 1 : Text.Length;
        return Text[start..Math.Max(start, end)];
    }

    /// <summary>1-based line and 1-based column counted in characters (what a human reads).</summary>
    public (int Line, int Column) LineColumn(int offset)
    {
        int line = LineIndex(offset);
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>1-based line and 0-based column in UTF-8 bytes: the convention of CPython's ast.</summary>
    public (int Line, int ByteColumn) LineByteColumn(int offset)
    {
        int line = LineIndex(offset);
        int start = _lineStarts[line];
        int column = offset - start;
        for (int i = start; i < offset; i++)
        {
            if (Text[i] >= 0x80)
            {
                column = Encoding.UTF8.GetByteCount(Text.AsSpan(start, offset - start));
                break;
            }
        }
        return (line + 1, column);
    }

    private static string NormalizeNewlines(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
                starts.Add(i + 1);
        }
        return starts.ToArray();
    }

    [GeneratedRegex(@"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", RegexOptions.CultureInvariant)]
    private static partial Regex CodingCookie();

    [GeneratedRegex(@"^[ \t\f]*(?:[#\r\n]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex BlankOrComment();

    /// <summary>PEP 263: a cookie on line 1, or on line 2 when line 1 is blank or a comment.</summary>
    private static string? FindCodingCookie(byte[] bytes, int offset, out int lineIndex)
    {
        lineIndex = 0;
        int pos = offset;
        for (int line = 0; line < 2 && pos < bytes.Length; line++)
        {
            int end = Array.IndexOf(bytes, (byte)'\n', pos);
            if (end < 0)
                end = bytes.Length;
            string text = Encoding.Latin1.GetString(bytes, pos, end - pos);
            Match match = CodingCookie().Match(text);
            if (match.Success)
            {
                lineIndex = line;
                return match.Groups[1].Value;
            }
            if (!BlankOrComment().IsMatch(text))
                break;
            pos = end + 1;
        }
        return null;
    }

    private static Encoding? LookupEncoding(string name)
    {
        string normalized = name.ToLowerInvariant().Replace('_', '-');
        if (normalized is "utf-8" or "utf8" || normalized.StartsWith("utf-8-", StringComparison.Ordinal))
            return Encoding.UTF8;
        if (normalized is "latin-1" or "iso-8859-1" or "iso-latin-1" || normalized.StartsWith("latin-1-", StringComparison.Ordinal)
            || normalized.StartsWith("iso-8859-1-", StringComparison.Ordinal) || normalized.StartsWith("iso-latin-1-", StringComparison.Ordinal))
            return Encoding.Latin1;
        EnsureCodePages();
        try
        {
            return Encoding.GetEncoding(normalized);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static readonly Lazy<bool> s_codePages = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    private static void EnsureCodePages() => _ = s_codePages.Value;
}
