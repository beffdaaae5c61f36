using System.Text;
using Rpython.Translator.Driver;

namespace Rpython.Tests.Gc;

/// <summary>
/// Translated programs on each collector, through the whole pipeline (GC transform, the backend's
/// allocation, roots and barriers, the entry glue's type table and prebuilt roots): a program that
/// builds and drops many trees while keeping one, run with a tiny nursery so that it collects often,
/// under the heap checker; MemoryError at RPYTHON_GC_MAX (caught as RPython catches it: raised by a
/// call directly in the try); the gc log's summary.
/// </summary>
[TestFixture]
public sealed class GcExecutableTests
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(60);

    private TempFolder _folder = null!;

    [OneTimeSetUp]
    public void CreateFolder() => _folder = new TempFolder();

    [OneTimeTearDown]
    public void DeleteFolder() => _folder.Dispose();

    private const string Trees = """
        from rpython.rlib.rfile import write_stdout


        class Node(object):
            def __init__(self, left, right):
                self.left = left
                self.right = right


        def make(depth):
            if depth == 0:
                return Node(None, None)
            return Node(make(depth - 1), make(depth - 1))


        def check(node):
            if node.left is None:
                return 1
            return 1 + check(node.left) + check(node.right)


        def entry_point(argv):
            long_lived = make(12)
            names = {}
            total = 0
            for i in range(200):
                tree = make(8)
                total += check(tree)
                names["tree%d" % (i % 17)] = tree
                long_lived.left.left = tree
            write_stdout("%d %d %d\n" % (check(long_lived), total, len(names)))
            return 0
        """;

    private const string Exhaust = """
        from rpython.rlib.rfile import write_stdout


        def chunk():
            return [0] * 10000


        def entry_point(argv):
            keep = []
            try:
                while True:
                    keep.append(chunk())
            except MemoryError:
                n = len(keep)
                keep = []
                write_stdout("MemoryError after %s\n" % ("many" if n > 10 else "few"))
            return 0
        """;

    private string Translate(string name, string source, string gc)
    {
        string target = _folder.Write(name + "_" + gc + ".py", source);
        string executable = Path.Combine(_folder.Path, name + "_" + gc, "program");
        new Translation(new TranslationOptions(target, executable, Gc: gc), TextWriter.Null).Run(new PlainProgress(TextWriter.Null));
        return executable;
    }

    private static ProgramOutcome Run(string executable, Dictionary<string, string> environment) =>
        ProgramProcess.Run(executable, [], [], TimeLimit, environment: environment);

    [TestCase("incminimark")]
    [TestCase("semispace")]
    [TestCase("none")]
    public void Trees_GiveTheSameResultUnderEveryGc_WithTheHeapCheckedAtEveryCollection(string gc)
    {
        string executable = Translate("trees", Trees, gc);
        string log = Path.Combine(_folder.Path, "trees_" + gc + ".log");

        var outcome = Run(executable, new()
        {
            ["RPYTHON_GC_DEBUG"] = "1",
            ["RPYTHON_GC_NURSERY"] = "256KB",  // incminimark
            ["RPYTHON_GC_MIN"] = "256KB",      // semispace's first space size
            ["RPYTHONLOG"] = "gc:" + log,
        });

        Assert.That(Encoding.UTF8.GetString(outcome.Stderr), Is.Empty);
        Assert.That(Encoding.UTF8.GetString(outcome.Stdout), Is.EqualTo("6655 102200 17\n"));
        Assert.That(outcome.ExitCode, Is.Zero);
        if (gc == "none")
            return;
        string summary = File.ReadAllText(log);
        Assert.That(summary, Does.Contain("gc-summary"));
        int collections = int.Parse(System.Text.RegularExpressions.Regex.Match(summary, @"pauses: (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(collections, Is.GreaterThan(3), "a small nursery (or space) collects several times");
    }

    [Test]
    public void SemiSpaceStress_CollectsAtEveryAllocation_AndKeepsEveryLiveObject()
    {
        string executable = Translate("trees", Trees, "semispace");

        var outcome = Run(executable, new() { ["RPYTHON_GC_STRESS"] = "1" });

        Assert.That(Encoding.UTF8.GetString(outcome.Stdout), Is.EqualTo("6655 102200 17\n"));
    }

    [TestCase("incminimark")]
    [TestCase("semispace")]
    public void ExhaustingTheMaximumHeap_RaisesMemoryErrorInTheProgram(string gc)
    {
        string executable = Translate("exhaust", Exhaust, gc);

        var outcome = Run(executable, new() { ["RPYTHON_GC_MAX"] = "32MB" });

        Assert.That(Encoding.UTF8.GetString(outcome.Stdout), Is.EqualTo("MemoryError after many\n"));
        Assert.That(outcome.ExitCode, Is.Zero);
    }
}
