using System.Globalization;
using System.Text;

namespace Rpython.Translator.Flow;

/// <summary>
/// The stable text form of flow graphs (<c>--dump flow</c>, golden tests). Blocks are numbered in
/// depth-first order from the start block, variables in order of definition, so the same graph
/// always prints the same text:
/// <code>
/// graph f(n_0)  # file.py:1
/// block0(n_0):
///     v0 = add(n_0, 1)  # line 2
///     --> return(v0)
/// </code>
/// </summary>
internal sealed class GraphDumper
{
    private readonly FunctionGraph _graph;
    private readonly Func<Variable, string>? _annotation;
    private readonly Dictionary<Variable, string> _names = [];
    private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);
    private readonly Dictionary<Block, string> _blockNames = [];

    private GraphDumper(FunctionGraph graph, Func<Variable, string>? annotation)
    {
        _graph = graph;
        _annotation = annotation;
    }

    /// <param name="annotation">the annotation of a variable, printed where it is defined (<c>v_0: int</c>).</param>
    public static string Dump(FunctionGraph graph, Func<Variable, string>? annotation = null) => new GraphDumper(graph, annotation).Run();

    private string Defined(Variable v) => _annotation is null ? Name(v) : Name(v) + ": " + _annotation(v);

    private string Run()
    {
        var blocks = _graph.Blocks().Where(b => b != _graph.ReturnBlock && b != _graph.ExceptBlock).ToList();
        for (int i = 0; i < blocks.Count; i++)
            _blockNames[blocks[i]] = "block" + i.ToString(CultureInfo.InvariantCulture);
        _blockNames[_graph.ReturnBlock] = "return";
        _blockNames[_graph.ExceptBlock] = "raise";
        var output = new StringBuilder();
        output.Append("graph ").Append(_graph.Name).Append('(').Append(string.Join(", ", _graph.StartBlock.InputArgs.Select(Defined))).Append(')');
        if (_graph.Location is { } location)
            output.Append("  # ").Append(Path.GetFileName(location.Source.Path)).Append(':').Append(location.Line.ToString(CultureInfo.InvariantCulture));
        output.Append('\n');
        foreach (var block in blocks)
        {
            output.Append(_blockNames[block]).Append('(').Append(string.Join(", ", block.InputArgs.Select(Defined))).Append("):\n");
            foreach (var op in block.Operations)
            {
                output.Append("    ").Append(Defined(op.Result)).Append(" = ").Append(op.OpName).Append('(')
                    .Append(string.Join(", ", op.Args.Select(Value))).Append(')');
                if (op.Location is { } at)
                    output.Append("  # line ").Append(at.Line.ToString(CultureInfo.InvariantCulture));
                output.Append('\n');
            }
            if (block.ExitSwitch is { } exitSwitch && !block.CatchesExceptions)
                output.Append("    switch ").Append(Value(exitSwitch)).Append('\n');
            foreach (var link in block.Exits)
            {
                output.Append("    ");
                if (block.CatchesExceptions)
                    output.Append(link.ExitCase is PyClass caught ? caught.Name : "no exception").Append(' ');
                else if (link.ExitCase is bool truth)
                    output.Append(truth ? "True" : "False").Append(' ');
                output.Append("--> ").Append(_blockNames[link.Target!]).Append('(').Append(string.Join(", ", link.Args.Select(Value))).Append(")\n");
            }
        }
        return output.ToString();
    }

    private string Value(FlowValue value) => value switch
    {
        Variable v => Name(v),
        Constant c => PyRepr.Of(c.Value),
        _ => "?",
    };

    /// <summary>Variables keep their prefix (a local's name, "v"...) and get a number per prefix in order of appearance.</summary>
    private string Name(Variable v)
    {
        if (_names.TryGetValue(v, out var name))
            return name;
        _counters.TryGetValue(v.Prefix, out int n);
        _counters[v.Prefix] = n + 1;
        name = v.Prefix + "_" + n.ToString(CultureInfo.InvariantCulture);
        _names[v] = name;
        return name;
    }
}
