using Rpython.Tests.RTyping;
using Rpython.Translator.Annotation;
using Rpython.Translator.Flow;
using Rpython.Translator.RTyping;
using Rpython.Translator.Transform;
using static Rpython.Tests.RTyping.HandBuiltGraph;
using static Rpython.Translator.RTyping.LowLevelTypes;

namespace Rpython.Tests.Transform;

/// <summary>
/// Each transform on small graphs: golden dumps of the programs of Transform/golden after the
/// passes (<c>.py.STAGE.ll</c>, re-blessed with UPDATE_GOLDEN=1: stackchecked, then transformed by
/// the exception transform), and the call graph's cycles.
/// </summary>
[TestFixture]
public sealed class TransformTests
{
    private static string GoldenProgram(string name) => TestPaths.InRepo("tests", "Rpython.Tests", "Transform", "golden", name);

    /// <summary>The graphs of the program's own module (not the ll helpers), dumped with their types.</summary>
    private static string Dump(ProgramAnnotation program, string path) =>
        string.Join("\n", program.Annotator.Graphs
            .Where(g => g.ModuleName == Path.GetFileNameWithoutExtension(path))
            .Select(g => GraphDumper.Dump(g, v => RTyperTests.Short(v.ConcreteType))));

    [TestCase("stack_check.py", "stackchecked")]
    [TestCase("stack_check.py", "transformed")]
    public void GraphsAfterThePassesMatchGolden(string name, string stage)
    {
        string path = GoldenProgram(name);
        var (program, _, exceptions) = RTyperTests.Lower(path);
        var graphs = program.Annotator.Graphs;
        StackCheckInsertion.Run(graphs);
        if (stage != "stackchecked")
            ExceptionTransform.Run(graphs, exceptions);
        foreach (var graph in graphs)
            GraphChecker.Check(graph);
        Golden.Compare(path + "." + stage + ".ll", Dump(program, path));
    }

    // ---- the call graph ----

    [Test]
    public void CallGraph_FindsTheGraphsOfCyclesOnly()
    {
        FunctionGraph Graph(string name)
        {
            var g = new HandBuiltGraph(name, Signed);
            return g.Return(g.Parameter(0));
        }
        var (a, b, c, d, e) = (Graph("a"), Graph("b"), Graph("c"), Graph("d"), Graph("e"));
        void Calls(FunctionGraph caller, FunctionGraph callee) =>
            caller.StartBlock.Operations.Add(new SpaceOperation("direct_call", [VoidConst(callee), caller.StartBlock.InputArgs[0]], new Variable { ConcreteType = Signed }, null));
        Calls(a, b);
        Calls(b, a); // a <-> b
        Calls(c, c); // c -> c
        Calls(d, a); // d calls into the cycle, is not in it
        Calls(e, d);

        var inCycles = CallGraph.Of([a, b, c, d, e]).GraphsInCycles();

        Assert.That(inCycles, Is.EquivalentTo(new[] { a, b, c }));
    }
}
