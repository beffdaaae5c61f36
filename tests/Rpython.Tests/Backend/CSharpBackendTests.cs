using System.Globalization;
using Rpython.Tests.RTyping;
using Rpython.Translator.Backend;
using Rpython.Translator.Diagnostics;
using Rpython.Translator.Flow;
using Rpython.Translator.RTyping;
using TextSpan = Rpython.Translator.Syntax.TextSpan;

namespace Rpython.Tests.Backend;

/// <summary>
/// The C# backend checked against the LLInterpreter: each program of RTyping/programs and
/// Backend/programs defines <c>main(n)</c>; it is lowered as RTyperTests lowers it, emitted as C#
/// (golden text beside it, <c>.py.cs</c>), compiled with Roslyn once, and run for RTyperTests'
/// inputs: every result (or division by zero) must be the LLInterpreter's. Also: emission is
/// deterministic, stack traces name the RPython line, a loop's parallel copy is right, and what the
/// backend cannot emit or compile is a clear BackendError.
/// </summary>
[TestFixture]
public sealed class CSharpBackendTests
{
    private static IEnumerable<TestCaseData> Programs() =>
        new[] { ("RTyping", "programs"), ("RTyping", "heap_programs"), ("Backend", "programs") }
            .SelectMany(folder => Directory.GetFiles(TestPaths.InRepo("tests", "Rpython.Tests", folder.Item1, folder.Item2), "*.py"))
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .Select(p => new TestCaseData(p).SetArgDisplayNames(Path.GetFileNameWithoutExtension(p)));

    private static string ProgramPath(string folder, string name) => TestPaths.InRepo("tests", "Rpython.Tests", folder, "programs", name);

    /// <summary>The C# of every graph the program's main reaches, after the exception transform;
    /// #line names files relative to the program's folder.</summary>
    private static (CSharpUnit Unit, FunctionGraph Main, IReadOnlyList<FunctionGraph> Graphs) Emit(string path)
    {
        var (program, main, exceptions) = RTyperTests.LowerAndTransform(path);
        var graphs = program.Annotator.Graphs;
        return (CSharpEmitter.Emit(graphs, Path.GetDirectoryName(path)!, exceptions, new TypeLayoutTable()), main, graphs);
    }

    /// <summary>The exception data of a program without exception classes of its own, for hand-built graphs.</summary>
    private static ExceptionData NoExceptions() =>
        new(LowLevelTypes.Ptr(LowLevelTypes.GcStruct("BaseException", ("typeptr", LowLevelTypes.Ptr(InstanceLayouts.VtableType)))), [], []);

    private static CSharpUnit EmitHandBuilt(IReadOnlyList<FunctionGraph> graphs) => CSharpEmitter.Emit(graphs, TestPaths.Root, NoExceptions(), new TypeLayoutTable());

    private static CompiledProgram Compile(CSharpUnit unit)
    {
        var compiled = RoslynCompiler.Compile(unit);
        TestContext.Out.WriteLine(FormattableString.Invariant($"Roslyn: {unit.Source.Split('\n').Length} lines compiled and loaded in {compiled.CompileTime.TotalMilliseconds:F0} ms"));
        return compiled;
    }

    [TestCaseSource(nameof(Programs))]
    public void EmittedCSharpMatchesGolden(string path) => Golden.Compare(path + ".cs", Emit(path).Unit.Source);

    [TestCaseSource(nameof(Programs))]
    public void EmissionIsDeterministic(string path)
    {
        // Two translations from scratch: fresh graphs, fresh variables, the same text.
        string first = Emit(path).Unit.Source;
        string second = Emit(path).Unit.Source;
        Assert.That(second, Is.EqualTo(first));
    }

    [TestCaseSource(nameof(Programs))]
    public void CompiledProgramAgreesWithLLInterpreter(string path)
    {
        var (unit, main, _) = Emit(path);
        using var compiled = Compile(unit);
        Assert.That(compiled.Warnings, Is.Empty);
        var (_, untransformedMain, exceptions) = RTyperTests.Lower(path);
        var interpreter = new LLInterpreter(exceptions);
        var expected = RTyperTests.Inputs.Select(n => Outcome(() => interpreter.Run(untransformedMain, [n]))).ToList();
        var actual = RTyperTests.Inputs.Select(n => Outcome(() =>
        {
            object? result = compiled.Invoke(main, n);
            return compiled.FetchEscapedException() is { } raised ? throw new EscapedException(raised)
                : main.ReturnBlock.InputArgs[0].ConcreteType == BuiltinTypes.StrPtr ? CompiledStr(result) : result;
        })).ToList();
        Assert.That(actual, Is.EqualTo(expected));
    }

    private sealed class EscapedException(string name) : Exception(name);

