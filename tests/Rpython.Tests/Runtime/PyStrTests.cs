using System.Text;
using Rpython.Runtime;

namespace Rpython.Tests.Runtime;

/// <summary>
/// repr() of strs against CPython 3.11: quotes, escapes, and printable or escaped code points
/// across the Basic Multilingual Plane and beyond (one string per code point, compared as
/// CPython prints them), plus examples by name.
/// </summary>
[TestFixture]
internal sealed class PyStrTests
{
    [TestCase("", ExpectedResult = "''")]
    [TestCase("it's", ExpectedResult = "\"it's\"")]
    [TestCase("say \"hi\"", ExpectedResult = "'say \"hi\"'")]
    [TestCase("both ' and \"", ExpectedResult = "'both \\' and \"'")]
    [TestCase("tab\tnl\ncr\r\\", ExpectedResult = "'tab\\tnl\\ncr\\r\\\\'")]
    [TestCase("\0\u001f\u007f\u0080\u00a0\u00e9", ExpectedResult = "'\\x00\\x1f\\x7f\\x80\\xa0é'")]
    [TestCase("\u200b\u2028\ue000\uffff", ExpectedResult = "'\\u200b\\u2028\\ue000\\uffff'")]
    [TestCase("\U0001f600\U000e0001\U0010ffff", ExpectedResult = "'😀\\U000e0001\\U0010ffff'")]
    public string Repr(string text) => PyStr.Repr(text);

    [Test]
    public void ALoneSurrogateIsEscaped() => Assert.That(PyStr.Repr("a\ud800b"), Is.EqualTo("'a\\ud800b'"));

    [Test]
    public void ReprOfEveryCodePointMatchesCPython()
    {
        // A code point unassigned in Unicode 14.0 (CPython 3.11's data) but assigned in .NET's newer
        // data prints where CPython escapes it: the one difference allowed (see PyStr).
        (int Start, int Count)[] ranges = [(0, 0x3400), (0xA000, 0x1000), (0xD7F0, 0x2810), (0x10000, 0x1000), (0x1F000, 0x1000), (0xE0000, 0x200), (0x10FFFE, 2)];
        var codePoints = ranges.SelectMany(r => Enumerable.Range(r.Start, r.Count)).ToList();
        const string script = """
            import sys, unicodedata
            for r in sys.argv[1].split(","):
                start, count = map(int, r.split(":"))
                for c in range(start, start + count):
                    print(repr(chr(c)).encode("unicode_escape").decode("ascii"), unicodedata.category(chr(c)), sep="\t")
            """;
        var expected = CPython.RunScript(script, string.Join(",", ranges.Select(r => FormattableString.Invariant($"{r.Start}:{r.Count}"))))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t')).ToList();
        var mismatches = new List<string>();
        int newer = 0;
        for (int i = 0; i < codePoints.Count; i++)
        {
            string text = codePoints[i] is >= 0xD800 and <= 0xDFFF ? ((char)codePoints[i]).ToString() : char.ConvertFromUtf32(codePoints[i]);
            string actual = Escaped(PyStr.Repr(text));
            if (actual == expected[i][0])
                continue;
            if (expected[i][1] == "Cn" && PyStr.Repr(text) == "'" + text + "'")
                newer++;
            else
                mismatches.Add(FormattableString.Invariant($"U+{codePoints[i]:X4}: {actual}, CPython {expected[i][0]}"));
        }
        Assert.That(mismatches, Is.Empty);
        Assert.That(newer, Is.LessThan(1000), "code points assigned since Unicode 14.0");
    }

    /// <summary>Python's str.encode('unicode_escape') of the repr, so that both sides are ASCII.</summary>
    private static string Escaped(string repr)
    {
        var text = new StringBuilder();
        for (int i = 0; i < repr.Length; i++)
        {
            int c = char.IsSurrogatePair(repr, i) ? char.ConvertToUtf32(repr[i], repr[++i]) : repr[i];
            text.Append(c switch
            {
                '\\' => "\\\\",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                < 0x20 or (>= 0x7F and < 0x100) => FormattableString.Invariant($"\\x{c:x2}"),
                < 0x7F => ((char)c).ToString(),
                < 0x10000 => FormattableString.Invariant($"\\u{c:x4}"),
                _ => FormattableString.Invariant($"\\U{c:x8}"),
            });
        }
        return text.ToString();
    }
}
