using Rpython.Tests.RTyping;
using Rpython.Translator.Flow;
using Rpython.Translator.Gc;
using Rpython.Translator.RTyping;

namespace Rpython.Tests.Gc;

/// <summary>
/// The GC transform: after it, every program of RTyping/programs and heap_programs still gives
/// CPython's results under the LLInterpreter (spills and barriers are no-ops there); the roots spilled
/// around each operation that can collect are exactly the GC pointers live after it; a store into a
/// young object or of a constant gets no write barrier. The placement is golden text for one program.
/// </summary>
[TestFixture]
public sealed class GcTransformTests
{
    private static IEnumerable<TestCaseData> Programs() =>
        new[] { "programs", "heap_programs" }
            .SelectMany(folder => Directory.GetFiles(TestPaths.InRepo("tests", "Rpython.Tests", "RTyping", folder), "*.py"))
            .OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal)
            .Select(p => new TestCaseData(p).SetName("GcTransformed_" + Path.GetFileNameWithoutExtension(p)));

    private static (FunctionGraph Main, ExceptionData Exceptions, IReadOnlyList<FunctionGraph> Graphs) Transformed(string path)
    {
        var (program, main, exceptions) = RTyperTests.LowerAndTransform(path);
        GcTransform.Run(program.Annotator.Graphs, writeBarriers: true);
        foreach (var graph in program.Annotator.Graphs)
            GraphChecker.Check(graph);
        return (main, exceptions, program.Annotator.Graphs);
    }

    [TestCaseSource(nameof(Programs))]
    public void TheProgramStillGivesCPythonsResults(string path)
    {
        var (main, exceptions, _) = Transformed(path);
        var interpreter = new LLInterpreter(exceptions, exceptionsTransformed: true);
        var ours = RTyperTests.Inputs.Select(n => RTyperTests.Outcome(() =>
        {
            object? result = interpreter.Run(main, [n]);
            if (exceptions.State.Fields["exc_type"] is ClassInfo raised)
            {
                exceptions.State.Fields["exc_type"] = null;
                exceptions.State.Fields["exc_value"] = null;
                throw new LLException(raised, null);
            }
            return result;
        })).ToList();
        Assert.That(ours, Is.EqualTo(RTyperTests.CPythonResults(path)));
    }

    [Test]
    public void RootsAreTheGcPointersLiveAfterWhatCanCollect()
    {
        var (_, _, graphs) = Transformed(TestPaths.InRepo("tests", "Rpython.Tests", "RTyping", "heap_programs", "instances_and_methods.py"));
        foreach (var block in graphs.SelectMany(g => g.Blocks()))
        {
            var ops = block.Operations;
            for (int i = 0; i < ops.Count; i++)
            {
                if (ops[i].OpName != "gc_push_roots")
                    continue;
                Assert.That(ops[i + 2].OpName, Is.EqualTo("gc_pop_roots"), "a pop right after the operation that can collect");
                Assert.That(ops[i + 2].Args, Is.EqualTo(ops[i].Args), "the same variables");
                Assert.That(ops[i].Args.All(GcTransform.IsGcPointer), Is.True, "only GC pointers are spilled");
                Assert.That(ops[i].Args, Does.Not.Contain(ops[i + 1].Result), "not the operation's own result");
            }
        }
    }

    [Test]
    public void AnIdentityHashCollectsNothing()
    {
        var (_, _, graphs) = Transformed(TestPaths.InRepo("tests", "Rpython.Tests", "RTyping", "heap_programs", "dict_keys.py"));
        var hashing = graphs.Where(g => g.Blocks().Any(b => b.Operations.Any(op => op.OpName == "gc_identityhash"))).ToHashSet();
        Assert.That(hashing, Is.Not.Empty);
        int calls = 0;
        foreach (var ops in graphs.SelectMany(g => g.Blocks()).Select(b => b.Operations))
        {
            for (int i = 0; i < ops.Count; i++)
            {
                if (ops[i].OpName == "direct_call" && ops[i].Args[0] is Constant { Value: FunctionGraph callee } && hashing.Contains(callee))
                {
                    calls++;
                    Assert.That(i == 0 || ops[i - 1].OpName != "gc_push_roots", $"no roots spilled around the call of {callee.Name}");
                }
            }
        }
        Assert.That(calls, Is.GreaterThan(0));
    }

    [Test]
    public void TheTransformedLinkedListIsGolden()
    {
        var (_, _, graphs) = Transformed(TestPaths.InRepo("tests", "Rpython.Tests", "RTyping", "heap_programs", "instances_and_methods.py"));
        var main = graphs.Where(g => g.Name is "main" or "length").Select(g => GraphDumper.Dump(g, v => v.ConcreteType switch
        {
            PtrType { Target: StructType s } => $"Ptr({s.Name})",
            null => "?",
            var t => t.ToString(),
        }));
        Golden.Compare(TestPaths.InRepo("tests", "Rpython.Tests", "Gc", "instances_and_methods.gc"), string.Join("\n", main));
    }
}