    /// <summary>The text of an rpy_str of the compiled program's heap (as the LLInterpreter's: null for None).</summary>
    internal static unsafe string? CompiledStr(object? pointer)
    {
        byte* str = (byte*)System.Reflection.Pointer.Unbox(pointer!);
        if (str == null)
            return null;
        var layout = TypeLayout.Of(BuiltinTypes.Str).VarSize!;
        var text = new System.Text.StringBuilder();
        foreach (int c in new ReadOnlySpan<int>(str + layout.ItemsOffset, (int)*(long*)(str + layout.LengthOffset)))
            text.Append(c is >= 0xD800 and <= 0xDFFF ? ((char)c).ToString() : char.ConvertFromUtf32(c));
        return text.ToString();
    }

    /// <summary>A result with its exact type (and a double's bits), or the RPython exception that
    /// escaped main.</summary>
    private static string Outcome(Func<object?> run)
    {
        try
        {
            return run() switch
            {
                double d => FormattableString.Invariant($"Double {d:R} ({BitConverter.DoubleToInt64Bits(d)})"),
                LLObject { Type.Name: "rpy_str" } str => "Str " + PyRepr.Of(LLInterpreter.StrText(str)),
                string text => "Str " + PyRepr.Of(text),
                { } value => value.GetType().Name + " " + Convert.ToString(value, CultureInfo.InvariantCulture),
                null => "None",
            };
        }
        catch (LLException e)
        {
            return "raises " + ExceptionData.ShortName(e.Type);
        }
        catch (EscapedException e)
        {
            return "raises " + e.Message;
        }
    }

    /// <summary>A .NET exception in generated code (here a null pointer the program reads through,
    /// which RPython does not check) names the RPython file and line, through the #line directives:
    /// the line that read it, or — when the CLR's JIT inlined the function — the line of the call.</summary>
    [Test]
    public void StackTracesNameTheRPythonFileAndLine()
    {
        string path = TestPaths.InRepo("tests", "Rpython.Tests", "Backend", "stacktrace", "null_field.py");
        var (unit, main, _) = Emit(path);
        using var compiled = Compile(unit);

        Assert.That(compiled.Invoke(main, 5L), Is.EqualTo(21L));
        var error = Assert.Throws<NullReferenceException>(() => compiled.Invoke(main, 12345L));
        string top = error!.StackTrace!.Split('\n')[0];
        Assert.That(top, Does.Match(@"null_field_(value_of|main)\(.*\) in null_field\.py:line (6|7|20)\r?$"));
    }

    [Test]
    public void ALoopThatPermutesItsOwnInputsCopiesThroughATemporary()
    {
        // def rotate(a, b, c, n): a loop block that jumps to itself with (b, c, a, n - 1).
        var source = SourceText.FromString(Path.Combine(TestPaths.Root, "rotate.py"),
            "def rotate(a, b, c, n):\n    while n > 0: a, b, c, n = b, c, a, n - 1\n    return a * 100 + b * 10 + c\n");
        SourceLocation At(int line) => new(source, new TextSpan(source.LineStart(line - 1), source.LineStart(line - 1)));
        static Variable Signed(string prefix) => new(prefix) { ConcreteType = LowLevelTypes.Signed };
        static Constant Int(long value) => RTyper.Typed(value, LowLevelTypes.Signed);
        static void Jump(Block from, object? exitCase, Block to, params FlowValue[] args)
        {
            var link = new Link(from, exitCase) { Target = to };
            link.Args.AddRange(args);
            from.Exits.Add(link);
        }

        var (a0, b0, c0, n0) = (Signed("a"), Signed("b"), Signed("c"), Signed("n"));
        var start = new Block([a0, b0, c0, n0]);
        var graph = new FunctionGraph("handmade", "rotate", start, At(1));
        graph.ReturnBlock.InputArgs[0].ConcreteType = LowLevelTypes.Signed;
        var (a1, b1, c1, n1) = (Signed("a"), Signed("b"), Signed("c"), Signed("n"));
        var loop = new Block([a1, b1, c1, n1]);
        var more = new Variable { ConcreteType = LowLevelTypes.Bool };
        var next = Signed("v");
        loop.Operations.Add(new SpaceOperation("int_gt", [n1, Int(0)], more, At(2)));
        loop.Operations.Add(new SpaceOperation("int_sub", [n1, Int(1)], next, At(2)));
        loop.ExitSwitch = more;
        var (a2, b2, c2) = (Signed("a"), Signed("b"), Signed("c"));
        var done = new Block([a2, b2, c2]);
        var (hundreds, tens, sum, result) = (Signed("v"), Signed("v"), Signed("v"), Signed("v"));
        done.Operations.Add(new SpaceOperation("int_mul", [a2, Int(100)], hundreds, At(3)));
        done.Operations.Add(new SpaceOperation("int_mul", [b2, Int(10)], tens, At(3)));
        done.Operations.Add(new SpaceOperation("int_add", [hundreds, tens], sum, At(3)));
        done.Operations.Add(new SpaceOperation("int_add", [sum, c2], result, location: null)); // #line hidden
        Jump(start, null, loop, a0, b0, c0, n0);
        Jump(loop, false, done, a1, b1, c1);
        Jump(loop, true, loop, b1, c1, a1, next);
        Jump(done, null, graph.ReturnBlock, result);
        GraphChecker.Check(graph);

        var unit = EmitHandBuilt([graph]);
        Assert.That(unit.Source, Does.Contain("if (v_0) { n_0 = v_1; tmp_0 = a_0; a_0 = b_0; b_0 = c_0; c_0 = tmp_0; goto block1; }"));
        Assert.That(unit.Source, Does.Contain("#line hidden\n        v_1 = unchecked(v_3 + c_0);\n        return v_1;\n#line default\n"));
        using var compiled = Compile(unit);
        var interpreter = new LLInterpreter();
        for (long n = 0; n < 7; n++)
            Assert.That(compiled.Invoke(graph, 1L, 2L, 3L, n), Is.EqualTo(interpreter.Run(graph, [1L, 2L, 3L, n])), FormattableString.Invariant($"n = {n}"));
    }

