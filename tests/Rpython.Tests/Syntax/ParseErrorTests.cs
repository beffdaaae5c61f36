using System.Globalization;
using Parser = Rpython.Translator.Syntax.Parser;

namespace Rpython.Tests.Syntax;

/// <summary>
/// Invalid Python gets diagnostics at the right place: each file of Syntax/errors has beside it
/// (<c>.err</c>) every diagnostic our front end reports for it, one <c>line:column: message</c> per
/// line, so error recovery is checked too. The first of them must be on the line where CPython
/// reports its SyntaxError for the same file.
/// </summary>
[TestFixture]
public sealed class ParseErrorTests
{
    private static string Folder => TestPaths.InRepo("tests", "Rpython.Tests", "Syntax", "errors");

    private static IEnumerable<TestCaseData> Cases() =>
        Directory.GetFiles(Folder, "*.py")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new TestCaseData(p).SetName("Error_" + Path.GetFileNameWithoutExtension(p)));

    private static readonly Lazy<IReadOnlyDictionary<string, int>> s_cpythonErrorLines = new(() => CPython.SyntaxErrorLines(Folder));

    [Test]
    public void TheCorpusHasAtLeastFortyInvalidInputs()
    {
        Assert.That(Cases().Count(), Is.GreaterThanOrEqualTo(40));
    }

    [TestCaseSource(nameof(Cases))]
    public void DiagnosticsMatchGolden(string path)
    {
        var tree = Parser.ParseFile(path);
        string actual = string.Concat(tree.Diagnostics.Select(d =>
            string.Create(CultureInfo.InvariantCulture, $"{d.Line}:{d.Column}: {d.Message}\n")));

        string golden = path + ".err";
        if (TestPaths.UpdateGolden)
            File.WriteAllText(golden, actual);
        Assert.That(actual, Is.Not.Empty, "the file is invalid Python, yet no diagnostic was reported");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(golden)));
    }

    [TestCaseSource(nameof(Cases))]
    public void FirstErrorIsOnCPythonsLine(string path)
    {
        var tree = Parser.ParseFile(path);

        Assert.That(s_cpythonErrorLines.Value.TryGetValue(Path.GetFileName(path), out int cpythonLine), Is.True,
            "CPython accepts this file, so it does not belong in Syntax/errors");
        Assert.That(tree.Diagnostics, Is.Not.Empty);
        Assert.That(tree.Diagnostics[0].Line, Is.EqualTo(cpythonLine));
    }
}
