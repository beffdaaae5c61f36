using AstDumper = Rpython.Translator.Syntax.AstDumper;
using Parser = Rpython.Translator.Syntax.Parser;

namespace Rpython.Tests.Syntax;

/// <summary>
/// Our tree equals CPython's: each file of Syntax/cases has beside it the dump CPython 3.11's
/// <c>ast</c> gives (written by tests/tools/make_golden.py, so the suite does not need CPython).
/// </summary>
[TestFixture]
public sealed class AstCorpusTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        Directory.GetFiles(TestPaths.InRepo("tests", "Rpython.Tests", "Syntax", "cases"), "*.py")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new TestCaseData(p).SetName("Ast_" + Path.GetFileNameWithoutExtension(p)));

    private static readonly Lazy<IReadOnlyDictionary<string, int>> s_cpythonErrorLines =
        new(() => CPython.SyntaxErrorLines(TestPaths.InRepo("tests", "Rpython.Tests", "Syntax", "cases")));

    /// <summary>Some cases hold what the grammar accepts but CPython's compiler rejects ('yield' outside
    /// a function...), to pin down the tree: our context checks must reject exactly those, first on CPython's line.</summary>
    [TestCaseSource(nameof(Cases))]
    public void ContextErrorsAgreeWithCPython(string path)
    {
        var tree = Parser.ParseFile(path);

        if (s_cpythonErrorLines.Value.TryGetValue(Path.GetFileName(path), out int line))
            Assert.That(tree.Diagnostics.Select(d => d.Line).FirstOrDefault(), Is.EqualTo(line));
        else
            Assert.That(tree.Diagnostics, Is.Empty, () => string.Join("\n", tree.Diagnostics.Select(d => d.ToString())));
    }

    [TestCaseSource(nameof(Cases))]
    public void DumpMatchesCPython(string path)
    {
        var tree = Parser.ParseFile(path);

        Assert.That(tree.IsComplete, Is.True, () => string.Join("\n", tree.Diagnostics.Select(d => d.ToString())));
        string expected = File.ReadAllText(path + ".ast");
        Assert.That(AstDumper.Dump(tree.Module, tree.Source), Is.EqualTo(expected));
    }
}
