using System.Diagnostics;
using Rpython.Translator.Annotation;
using Rpython.Translator.Backend;
using Rpython.Translator.Diagnostics;
using Rpython.Translator.Flow;
using Rpython.Translator.Gc;
using Rpython.Translator.RTyping;
using Rpython.Translator.Transform;

namespace Rpython.Translator.Driver;

// The translation as one readable list of named steps (RPython's translator/driver.py), each timed
// and reported to an IProgressReporter as it starts and ends. A step works on the Translation's
// state, which the steps before it filled in; a step that fails throws a TranslationError, which
// stops the pipeline. --dump PHASE prints a phase's IR when the step that produces it ends (the
// flow graphs and the annotations after annotate: the RTyper rewrites the graphs in place).
// One Translation object per translation: no static state, two can run in one process.

/// <summary>A step's name and how long it took.</summary>
internal sealed record StepTiming(string Step, TimeSpan Elapsed);

/// <summary>Why a translation stopped: the messages to print (a located diagnostic is formatted with
/// its source line) and whether the fault is the toolchain's (a bug) rather than the program's.</summary>
internal sealed class TranslationError(IReadOnlyList<string> messages, bool isInternal)
    : Exception(string.Join("\n", messages))
{
    public IReadOnlyList<string> Messages { get; } = messages;

    public bool IsInternal { get; } = isInternal;

    public static TranslationError At(SourceLocation? location, string message) =>
        new([location is { } at ? new Diagnostic(at.Source, at.Span.Start, message).Format() : $"rpython: error: {message}\n"], isInternal: false);
}

/// <summary>One translation of a target, step by step (see the file header).</summary>
internal sealed class Translation
{
    private readonly TextWriter _dumps;
    private readonly List<StepTiming> _timings = [];
    private ProgramAnnotation? _program;
    private RTyper? _typer;
    private string? _csharp;

    /// <param name="dumps">Where <c>--dump</c> prints.</param>
    public Translation(TranslationOptions options, TextWriter dumps)
    {
        if (!TranslationOptions.GcChoices.Contains(options.Gc))
            throw new ArgumentException(UnknownChoice("GC", options.Gc, TranslationOptions.GcChoices), nameof(options));
        if (options.Dump is { } dump && !TranslationOptions.DumpChoices.Contains(dump))
            throw new ArgumentException(UnknownChoice("phase to dump", dump, TranslationOptions.DumpChoices), nameof(options));
        Options = options;
        _dumps = dumps;
    }

    public TranslationOptions Options { get; }

    /// <summary>The steps run so far, in order, with their times.</summary>
    public IReadOnlyList<StepTiming> Timings => _timings;

    /// <summary>After annotate: the program, its entry graph and the files it was loaded from.</summary>
    public ProgramAnnotation Program => _program ?? throw new InvalidOperationException("the program is not annotated yet");

    /// <summary>After rtype: the RTyper, with the program's instance layouts and exception data.</summary>
    public RTyper Typer => _typer ?? throw new InvalidOperationException("the program is not rtyped yet");

    public static string UnknownChoice(string what, string value, IReadOnlyList<string> choices) =>
        $"unknown {what} '{value}' (the choices are: {string.Join(", ", choices)})";

    /// <summary>The steps for this translation's goal, in order.</summary>
    private IEnumerable<(string Name, Action Run)> Steps()
    {
        yield return ("annotate", Annotate);
        yield return ("rtype", RType);
        if (Options.Goal == TranslationGoal.LowLevelGraphs)
            yield break;
        // The backend transforms. The stack checks first: stack_check raises, and the exception
        // transform must check it and the calls of the graphs that have it. Then the exception
        // transform, which makes every exception path explicit: the backend optimisations then
        // splice graphs with no exception edge to re-wire (RPython runs them before it, see
        // Transform/Inlining.cs). Then inlining, malloc removal and constant folding
        // (--no-backendopt skips them). Last, for a framework GC (--gc other than none), the GC
        // transform: roots and barriers go around the operations that remain.
        yield return ("stackcheck", InsertStackChecks);
        yield return ("transform", TransformGraphs);
        if (Options.BackendOptimizations)
            yield return ("backendopt", OptimizeGraphs);
        if (Gc.IsFramework)
            yield return ("gctransform", TransformForGc);
        yield return ("emit", Emit);
        if (Options.Goal == TranslationGoal.CSharp)
            yield break;
        yield return ("compile", Compile);
        yield return ("package", Package);
    }

    /// <summary>Runs every step; a TranslationError stops the run and propagates, after the
    /// failing step was reported.</summary>
    public void Run(IProgressReporter progress)
    {
        var total = Stopwatch.StartNew();
        foreach (var (name, run) in Steps())
        {
            progress.StepStarted(name);
            var time = Stopwatch.StartNew();
            try
            {
                run();
            }
            catch (Exception e) when (AsTranslationError(e) is { } error)
            {
                progress.StepFailed(name, time.Elapsed);
                throw error;
            }
            catch
            {
                progress.StepFailed(name, time.Elapsed);
                throw;
            }
            _timings.Add(new StepTiming(name, time.Elapsed));
            progress.StepFinished(name, time.Elapsed);
        }
        if (Options.Goal != TranslationGoal.LowLevelGraphs)
            progress.Done(Options.Goal == TranslationGoal.Executable ? Options.ExecutablePath : Options.CSharpPath, total.Elapsed);
    }

