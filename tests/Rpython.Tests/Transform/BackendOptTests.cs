using System.Collections.Concurrent;
using Rpython.Tests.Backend;
using Rpython.Tests.RTyping;
using Rpython.Translator.Annotation;
using Rpython.Translator.Backend;
using Rpython.Translator.Flow;
using Rpython.Translator.RTyping;
using Rpython.Translator.Transform;

namespace Rpython.Tests.Transform;

/// <summary>
/// The transforms after the exception transform, checked as the RTyper is: each program of
/// RTyping/{programs,heap_programs} and Transform/programs defines <c>main(n)</c>; it is lowered,
/// given its stack checks and exception-transformed, as the pipeline does, then run through a chain
/// of passes (each followed by GraphChecker), and the LLInterpreter running the result must give
/// CPython's results. The full chain is also compiled to C# and run, in-process,
/// on a thread with a large stack whose limit the runtime's StackCheck knows, as Entry.Run does.
/// </summary>
[TestFixture]
public sealed class BackendOptTests
{
    /// <summary>The passes run after the stack checks and the exception transform, in the pipeline's order.</summary>
    public enum Chain
    {
        /// <summary>None (--no-backendopt).</summary>
        None,
        ConstantFolding,
        Inlining,
        InliningAndMallocRemoval,
        /// <summary>BackendOptimizations.Run, as the pipeline runs it.</summary>
        All,
    }

    private static readonly ConcurrentDictionary<string, List<string>> s_cpythonResults = new(StringComparer.Ordinal);

    private static IEnumerable<string> ProgramPaths() =>
        new[] { ("RTyping", "programs"), ("RTyping", "heap_programs"), ("Transform", "programs") }
            .SelectMany(folder => Directory.GetFiles(TestPaths.InRepo("tests", "Rpython.Tests", folder.Item1, folder.Item2), "*.py"))
            .OrderBy(Path.GetFileName, StringComparer.Ordinal);

    private static IEnumerable<TestCaseData> ProgramsAndChains() =>
        from path in ProgramPaths()
        from chain in Enum.GetValues<Chain>()
        select new TestCaseData(path, chain).SetArgDisplayNames(Path.GetFileNameWithoutExtension(path), chain.ToString());

    private static IEnumerable<TestCaseData> Programs() =>
        ProgramPaths().Select(p => new TestCaseData(p).SetArgDisplayNames(Path.GetFileNameWithoutExtension(p)));

    private static List<string> CPythonResults(string path) => s_cpythonResults.GetOrAdd(path, RTyperTests.CPythonResults);

    /// <summary>Lowers the program, inserts the stack checks, runs the exception transform and then
    /// <paramref name="chain"/>, checking every graph after each pass.</summary>
    internal static (ProgramAnnotation Program, FunctionGraph Main, ExceptionData Exceptions) Transform(string path, Chain chain)
    {
        var (program, main, exceptions) = RTyperTests.Lower(path);
        var graphs = program.Annotator.Graphs;
        void Checked(Action pass)
        {
            pass();
            foreach (var graph in graphs)
                GraphChecker.Check(graph);
        }
        Checked(() => StackCheckInsertion.Run(graphs));
        Checked(() => ExceptionTransform.Run(graphs, exceptions));
        switch (chain)
        {
            case Chain.ConstantFolding:
                var folding = new ConstantFolding(ExceptionStates.Of(graphs, exceptions));
                Checked(() => graphs.ToList().ForEach(g => folding.Run(g)));
                break;
            case Chain.Inlining:
                Checked(() => Inlining.Run(graphs, new ConstantFolding(ExceptionStates.Of(graphs, exceptions)), new BackendOptimizationOptions()));
                break;
            case Chain.InliningAndMallocRemoval:
                Checked(() => Inlining.Run(graphs, new ConstantFolding(ExceptionStates.Of(graphs, exceptions)), new BackendOptimizationOptions()));
                Checked(() => graphs.ToList().ForEach(g => MallocRemoval.Run(g)));
                break;
            case Chain.All:
                Checked(() => BackendOptimizations.Run(graphs, exceptions, new BackendOptimizationOptions(), program.Annotator.AddLowLevelGraph));
                break;
        }
        return (program, main, exceptions);
    }

    [TestCaseSource(nameof(ProgramsAndChains))]
    public void TransformedGraphsAgreeWithCPython(string path, Chain chain)
    {
        var (_, main, exceptions) = Transform(path, chain);
        var ours = OnLargeStack(() => RTyperTests.TransformedOutcomes(main, exceptions));
        Assert.That(ours, Is.EqualTo(CPythonResults(path)));
    }

    [TestCaseSource(nameof(Programs))]
    public void CompiledOptimizedProgramAgreesWithCPython(string path)
    {
        var (program, main, exceptions) = Transform(path, Chain.All);
        var unit = CSharpEmitter.Emit(program.Annotator.Graphs, Path.GetDirectoryName(path)!, exceptions, new TypeLayoutTable());
        using var compiled = RoslynCompiler.Compile(unit);
        Assert.That(compiled.Warnings, Is.Empty);
        var ours = OnLargeStack(() => RTyperTests.Inputs.Select(n =>
        {
            object? result = compiled.Invoke(main, n);
            return compiled.FetchEscapedException() is { } raised ? "raises " + raised
                : RTyperTests.Outcome(() => main.ReturnBlock.InputArgs[0].ConcreteType == BuiltinTypes.StrPtr ? CSharpBackendTests.CompiledStr(result) : result);
        }).ToList(), initializeStackCheck: true);
        Assert.That(ours, Is.EqualTo(CPythonResults(path)));
    }

    /// <summary>Runs <paramref name="run"/> on a thread with the stack of a translated program's main
    /// (deep recursion must meet the stack check, not the end of the test runner's stack).</summary>
    private static T OnLargeStack<T>(Func<T> run, bool initializeStackCheck = false)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            if (initializeStackCheck)
                Rpython.Runtime.StackCheck.InitializeCurrentThread(Rpython.Runtime.Entry.StackSize);
            try
            {
                result = run();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, Rpython.Runtime.Entry.StackSize);
        thread.Start();
        thread.Join();
        if (failure is not null)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        return result;
    }
}
