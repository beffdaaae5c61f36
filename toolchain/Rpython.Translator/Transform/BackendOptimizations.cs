using Rpython.Translator.Flow;
using Rpython.Translator.RTyping;

namespace Rpython.Translator.Transform;

// The backend optimisations (RPython's backendopt/all.py, backend_optimizations), in order:
//   1. constant folding of every graph (ConstantFolding.cs).
// When: after the stack checks and the exception transform, before the backend (Driver/Pipeline.cs
// says why in that order). Each pass keeps GraphChecker's invariants and the exception
// transform's; the pipeline checks the graphs after this step. Turned off by
// TranslationOptions.BackendOptimizations (--no-backendopt), for debugging: the program must do
// the same without them.

/// <summary>Runs the backend optimisations on a whole program's transformed graphs (see the file header).</summary>
internal static class BackendOptimizations
{
    public static void Run(IReadOnlyList<FunctionGraph> graphs, ExceptionData data)
    {
        var folding = new ConstantFolding(ExceptionStates.Of(graphs, data));
        foreach (var graph in graphs)
            folding.Run(graph);
    }
}
