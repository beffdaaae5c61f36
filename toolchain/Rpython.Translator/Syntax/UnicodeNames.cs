using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;

namespace Rpython.Translator.Syntax;

/// <summary>
/// The character names of the <c>\N{...}</c> escape, as CPython 3.11 resolves them: formal names
/// and aliases match whatever their case, except the names computed from the code point
/// ("CJK UNIFIED IDEOGRAPH-4E00", Hangul syllables), which CPython matches in upper case only.
/// The table is Data/UnicodeNames.txt.gz (written by Data/make_unicode_names.py), read once.
/// </summary>
internal static class UnicodeNames
{
    private const string CaseSensitivePrefixCjk = "CJK UNIFIED IDEOGRAPH-";
    private const string CaseSensitivePrefixHangul = "HANGUL SYLLABLE ";

    private sealed record NameTable(FrozenDictionary<string, int> Names, (int First, int Last, string Prefix)[] Ranges);

    private static readonly Lazy<NameTable> s_table = new(Load);

    public static bool TryLookup(string name, out int codePoint)
    {
        var table = s_table.Value;
        if (TryLookupExact(table, name, out codePoint))
            return true;
        string upper = name.ToUpperInvariant();
        if (upper.StartsWith(CaseSensitivePrefixCjk, StringComparison.Ordinal) || upper.StartsWith(CaseSensitivePrefixHangul, StringComparison.Ordinal))
            return false;
        return TryLookupExact(table, upper, out codePoint);
    }

    private static bool TryLookupExact(NameTable table, string name, out int codePoint)
    {
        if (table.Names.TryGetValue(name, out codePoint))
            return true;
        foreach (var (first, last, prefix) in table.Ranges)
        {
            if (name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(name.AsSpan(prefix.Length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out codePoint)
                && codePoint >= first && codePoint <= last
                && name.AsSpan(prefix.Length).SequenceEqual(codePoint.ToString("X", CultureInfo.InvariantCulture)))
                return true;
        }
        codePoint = 0;
        return false;
    }

    private static NameTable Load()
    {
        using var resource = typeof(UnicodeNames).Assembly.GetManifestResourceStream("Rpython.Translator.UnicodeNames.txt.gz")
            ?? throw new InvalidOperationException("the Unicode name table is missing from the assembly");
        using var reader = new StreamReader(new GZipStream(resource, CompressionMode.Decompress));
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var ranges = new List<(int, int, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            if (line.StartsWith("R ", StringComparison.Ordinal))
            {
                var fields = line.Split(' ', 4);
                ranges.Add((ParseHex(fields[1]), ParseHex(fields[2]), fields[3]));
                continue;
            }
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            names.TryAdd(line[(space + 1)..], ParseHex(line[..space]));
        }
        return new NameTable(names.ToFrozenDictionary(StringComparer.Ordinal), [.. ranges]);
    }

    private static int ParseHex(string text) => int.Parse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
}
