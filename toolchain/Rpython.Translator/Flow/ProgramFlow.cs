using Rpython.Translator.Diagnostics;

namespace Rpython.Translator.Flow;

/// <summary>
/// Evaluates a program at import time and builds the flow graphs of the functions its roots reach:
/// a function or class that appears as a constant in a built graph is reached too (a class brings
/// its methods). Functions only run at import time (factories, decorators, table builders) are not
/// reached and never need to be RPython. Every graph is checked. Until the annotator decides
/// reachability precisely, this over-approximates it (all methods of a reached class).
/// </summary>
internal static class ProgramFlow
{
    /// <param name="rootNames">Module-level functions to start from; null: every function the module defines.</param>
    public static IReadOnlyList<FunctionGraph> Build(string path, DiagnosticBag diagnostics, IReadOnlyList<string>? rootNames = null)
    {
        var evaluator = new ImportTimeEvaluator(path, diagnostics);
        var module = evaluator.Load(path, Path.GetFileNameWithoutExtension(path));
        if (module is null)
            return [];
        var pending = new Queue<PyFunction>();
        var seen = new HashSet<PyFunction>();
        void Reach(object? value)
        {
            switch (value)
            {
                case PyFunction f when seen.Add(f):
                    pending.Enqueue(f);
                    break;
                case PyClass { ModuleName: not "builtins" } c:
                    foreach (var member in c.Dict.Values)
                        Reach(member as PyFunction);
                    break;
                case PyInstance i:
                    Reach(i.Class);
                    break;
            }
        }
        foreach (var root in rootNames is null ? DefinedIn(module) : rootNames.Select(n => module.Globals.GetValueOrDefault(n)))
            Reach(root);
        var graphs = new List<FunctionGraph>();
        while (pending.Count > 0)
        {
            var function = pending.Dequeue();
            try
            {
                var graph = FlowBuilder.Build(function, evaluator.SourceOf(function.Module), evaluator.Builtins);
                GraphChecker.Check(graph);
                Simplify.Run(graph);
                GraphChecker.Check(graph);
                graphs.Add(graph);
                foreach (var block in graph.Blocks())
                {
                    foreach (var op in block.Operations)
                    {
                        foreach (var arg in op.Args)
                            Reach((arg as Constant)?.Value);
                    }
                }
            }
            catch (FlowError e)
            {
                diagnostics.Add(e.Location.Source, e.Location.Span.Start, e.Message);
            }
        }
        return graphs;
    }

    private static IEnumerable<object?> DefinedIn(PyModule module) =>
        module.Globals.Values.Where(v => v is PyFunction { Module: var m } && m == module || v is PyClass c && c.ModuleName == module.Name);
}
