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

    [TestCaseSource(nameof(Cases))]
    public void DumpMatchesCPython(string path)
    {
        var tree = Parser.ParseFile(path);

        Assert.That(tree.IsComplete, Is.True, () => string.Join("\n", tree.Diagnostics.Select(d => d.ToString())));
        string expected = File.ReadAllText(path + ".ast");
        Assert.That(AstDumper.Dump(tree.Module, tree.Source), Is.EqualTo(expected));
    }
}
