using System.Globalization;
using Rpython.Runtime;

namespace Rpython.Tests.Runtime;

/// <summary>
/// The runtime's character database against CPython 3.11 for every code point: the predicates
/// (isalpha, isdecimal, isdigit, isnumeric, isupper, islower, isspace of one character) and the full
/// case mappings (upper(), lower(), title(), casefold()). And its tables are what
/// tests/tools/make_unicode_tables.py makes.
/// </summary>
[TestFixture]
public sealed class UnicodeDatabaseTests
{
    [Test]
    public void TablesAreWhatTheGeneratorMakes()
    {
        // The generator exits with 1 (and RunScript fails) when the file is out of date.
        string output = CPython.RunScript("import runpy, sys; sys.argv = [sys.argv[1], '--check']; runpy.run_path(sys.argv[0], run_name='__main__')",
            TestPaths.InRepo("tests", "tools", "make_unicode_tables.py"));
        Assert.That(output, Does.Contain("up to date"));
    }

    [Test]
    public void EveryCodePointIsAsCPythonSaysIt()
    {
        // One character per code point: its seven predicates as a number from U+0100 (none) on, then a
        // line per code point with a case mapping that is not itself: code, upper, lower, title,
        // casefold (hex, '.'-joined).
        const string script = """
            import sys
            out = []
            for cp in range(0x110000):
                c = chr(cp)
                bits = c.isalpha() | c.isdigit() << 1 | c.isnumeric() << 2 | c.isupper() << 3 | c.islower() << 4 | c.isspace() << 5 | c.isdecimal() << 6
                out.append(chr(0x100 + bits))
            print(''.join(out))
            hexes = lambda s: '.'.join('%x' % ord(x) for x in s)
            for cp in range(0x110000):
                c = chr(cp)
                if c.upper() != c or c.lower() != c or c.title() != c or c.casefold() != c:
                    print('%x %s %s %s %s' % (cp, hexes(c.upper()), hexes(c.lower()), hexes(c.title()), hexes(c.casefold())))
            """;
        var lines = CPython.RunScript(script).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var wrong = new List<string>();
        for (int cp = 0; cp < 0x110000; cp++)
        {
            int expected = lines[0][cp] - 0x100;
            int ours = (UnicodeDatabase.IsAlpha(cp) ? 1 : 0) | (UnicodeDatabase.IsDigit(cp) ? 2 : 0) | (UnicodeDatabase.IsNumeric(cp) ? 4 : 0)
                | (UnicodeDatabase.IsUpper(cp) ? 8 : 0) | (UnicodeDatabase.IsLower(cp) ? 16 : 0) | (UnicodeDatabase.IsSpace(cp) ? 32 : 0)
                | (UnicodeDatabase.IsDecimal(cp) ? 64 : 0);
            if (ours != expected)
                wrong.Add(FormattableString.Invariant($"U+{cp:X4}: predicates {ours} instead of {expected}"));
        }
        var mapped = lines.Skip(1).Select(l => l.Split(' ')).ToDictionary(f => int.Parse(f[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture), f => string.Join(' ', f.Skip(1)));
        for (int cp = 0; cp < 0x110000; cp++)
        {
            string self = cp.ToString("x", CultureInfo.InvariantCulture);
            string expected = mapped.TryGetValue(cp, out var m) ? m : string.Join(' ', self, self, self, self);
            string ours = string.Join(' ', Mapping(cp, UnicodeDatabase.ToUpper), Mapping(cp, UnicodeDatabase.ToLower), Mapping(cp, UnicodeDatabase.ToTitle),
                Mapping(cp, UnicodeDatabase.CaseFold));
            if (ours != expected)
                wrong.Add(FormattableString.Invariant($"U+{cp:X4}: upper, lower, title, casefold {ours} instead of {expected}"));
        }
        Assert.That(wrong, Is.Empty);
    }

    private static string Mapping(int code, Func<int, int, int> map)
    {
        var parts = new List<string>();
        for (int k = 0; map(code, k) >= 0; k++)
            parts.Add(map(code, k).ToString("x", CultureInfo.InvariantCulture));
        return string.Join(".", parts);
    }
}