    /// <summary>The errors of the phases, as the user sees them: a program the RTyper or the backend
    /// does not support is the program's (located), C# that does not compile is the toolchain's.</summary>
    private static TranslationError? AsTranslationError(Exception e) => e switch
    {
        TranslationError error => error,
        TyperError typer => TranslationError.At(typer.Location, typer.Message),
        BackendError { Location: { } at } backend => TranslationError.At(at, backend.Message[(at.ToString().Length + 2)..]),
        BackendError backend => new TranslationError([$"rpython: error: {backend.Message}\n"], isInternal: true),
        IOException or UnauthorizedAccessException => new TranslationError([$"rpython: error: {e.Message}\n"], isInternal: false),
        _ => null,
    };

    private void Annotate()
    {
        if (!File.Exists(Options.TargetPath))
            throw new TranslationError([$"{Options.TargetPath}: error: cannot read file: no such file\n"], isInternal: false);
        var diagnostics = new DiagnosticBag();
        _program = ProgramAnnotation.Annotate(Options.TargetPath, diagnostics);
        if (_program is null)
            throw new TranslationError([.. diagnostics.Sorted().Select(d => d.Format())], isInternal: false);
        if (Options.Dump == "flow")
            _dumps.Write(string.Join("\n", _program.Annotator.Graphs.Select(g => GraphDumper.Dump(g))));
        if (Options.Dump == "annotated")
            _dumps.Write(_program.AnnotatedGraphs());
    }

    private void RType()
    {
        _typer = new RTyper(Program.Annotator);
        _typer.Specialize();
        if (Options.Dump == "rtyped")
            _dumps.Write(string.Join("\n", Program.Annotator.Graphs.Select(g => GraphDumper.Dump(g, v => v.ConcreteType?.ToString() ?? "?"))));
    }

    private void InsertStackChecks()
    {
        StackCheckInsertion.Run(Program.Annotator.Graphs);
        CheckGraphs();
    }

    private void TransformGraphs()
    {
        ExceptionTransform.Run(Program.Annotator.Graphs, Typer.ExceptionData);
        CheckGraphs();
        if (!Options.BackendOptimizations && !Gc.IsFramework)
            DumpTransformed();
    }

    private void OptimizeGraphs()
    {
        HashSet<FunctionGraph> MarkedWith(string decorator) =>
            [.. Program.Annotator.Graphs.Where(g => Program.Annotator.SourceDescOf(g) is { } desc && desc.Function.Hints.Any(h => h is PyExternal { QualifiedName: var name }
                && name == "rpython.rlib.objectmodel." + decorator))];
        var options = new BackendOptimizationOptions { NeverInline = MarkedWith("dont_inline"), AlwaysInline = MarkedWith("always_inline") };
        BackendOptimizations.Run(Program.Annotator.Graphs, Typer.ExceptionData, options, Program.Annotator.AddLowLevelGraph);
        CheckGraphs();
        if (!Gc.IsFramework)
            DumpTransformed();
    }

    private CSharpGc Gc => CSharpGc.Named(Options.Gc);

    private void TransformForGc()
    {
        GcTransform.Run(Program.Annotator.Graphs, writeBarriers: Gc.HasWriteBarrier);
        CheckGraphs();
        DumpTransformed();
    }

    /// <summary>--dump transformed: the graphs the backend gets.</summary>
    private void DumpTransformed()
    {
        if (Options.Dump == "transformed")
            _dumps.Write(string.Join("\n", Program.Annotator.Graphs.Select(g => GraphDumper.Dump(g, v => v.ConcreteType?.ToString() ?? "?"))));
    }

    private void CheckGraphs()
    {
        foreach (var graph in Program.Annotator.Graphs)
            GraphChecker.Check(graph);
    }

    private void Emit()
    {
        var typeIds = new TypeLayoutTable();
        var unit = CSharpEmitter.Emit(Program.Annotator.Graphs, Path.GetDirectoryName(Path.GetFullPath(Options.TargetPath))!, Typer.ExceptionData, typeIds, Gc);
        _csharp = unit.Source + EntryPointEmitter.Emit(unit, Program.Entry, typeIds, Gc, Options.GcDebug);
        Directory.CreateDirectory(Options.OutputFolder);
        File.WriteAllText(Options.CSharpPath, _csharp);
        if (Options.Dump == "csharp")
            _dumps.Write(_csharp);
    }

    private void Compile() => RoslynCompiler.CompileExecutable(_csharp!, EntryPointEmitter.TypeName, Options.AssemblyPath);

    private void Package()
    {
        ExecutablePackage.Write(Options.AssemblyPath, Options.ExecutablePath);
        TranslationCache.Record(Options, Program.SourceFiles);
    }
}
