using System.Text;
using Rpython.Translator.Diagnostics;
using Rpython.Translator.Flow;
using Rpython.Translator.Syntax;

namespace Rpython.Translator.Annotation;

/// <summary>
/// Annotates a target in RPython's convention: the target module's <c>target(driver, args)</c> is
/// called at import time and returns the entry point (or a tuple whose first item is it); a module
/// without <c>target</c> may define <c>entry_point(argv)</c>. The entry point receives the command
/// line as a list of strs and must return an int (the exit code).
/// </summary>
internal sealed class ProgramAnnotation
{
    private ProgramAnnotation(Annotator annotator, FunctionGraph entry, IReadOnlyList<string> sourceFiles)
    {
        Annotator = annotator;
        Entry = entry;
        SourceFiles = sourceFiles;
    }

    public Annotator Annotator { get; }

    public FunctionGraph Entry { get; }

    /// <summary>The file of every module the import time loaded (the target's first).</summary>
    public IReadOnlyList<string> SourceFiles { get; }

    /// <summary>Null when the program has errors (all reported to <paramref name="diagnostics"/>).</summary>
    public static ProgramAnnotation? Annotate(string targetPath, DiagnosticBag diagnostics)
    {
        var evaluator = new ImportTimeEvaluator(targetPath, diagnostics);
        var module = evaluator.Load(targetPath, Path.GetFileNameWithoutExtension(targetPath));
        if (module is null || diagnostics.Count > 0)
            return null;
        var entry = FindEntryPoint(evaluator, module, diagnostics);
        if (entry is null)
            return null;
        var annotator = new Annotator(evaluator, diagnostics);
        var argv = new SomeList(new ListDef(annotator, new SomeString(noNul: true)));
        var graph = annotator.AnnotateEntryPoint(entry, [argv]);
        if (graph is null || diagnostics.Count > 0)
            return null;
        DeclaredTypes.Check(annotator, diagnostics);
        if (diagnostics.Count > 0)
            return null;
        var result = annotator.ReturnAnnotation(graph);
        if (result is not SomeInteger)
        {
            var at = graph.Location!.Value;
            diagnostics.Add(at.Source, at.Span.Start,
                $"the entry point {entry.Name}() must return an int, the exit code (it returns {AnnotationFormatter.Format(result)})");
            return null;
        }
        return new ProgramAnnotation(annotator, graph, evaluator.LoadedFiles);
    }

    /// <summary>Annotates one function of a module as if it were the entry point, called with
    /// arguments of these annotations (for tests of the phases after annotation).</summary>
    public static ProgramAnnotation? AnnotateFunction(string path, string name, IReadOnlyList<SomeValue> args, DiagnosticBag diagnostics)
    {
        var evaluator = new ImportTimeEvaluator(path, diagnostics);
        var module = evaluator.Load(path, Path.GetFileNameWithoutExtension(path));
        if (module is null || diagnostics.Count > 0)
            return null;
        if (!module.Globals.TryGetValue(name, out var value) || value is not PyFunction function)
        {
            diagnostics.Add(evaluator.SourceOf(module), 0, $"the module defines no function '{name}'");
            return null;
        }
        var annotator = new Annotator(evaluator, diagnostics);
        var graph = annotator.AnnotateEntryPoint(function, args);
        return graph is null || diagnostics.Count > 0 ? null : new ProgramAnnotation(annotator, graph, evaluator.LoadedFiles);
    }

    private static PyFunction? FindEntryPoint(ImportTimeEvaluator evaluator, PyModule module, DiagnosticBag diagnostics)
    {
        var source = evaluator.SourceOf(module);
        if (module.Globals.TryGetValue("target", out var target) && target is PyFunction targetFunction)
        {
            var definition = (LocatedNode)targetFunction.Definition;
            object? result;
            try
            {
                result = evaluator.InterpreterFor(module).CallValue(targetFunction, [null, new PyList([])], definition);
            }
            catch (FlowError e)
            {
                diagnostics.Add(e.Location.Source, e.Location.Span.Start, e.Message);
                return null;
            }
            catch (ImportTimeInterpreter.Raised e)
            {
                diagnostics.Add(e.Location.Source, e.Location.Span.Start, "target() raised an exception at import time");
                return null;
            }
            var entry = result is PyTuple { Items.Length: > 0 } tuple ? tuple.Items[0] : result;
            if (entry is PyFunction function)
                return function;
            diagnostics.Add(source, definition.Span.Start, $"target() must return the entry point function (or a tuple starting with it), not {PyRepr.Of(entry)}");
            return null;
        }
        if (module.Globals.TryGetValue("entry_point", out var entryPoint) && entryPoint is PyFunction direct)
            return direct;
        diagnostics.Add(source, 0, "this is not an RPython target: define target(driver, args) returning the entry point, or entry_point(argv)");
        return null;
    }

    /// <summary>Every reached function with its inferred signature, then every class with its
    /// attributes, in the order they were reached: what <c>rpython annotate</c> prints.</summary>
    public string Signatures()
    {
        var text = new StringBuilder();
        foreach (var graph in Annotator.Graphs)
        {
            var parameters = graph.StartBlock.InputArgs.Select(v => $"{v.Prefix}: {Annotator.Binding(v)}");
            text.Append(graph.Name).Append('(').Append(string.Join(", ", parameters)).Append(") -> ")
                .Append(Annotator.ReturnAnnotation(graph)).Append('\n');
        }
        foreach (var classDef in Annotator.Bookkeeper.ClassDefs)
        {
            var attributes = classDef.Attributes.Values.OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
            if (attributes.Count == 0 && Annotator.Bookkeeper.ClassOf(classDef).ModuleName == "builtins")
                continue;
            text.Append("class ").Append(classDef.Name);
            if (classDef.Base is { } baseDef)
                text.Append('(').Append(baseDef.Name).Append(')');
            text.Append(":\n");
            foreach (var attribute in attributes)
                text.Append("    ").Append(attribute.Name).Append(": ").Append(attribute.Value).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The reached graphs with every variable's annotation.</summary>
    public string AnnotatedGraphs() =>
        string.Join("\n", Annotator.Graphs.Select(g => GraphDumper.Dump(g, v => Annotator.Binding(v).ToString())));
}
