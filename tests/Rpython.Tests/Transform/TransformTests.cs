using Rpython.Tests.RTyping;
using Rpython.Translator.Annotation;
using Rpython.Translator.Diagnostics;
using Rpython.Translator.Driver;
using Rpython.Translator.Flow;
using Rpython.Translator.RTyping;
using Rpython.Translator.Transform;
using static Rpython.Tests.RTyping.HandBuiltGraph;
using static Rpython.Translator.RTyping.LowLevelTypes;

namespace Rpython.Tests.Transform;

/// <summary>
/// Each transform on small graphs: golden dumps of the programs of Transform/golden after the
/// passes (<c>.py.STAGE.ll</c>, re-blessed with UPDATE_GOLDEN=1: stackchecked, transformed by the
/// exception transform, inlined, with the callers folded, and optimized by every backend
/// optimisation), hand-built graphs for constant folding, the call graph's cycles, the size limits on the Brainfuck interpreter
/// (DESIGN decision 11), and the pipeline's steps with and without --no-backendopt.
/// </summary>
[TestFixture]
public sealed class TransformTests
{
    private static string GoldenProgram(string name) => TestPaths.InRepo("tests", "Rpython.Tests", "Transform", "golden", name);

    /// <summary>The graphs of the program's own module (not the ll helpers) and the raises outlined,
    /// dumped with their types.</summary>
    private static string Dump(ProgramAnnotation program, string path) =>
        string.Join("\n", program.Annotator.Graphs
            .Where(g => g.ModuleName == Path.GetFileNameWithoutExtension(path) || g.IsCold)
            .Select(g => GraphDumper.Dump(g, v => RTyperTests.Short(v.ConcreteType))));

    [TestCase("stack_check.py", "stackchecked")]
    [TestCase("stack_check.py", "transformed")]
    [TestCase("inline_and_fold.py", "inlined")]
    [TestCase("malloc_removal.py", "inlined")]
    [TestCase("malloc_removal.py", "optimized")]
    [TestCase("raise_outlining.py", "optimized")]
    public void GraphsAfterThePassesMatchGolden(string name, string stage)
    {
        string path = GoldenProgram(name);
        var (program, _, exceptions) = RTyperTests.Lower(path);
        var graphs = program.Annotator.Graphs;
        StackCheckInsertion.Run(graphs);
        if (stage != "stackchecked")
            ExceptionTransform.Run(graphs, exceptions);
        if (stage == "inlined")
            Inlining.Run(graphs, new ConstantFolding(ExceptionStates.Of(graphs, exceptions)), new BackendOptimizationOptions());
        if (stage == "optimized")
            BackendOptimizations.Run(graphs, exceptions, new BackendOptimizationOptions(), program.Annotator.AddLowLevelGraph);
        foreach (var graph in graphs)
            GraphChecker.Check(graph);
        Golden.Compare(path + "." + stage + ".ll", Dump(program, path));
    }

    [Test]
    public void MallocRemoval_LeavesNoAllocationOfTheInstanceOrTheTuple()
    {
        string path = GoldenProgram("malloc_removal.py");
        var (program, main, exceptions) = RTyperTests.Lower(path);
        ExceptionTransform.Run(program.Annotator.Graphs, exceptions);
        var report = BackendOptimizations.Run(program.Annotator.Graphs, exceptions, new BackendOptimizationOptions(), program.Annotator.AddLowLevelGraph);

        Assert.That(report.MallocsRemoved, Is.EqualTo(2));
        var ops = main.Blocks().SelectMany(b => b.Operations).Select(op => op.OpName).ToList();
        Assert.That(ops, Has.None.EqualTo("malloc").And.None.EqualTo("direct_call").And.None.EqualTo("getfield"), string.Join(", ", ops));
        Assert.That(new LLInterpreter(exceptions, exceptionsTransformed: true).Run(main, [4L]), Is.EqualTo(54L));
    }

    // ---- constant folding on hand-built graphs ----

    private static readonly ClassInfo OverflowVtable = new("OverflowError", new ClassRange(3, 4));

