using Rpython.Translator.Flow;
using Rpython.Translator.RTyping;

namespace Rpython.Translator.Transform;

// The backend optimisations (RPython's backendopt/all.py, backend_optimizations), in order:
//   1. constant folding of every graph: the ll helpers specialised on constants shrink before they
//      are weighed for inlining;
//   2. inlining (Inlining.cs) of the graphs lighter than the threshold, within the size limits,
//      each caller folded again as soon as it changed;
//   3. malloc removal (MallocRemoval.cs) and constant folding again, on each graph, until no more
//      malloc goes: inlining brings allocations and their uses together, removing them exposes
//      constants (an instance's vtable, a tuple's items), folding exposes more removable mallocs;
//   4. raise outlining (RaiseOutlining.cs): the raising paths left move into shared functions,
//      which the pass adds to the program.
// When: after the stack checks and the exception transform, before the backend (Driver/Pipeline.cs
// says why in that order; the header of Inlining.cs why after the exception transform). Each pass
// keeps GraphChecker's invariants and the exception transform's; the pipeline checks the graphs
// after this step. Turned off by TranslationOptions.BackendOptimizations (--no-backendopt), for
// debugging: the program must do the same without them.

/// <summary>What the backend optimisations take: the inlining threshold and size limits, and the
/// graphs the program marked @dont_inline and @always_inline.</summary>
internal sealed record BackendOptimizationOptions
{
    public double InlineThreshold { get; init; } = Inlining.DefaultThreshold;

    public GraphSize Limits { get; init; } = GraphSize.RyuJitLimits;

    public IReadOnlySet<FunctionGraph> NeverInline { get; init; } = new HashSet<FunctionGraph>();

    public IReadOnlySet<FunctionGraph> AlwaysInline { get; init; } = new HashSet<FunctionGraph>();
}

/// <summary>What the backend optimisations did, for the log and the tests.</summary>
internal sealed record BackendOptimizationReport(int InlinedCallSites, int MallocsRemoved, int RaisesOutlined);

/// <summary>Runs the backend optimisations on a whole program's transformed graphs (see the file header).</summary>
internal static class BackendOptimizations
{
    /// <param name="addGraph">adds a graph the optimisations made (a raise outlined) to the program.</param>
    public static BackendOptimizationReport Run(IReadOnlyList<FunctionGraph> graphs, ExceptionData data, BackendOptimizationOptions options, Action<FunctionGraph> addGraph)
    {
        var folding = new ConstantFolding(ExceptionStates.Of(graphs, data));
        foreach (var graph in graphs)
            folding.Run(graph);
        int inlined = Inlining.Run(graphs, folding, options);
        int removed = 0;
        foreach (var graph in graphs)
        {
            folding.Run(graph);
            while (MallocRemoval.Run(graph) is var count && count > 0)
            {
                removed += count;
                folding.Run(graph);
            }
        }
        int outlined = RaiseOutlining.Run(graphs, folding.States, addGraph);
        return new BackendOptimizationReport(inlined, removed, outlined);
    }
}
