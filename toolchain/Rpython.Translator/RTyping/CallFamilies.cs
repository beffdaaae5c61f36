using Rpython.Translator.Annotation;
using Rpython.Translator.Flow;

namespace Rpython.Translator.RTyping;

/// <summary>Graphs that one call site may reach, which must therefore take and return the same
/// low-level types (they are called through one function pointer, or one vtable slot).</summary>
internal sealed class CallFamily(IReadOnlyList<FunctionGraph> graphs, IReadOnlyList<SomeValue> parameters, SomeValue result)
{
    /// <summary>The graphs, in the order the annotator made them.</summary>
    public IReadOnlyList<FunctionGraph> Graphs { get; } = graphs;

    /// <summary>The union of the graphs' parameter annotations, position by position.</summary>
    public IReadOnlyList<SomeValue> Parameters { get; } = parameters;

    /// <summary>The union of the graphs' result annotations.</summary>
    public SomeValue Result { get; } = result;
}

/// <summary>
/// The call families of a program (RPython's CallFamily and normalizecalls.py): graphs called from
/// one call site are joined, across sites, into families, and every graph of a family is made to
/// take the family's parameters — the union of its members' annotations, position by position — and
/// to return the union of their results. A graph whose own parameters are narrower gets a new start
/// block with the family's parameters, which links to its old start block (the RTyper converts the
/// values on that link: a pointer to the family's common class is cast down to the graph's own); a
/// graph whose result is narrower has its result widened (the links to its return block convert).
/// After this, one function pointer type serves the whole family.
/// <para>
/// Runs once, after annotation and before any graph is lowered. Invariant afterwards: the graphs of
/// a family have the same number of parameters and the same parameter and result annotations.
/// </para>
/// </summary>
internal sealed class CallFamilies
{
    private readonly Dictionary<FunctionGraph, CallFamily> _families = [];

    private CallFamilies()
    {
    }

    /// <summary>Finds the families of the annotated program and normalises their graphs.</summary>
    public static CallFamilies Normalize(Annotator annotator)
    {
        var parent = new Dictionary<FunctionGraph, FunctionGraph>();
        FunctionGraph Find(FunctionGraph g)
        {
            while (parent.TryGetValue(g, out var p) && p != g)
                g = p;
            return g;
        }
        var order = new List<FunctionGraph>();
        foreach (var graph in annotator.Graphs)
        {
            foreach (var block in graph.Blocks())
            {
                foreach (var op in block.Operations)
                {
                    // A call of a function, method or class value (its __init__s), not of a builtin that calls
                    // functions (as r_dict does).
                    if (op.OpName is not ("simple_call" or "call_args") || annotator.CalleesOf(op) is not { Count: > 1 } callees
                        || annotator.Binding(op.Args[0]) is not SomePbc { Kind: DescKind.Function or DescKind.Method or DescKind.Class })
                        continue;
                    foreach (var callee in callees)
                    {
                        if (parent.TryAdd(callee, callee))
                            order.Add(callee);
                    }
                    var root = Find(callees[0]);
                    foreach (var callee in callees.Skip(1))
                        parent[Find(callee)] = root;
                }
            }
        }
        var families = new CallFamilies();
        foreach (var members in order.GroupBy(Find))
            families.Add(annotator, [.. members]);
        return families;
    }

    /// <summary>The family of a graph; a graph no call site shares with another is a family of its own.</summary>
    public CallFamily FamilyOf(FunctionGraph graph, Annotator annotator)
    {
        if (!_families.TryGetValue(graph, out var family))
        {
            family = new CallFamily([graph], [.. graph.StartBlock.InputArgs.Select(annotator.Binding)], annotator.Binding(graph.ReturnBlock.InputArgs[0]));
            _families[graph] = family;
        }
        return family;
    }

    private void Add(Annotator annotator, List<FunctionGraph> graphs)
    {
        int arity = graphs[0].StartBlock.InputArgs.Count;
        if (graphs.Any(g => g.StartBlock.InputArgs.Count != arity))
        {
            throw new TyperError(graphs[0].Location,
                $"the functions {string.Join(", ", graphs.Select(g => g.Name))} are called from one place, so they must take the same number of parameters");
        }
        var parameters = Enumerable.Range(0, arity)
            .Select(i => graphs.Select(g => annotator.Binding(g.StartBlock.InputArgs[i])).Aggregate(Lattice.Union))
            .ToList();
        var result = graphs.Select(g => annotator.Binding(g.ReturnBlock.InputArgs[0])).Aggregate(Lattice.Union);
        var family = new CallFamily(graphs, parameters, result);
        foreach (var graph in graphs)
        {
            _families[graph] = family;
            var inputs = graph.StartBlock.InputArgs;
            if (Enumerable.Range(0, arity).Any(i => !annotator.Binding(inputs[i]).Equals(parameters[i])))
            {
                var fresh = inputs.Select(v => new Variable(v.Prefix)).ToList();
                for (int i = 0; i < arity; i++)
                    annotator.SetBinding(fresh[i], parameters[i]);
                var start = new Block(fresh);
                var link = new Link(start, null) { Target = graph.StartBlock, Location = graph.Location };
                link.Args.AddRange(fresh);
                start.Exits.Add(link);
                graph.StartBlock = start;
            }
            annotator.SetBinding(graph.ReturnBlock.InputArgs[0], result);
        }
    }
}