    private static ExceptionData WithOverflowError() => new(
        Ptr(GcStruct("BaseException", ("typeptr", Ptr(InstanceLayouts.VtableType)))),
        [("OverflowError", OverflowVtable, GcStruct("OverflowError", ("typeptr", Ptr(InstanceLayouts.VtableType))))],
        [OverflowVtable]);

    private static void TransformAndFold(FunctionGraph graph, ExceptionData data)
    {
        ExceptionTransform.Run([graph], data);
        new ConstantFolding(ExceptionStates.Of([graph], data)).Run(graph);
        GraphChecker.Check(graph);
    }

    [Test]
    public void ConstantFolding_FoldsACheckedOperationThatDoesNotRaiseAndItsCheck()
    {
        var data = WithOverflowError();
        var g = new HandBuiltGraph("f", Signed);
        var sum = g.Op("int_add_ovf", Signed, Int(2), Int(3));
        var product = g.Op("int_mul", Signed, sum, g.Parameter(0));
        var graph = g.Return(product);

        TransformAndFold(graph, data);

        Assert.That(GraphDumper.Dump(graph), Is.EqualTo("graph f(p_0)\nblock0(p_0):\n    v_0 = int_mul(5, p_0)\n    --> return(v_0)\n"));
    }

    [Test]
    public void ConstantFolding_KeepsACheckedOperationThatRaises()
    {
        var data = WithOverflowError();
        var g = new HandBuiltGraph("f", Signed);
        var sum = g.Op("int_add_ovf", Signed, Int(long.MaxValue), Int(1));
        var graph = g.Return(sum);

        TransformAndFold(graph, data);

        var ops = graph.Blocks().SelectMany(b => b.Operations).Select(op => op.OpName).ToList();
        Assert.That(ops, Is.EqualTo(new[] { "int_add_ovf", "getfield", "ptr_nonzero" }));
        new LLInterpreter(data, exceptionsTransformed: true).Run(graph, [0L]);
        Assert.That(data.State.Fields["exc_type"], Is.SameAs(OverflowVtable));
    }

