using System.Globalization;
using System.Text;
using Rpython.Translator.Diagnostics;
using Rpython.Translator.Flow;

namespace Rpython.Tests.Flow;

/// <summary>
/// Flow graphs as golden text: each program of Flow/cases has beside it (<c>.flow</c>) the dump of the
/// graph of every function it defines, each checked by GraphChecker; each program of Flow/errors has
/// (<c>.err</c>) the diagnostics, one <c>line:column: message</c> per line.
/// </summary>
[TestFixture]
public sealed class FlowGraphTests
{
    private static IEnumerable<TestCaseData> Files(string folder) =>
        Directory.GetFiles(TestPaths.InRepo("tests", "Rpython.Tests", "Flow", folder), "*.py")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new TestCaseData(p).SetName(folder + "_" + Path.GetFileNameWithoutExtension(p)));

    private static IEnumerable<TestCaseData> ValidPrograms() => Files("cases");

    private static IEnumerable<TestCaseData> InvalidPrograms() => Files("errors");

    [TestCaseSource(nameof(ValidPrograms))]
    public void GraphsMatchGolden(string path)
    {
        var diagnostics = new DiagnosticBag();
        var graphs = ProgramFlow.BuildModule(path, diagnostics);

        Assert.That(diagnostics.Items, Is.Empty, () => string.Join("\n", diagnostics.Items.Select(d => d.ToString())));
        var dump = new StringBuilder();
        foreach (var graph in graphs)
            dump.Append(GraphDumper.Dump(graph)).Append('\n');
        Golden.Compare(path + ".flow", dump.ToString());
    }

    [TestCaseSource(nameof(InvalidPrograms))]
    public void DiagnosticsMatchGolden(string path)
    {
        var diagnostics = new DiagnosticBag();
        ProgramFlow.BuildModule(path, diagnostics);

        string actual = string.Concat(diagnostics.Sorted().Select(d =>
            string.Create(CultureInfo.InvariantCulture, $"{d.Line}:{d.Column}: {d.Message}\n")));
        Assert.That(actual, Is.Not.Empty, "an invalid program must get a diagnostic");
        Golden.Compare(path + ".err", actual);
    }

    [Test]
    public void BuildingIsDeterministic()
    {
        string path = TestPaths.InRepo("tests", "Rpython.Tests", "Flow", "cases", "loops.py");
        string Dump() => string.Concat(ProgramFlow.BuildModule(path, new DiagnosticBag()).Select(GraphDumper.Dump));

        string first = Dump();
        string second = Dump();

        Assert.That(second, Is.EqualTo(first));
    }
}
