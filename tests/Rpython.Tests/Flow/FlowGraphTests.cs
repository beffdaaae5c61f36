using System.Globalization;
using System.Text;
using Rpython.Translator.Diagnostics;
using Rpython.Translator.Flow;

namespace Rpython.Tests.Flow;

/// <summary>
/// Flow graphs as golden text: each program of Flow/cases has beside it (<c>.flow</c>) the dump of the
/// graphs of the functions it defines (or, when its first line is <c># roots: f g</c>, of those the
/// named functions reach), each checked by GraphChecker; each program of Flow/errors has
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
        var graphs = ProgramFlow.Build(path, diagnostics, Roots(path));

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
        ProgramFlow.Build(path, diagnostics, Roots(path));

        string actual = string.Concat(diagnostics.Sorted().Select(d =>
            string.Create(CultureInfo.InvariantCulture, $"{d.Line}:{d.Column}: {d.Message}\n")));
        Assert.That(actual, Is.Not.Empty, "an invalid program must get a diagnostic");
        Golden.Compare(path + ".err", actual);
    }

    private static string[]? Roots(string path)
    {
        const string marker = "# roots:";
        string first = File.ReadLines(path).FirstOrDefault() ?? "";
        return first.StartsWith(marker, StringComparison.Ordinal)
            ? first[marker.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : null;
    }

    [Test]
    public void BrainfuckInterpreterBuildsCleanly()
    {
        string path = TestPaths.InRepo("interpreter-spec", "bf", "targetbf.py");
        var diagnostics = new DiagnosticBag();
        var graphs = ProgramFlow.Build(path, diagnostics, ["entry_point"]);

        Assert.That(diagnostics.Items, Is.Empty, () => string.Join("\n", diagnostics.Items.Select(d => d.ToString())));
        Assert.That(graphs.Select(g => g.Name), Does.Contain("mainloop").And.Contain("Tape.advance").And.Contain("parse"));
        Golden.Compare(TestPaths.InRepo("tests", "Rpython.Tests", "Flow", "targetbf.flow"), string.Join("\n", graphs.Select(g => GraphDumper.Dump(g))));
    }

    [Test]
    public void BuildingIsDeterministic()
    {
        string path = TestPaths.InRepo("tests", "Rpython.Tests", "Flow", "cases", "loops.py");
        string Dump() => string.Concat(ProgramFlow.Build(path, new DiagnosticBag()).Select(g => GraphDumper.Dump(g)));

        string first = Dump();
        string second = Dump();

        Assert.That(second, Is.EqualTo(first));
    }
}