    [Test]
    public void ConstantFolding_PrunesASwitchOnAConstantAndItsBranch()
    {
        var data = WithOverflowError();
        var x = new Variable("x") { ConcreteType = Signed };
        var start = new Block([x]);
        var graph = new FunctionGraph("handmade", "f", start, location: null);
        graph.ReturnBlock.InputArgs[0].ConcreteType = Signed;
        var test = new Variable { ConcreteType = Bool };
        start.Operations.Add(new SpaceOperation("int_lt", [Int(1), Int(2)], test, null));
        start.ExitSwitch = test;
        var y = new Variable("y") { ConcreteType = Signed };
        var negative = new Block([y]);
        var minus = new Variable { ConcreteType = Signed };
        negative.Operations.Add(new SpaceOperation("int_neg", [y], minus, null));
        negative.Exits.Add(GraphEdits.Jump(negative, null, graph.ReturnBlock, minus));
        start.Exits.Add(GraphEdits.Jump(start, false, negative, x));
        start.Exits.Add(GraphEdits.Jump(start, true, graph.ReturnBlock, x));
        GraphChecker.Check(graph);

        TransformAndFold(graph, data);

        Assert.That(GraphDumper.Dump(graph), Is.EqualTo("graph f(x_0)\nblock0(x_0):\n    --> return(x_0)\n"));
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

    // ---- raise outlining ----

    /// <summary>Every raise of IndexError that leaves main (the inlined list reads') calls one shared
    /// function, so does check's TooBig; the IndexError main catches stays a jump to its handler.</summary>
    [Test]
    public void RaiseOutlining_SharesOneFunctionPerRaiseAndKeepsCaughtRaisesInPlace()
    {
        string path = GoldenProgram("raise_outlining.py");
        var (program, main, exceptions) = RTyperTests.Lower(path);
        ExceptionTransform.Run(program.Annotator.Graphs, exceptions);

        var report = BackendOptimizations.Run(program.Annotator.Graphs, exceptions, new BackendOptimizationOptions(), program.Annotator.AddLowLevelGraph);

        var outlined = program.Annotator.Graphs.Where(g => g.IsCold).Select(g => g.Name).ToList();
        Assert.That(outlined, Is.EquivalentTo(new[] { "raise_IndexError", "raise_TooBig" }));
        var called = main.Blocks().SelectMany(b => b.Operations).Where(op => op.OpName == "direct_call")
            .Select(op => ((FunctionGraph)((Constant)op.Args[0]).Value!).Name).ToList();
        Assert.That(called, Is.EquivalentTo(new[] { "raise_IndexError", "raise_TooBig" }));
        Assert.That(report.RaisesOutlined, Is.GreaterThanOrEqualTo(called.Count));
        Assert.That(RTyperTests.TransformedOutcomes(main, exceptions), Is.EqualTo(RTyperTests.CPythonResults(path)));
    }

    /// <summary>The inliner weighs a graph as it will be once its raising paths moved out: the size
    /// before outlining predicts the size after.</summary>
    [Test]
    public void GraphSize_CountsEachRaisingPathAsTheCallThatReplacesIt()
    {
        string path = GoldenProgram("raise_outlining.py");
        var (program, main, exceptions) = RTyperTests.Lower(path);
        ExceptionTransform.Run(program.Annotator.Graphs, exceptions);
        var states = ExceptionStates.Of(program.Annotator.Graphs, exceptions);
        Inlining.Run(program.Annotator.Graphs, new ConstantFolding(states), new BackendOptimizationOptions());
        var predicted = GraphSize.Of(main, states);

        int outlined = RaiseOutlining.Run(program.Annotator.Graphs, states, program.Annotator.AddLowLevelGraph);

        Assert.That(outlined, Is.GreaterThanOrEqualTo(2));
        Assert.That(GraphSize.Of(main, ExceptionStates.Of(program.Annotator.Graphs, exceptions)), Is.EqualTo(predicted));
    }

    // ---- inlining ----

    [Test]
    public void Inlining_StaysWithinTheSizeLimits()
    {
        string path = GoldenProgram("inline_and_fold.py");
        var (program, main, exceptions) = RTyperTests.Lower(path);
        ExceptionTransform.Run(program.Annotator.Graphs, exceptions);
        var states = ExceptionStates.Of(program.Annotator.Graphs, exceptions);
        var before = GraphSize.Of(main, states);

        int inlined = Inlining.Run(program.Annotator.Graphs, new ConstantFolding(states), new BackendOptimizationOptions { Limits = before });

        Assert.That(inlined, Is.Zero);
        Assert.That(GraphSize.Of(main, states), Is.EqualTo(before));
    }

    /// <summary>When the limits leave room for one copy of a callee, the call nearest the start is
    /// inlined: in an if/elif chain (an interpreter's opcodes), the first test's.</summary>
    [Test]
    public void Inlining_UnderTheLimits_TakesTheCallsNearestTheStartFirst()
    {
        string path = GoldenProgram("inline_order.py");
        var (program, main, exceptions) = RTyperTests.Lower(path);
        ExceptionTransform.Run(program.Annotator.Graphs, exceptions);
        var helper = program.Annotator.Graphs.Single(g => g.Name == "helper");
        var states = ExceptionStates.Of(program.Annotator.Graphs, exceptions);
        var roomForOne = GraphSize.Of(main, states) + GraphSize.Of(helper, states) + new GraphSize(Blocks: 1, LocalReferences: 0);

        int inlined = Inlining.Run(program.Annotator.Graphs, new ConstantFolding(states), new BackendOptimizationOptions { Limits = roomForOne });

        Assert.That(inlined, Is.EqualTo(1));
        var callsLeft = main.Blocks().Where(b => b.Operations.Any(op => op.OpName == "direct_call" && ((Constant)op.Args[0]).Value == helper)).ToList();
        Assert.That(callsLeft, Has.Count.EqualTo(1));
        Assert.That(callsLeft[0].Operations.Any(op => op.OpName == "int_add"), Is.True, "the call left is the last one, helper(x + 5)");
    }

    [Test]
    public void Inlining_HonoursDontInline()
    {
        string path = GoldenProgram("inline_and_fold.py");
        var (program, main, exceptions) = RTyperTests.Lower(path);
        ExceptionTransform.Run(program.Annotator.Graphs, exceptions);
        var pick = program.Annotator.Graphs.Single(g => g.Name == "pick");

        Inlining.Run(program.Annotator.Graphs, new ConstantFolding(ExceptionStates.Of(program.Annotator.Graphs, exceptions)), new BackendOptimizationOptions { NeverInline = new HashSet<FunctionGraph> { pick } });

        var called = main.Blocks().SelectMany(b => b.Operations).Where(op => op.OpName == "direct_call").Select(op => ((Constant)op.Args[0]).Value).ToList();
        Assert.That(called, Is.EqualTo(new object[] { pick, pick }));
    }

    /// <summary>DESIGN decision 11: the interpreter's dispatch loop, after inlining, is a method RyuJIT
    /// still optimises.</summary>
    [Test]
    public void BrainfuckInterpreter_StaysWithinRyuJitLimits()
    {
        var diagnostics = new DiagnosticBag();
        var program = ProgramAnnotation.Annotate(TestPaths.InRepo("interpreter-spec", "bf", "targetbf.py"), diagnostics)!;
        Assert.That(diagnostics.Items, Is.Empty);
        var typer = new RTyper(program.Annotator);
        typer.Specialize();
        var graphs = program.Annotator.Graphs;
        StackCheckInsertion.Run(graphs);
        ExceptionTransform.Run(graphs, typer.ExceptionData);
        var statesBefore = ExceptionStates.Of(graphs, typer.ExceptionData);
        var before = graphs.ToDictionary(g => g, g => GraphSize.Of(g, statesBefore));

        var report = BackendOptimizations.Run(graphs, typer.ExceptionData, new BackendOptimizationOptions(), program.Annotator.AddLowLevelGraph);

        Assert.That(report.InlinedCallSites, Is.GreaterThan(0));
        var states = ExceptionStates.Of(graphs, typer.ExceptionData);
        foreach (var graph in graphs)
        {
            GraphChecker.Check(graph);
            if (!before.TryGetValue(graph, out var size) || size.IsWithin(GraphSize.RyuJitLimits))
                Assert.That(GraphSize.Of(graph, states).IsWithin(GraphSize.RyuJitLimits), Is.True, $"{graph}: {GraphSize.Of(graph, states)}");
        }
        var mainloop = graphs.Single(g => g.Name == "mainloop");
        TestContext.Out.WriteLine($"mainloop: {before[mainloop]} before, {GraphSize.Of(mainloop, states)} after");
    }

    // ---- the pipeline ----

    [TestCase(true, "incminimark", new[] { "annotate", "rtype", "stackcheck", "transform", "backendopt", "gctransform", "emit" })]
    [TestCase(false, "incminimark", new[] { "annotate", "rtype", "stackcheck", "transform", "gctransform", "emit" })]
    [TestCase(true, "none", new[] { "annotate", "rtype", "stackcheck", "transform", "backendopt", "emit" })]
    public void Pipeline_RunsTheBackendOptimizationsUnlessTurnedOff_AndTheGcTransformForAFrameworkGc(bool optimize, string gc, string[] steps)
    {
        using var folder = new TempFolder();
        string target = folder.Write("targetsum.py", "def f(x):\n    return x + 1\n\ndef entry_point(argv):\n    return f(len(argv))\n");
        var options = new TranslationOptions(target, Path.Combine(folder.Path, "sum"), Gc: gc, Goal: TranslationGoal.CSharp, BackendOptimizations: optimize);
        var translation = new Translation(options, TextWriter.Null);

        translation.Run(new PlainProgress(TextWriter.Null));

        Assert.That(translation.Timings.Select(t => t.Step), Is.EqualTo(steps));
        // Inlined, f is called no more (its method stays: the backend emits every graph).
        Assert.That(File.ReadAllText(options.CSharpPath), optimize ? Does.Not.Contain(" = targetsum_f(") : Does.Contain(" = targetsum_f("));
    }
}