    [Test]
    public void MethodNamesAreReadableValidAndUnique()
    {
        string[] names = ["Frame.execute", "Frame_execute", "<lambda>", "f.<locals>.g", "fib__int"];
        var graphs = names.Select(name =>
        {
            var x = new Variable("x") { ConcreteType = LowLevelTypes.Signed };
            var graph = new FunctionGraph("pyvm.interpreter", name, new Block([x]), location: null);
            graph.ReturnBlock.InputArgs[0].ConcreteType = LowLevelTypes.Signed;
            var link = new Link(graph.StartBlock, null) { Target = graph.ReturnBlock };
            link.Args.Add(x);
            graph.StartBlock.Exits.Add(link);
            return graph;
        }).ToList();

        var unit = EmitHandBuilt(graphs);
        Assert.That(graphs.Select(g => unit.MethodNames[g]), Is.EqualTo(new[]
        {
            "pyvm_interpreter_Frame_execute", "pyvm_interpreter_Frame_execute_2", "pyvm_interpreter_lambda",
            "pyvm_interpreter_f_locals_g", "pyvm_interpreter_fib__int",
        }));
        using var compiled = Compile(unit);
        Assert.That(graphs.Select((g, i) => compiled.Invoke(g, (long)i)), Is.EqualTo(new object[] { 0L, 1L, 2L, 3L, 4L }));
    }

    [TestCase("int_frobnicate", "'int_frobnicate' is not a low-level operation (in graph main)")]
    [TestCase("gc_id", "the C# backend does not emit the low-level operation 'gc_id' yet (in graph main)")]
    public void AnOperationTheBackendCannotEmitIsAClearError(string opName, string message)
    {
        var (program, main, exceptions) = RTyperTests.LowerAndTransform(ProgramPath("RTyping", "loops_and_recursion.py"));
        var ops = main.StartBlock.Operations;
        ops[0] = new SpaceOperation(opName, ops[0].Args, ops[0].Result, ops[0].Location);

        var error = Assert.Throws<BackendError>(() => CSharpEmitter.Emit(program.Annotator.Graphs, TestPaths.Root, exceptions, new TypeLayoutTable()));
        Assert.That(error.Message, Does.EndWith("loops_and_recursion.py:25:9: " + message));
    }

    [Test]
    public void CSharpThatDoesNotCompileIsReportedAsAnEmitterBug()
    {
        var (unit, _, _) = Emit(ProgramPath("RTyping", "loops_and_recursion.py"));
        var broken = unit with { Source = unit.Source.Replace("v_0 = n_0 < 2L;", "v_0 = n_0 < undefined_0;", StringComparison.Ordinal) };
        Assert.That(broken.Source, Is.Not.EqualTo(unit.Source));

        var error = Assert.Throws<BackendError>(() => RoslynCompiler.Compile(broken));
        Assert.That(error.Message, Does.StartWith("the emitted C# does not compile: this is a bug in the C# emitter, not in the program\n"));
        Assert.That(error.Message, Does.Contain("error CS0103: The name 'undefined_0' does not exist in the current context (RPython source loops_and_recursion.py:2)"));
        Assert.That(error.Message, Does.Contain("|         v_0 = n_0 < undefined_0;"));
    }
}
