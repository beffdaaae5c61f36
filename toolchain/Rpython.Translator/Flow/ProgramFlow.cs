using Rpython.Translator.Diagnostics;

namespace Rpython.Translator.Flow;

/// <summary>Evaluates a module at import time and builds the flow graph of every function it defines
/// (module-level functions and methods, in definition order). Each graph is checked.</summary>
internal static class ProgramFlow
{
    public static IReadOnlyList<FunctionGraph> BuildModule(string path, DiagnosticBag diagnostics)
    {
        var evaluator = new ImportTimeEvaluator(path, diagnostics);
        var module = evaluator.Load(path, Path.GetFileNameWithoutExtension(path));
        if (module is null)
            return [];
        var graphs = new List<FunctionGraph>();
        foreach (var function in FunctionsOf(module))
        {
            try
            {
                var graph = FlowBuilder.Build(function, evaluator.SourceOf(function.Module), evaluator.Builtins);
                GraphChecker.Check(graph);
                graphs.Add(graph);
            }
            catch (FlowError e)
            {
                diagnostics.Add(e.Location.Source, e.Location.Span.Start, e.Message);
            }
        }
        return graphs;
    }

    private static IEnumerable<PyFunction> FunctionsOf(PyModule module)
    {
        foreach (var value in module.Globals.Values)
        {
            if (value is PyFunction f && f.Module == module)
                yield return f;
            else if (value is PyClass c && c.ModuleName == module.Name)
            {
                foreach (var member in c.Dict.Values.OfType<PyFunction>())
                    yield return member;
            }
        }
    }
}
