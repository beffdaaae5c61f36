using Rpython.Translator.Flow;

namespace Rpython.Translator.Transform;

// The call graph of a whole program's low-level graphs (RPython's backendopt/support.py
// find_calls_from and tool/algo/graphlib.py), for inlining and the stack checks. A direct_call
// calls its constant graph; an indirect_call calls the graphs its last argument lists, or, when it
// lists none, conservatively every graph whose address the program takes (a function constant
// anywhere but in the callee position of a direct_call). Orders are the graphs' order: the same
// program gives the same call graph.

/// <summary>Who calls whom among a program's graphs (see the file header).</summary>
internal sealed class CallGraph
{
    private readonly Dictionary<FunctionGraph, List<FunctionGraph>> _callees = [];

    private CallGraph(IReadOnlyList<FunctionGraph> graphs) => Graphs = graphs;

    /// <summary>The graphs, in the order given.</summary>
    public IReadOnlyList<FunctionGraph> Graphs { get; }

    /// <summary>The call graph of <paramref name="graphs"/> (a whole program: every callee among them).</summary>
    public static CallGraph Of(IReadOnlyList<FunctionGraph> graphs)
    {
        var callGraph = new CallGraph(graphs);
        var known = new HashSet<FunctionGraph>(graphs);
        var addressTaken = graphs.SelectMany(g => g.Blocks())
            .SelectMany(b => b.Operations.SelectMany(op => op.Args.Skip(op.OpName == "direct_call" ? 1 : 0)).Concat(b.Exits.SelectMany(l => l.Args)))
            .Select(arg => (arg as Constant)?.Value as FunctionGraph)
            .OfType<FunctionGraph>().Where(known.Contains).Distinct().ToList();
        foreach (var graph in graphs)
        {
            var callees = new List<FunctionGraph>();
            var seen = new HashSet<FunctionGraph>();
            foreach (var op in graph.Blocks().SelectMany(b => b.Operations))
            {
                IEnumerable<FunctionGraph> called = op switch
                {
                    { OpName: "direct_call", Args: [Constant { Value: FunctionGraph callee }, ..] } => [callee],
                    { OpName: "indirect_call", Args: [.., Constant { Value: IReadOnlyList<FunctionGraph> listed }] } => listed,
                    { OpName: "indirect_call" } => addressTaken,
                    _ => [],
                };
                foreach (var callee in called)
                {
                    if (known.Contains(callee) && seen.Add(callee))
                        callees.Add(callee);
                }
            }
            callGraph._callees[graph] = callees;
        }
        return callGraph;
    }

    /// <summary>The graphs <paramref name="graph"/> calls with direct_call, each once (what inlining can inline).</summary>
    public static IEnumerable<FunctionGraph> DirectCallees(FunctionGraph graph) =>
        graph.Blocks().SelectMany(b => b.Operations)
            .Select(op => op is { OpName: "direct_call", Args: [Constant { Value: FunctionGraph callee }, ..] } ? callee : null)
            .OfType<FunctionGraph>().Distinct();

    /// <summary>The graphs <paramref name="graph"/> may call, each once.</summary>
    public IReadOnlyList<FunctionGraph> Callees(FunctionGraph graph) => _callees[graph];

    /// <summary>The graphs that are part of a cycle of calls: a graph that calls itself, or one of a
    /// strongly connected component of more than one graph (Tarjan's algorithm, without recursion:
    /// a program's call chains can be long).</summary>
    public IReadOnlySet<FunctionGraph> GraphsInCycles()
    {
        var index = new Dictionary<FunctionGraph, int>();
        var lowLink = new Dictionary<FunctionGraph, int>();
        var onStack = new HashSet<FunctionGraph>();
        var stack = new Stack<FunctionGraph>();
        var inCycles = new HashSet<FunctionGraph>();
        foreach (var root in Graphs)
        {
            if (index.ContainsKey(root))
                continue;
            // Each frame: a graph and the position of the next callee to visit.
            var frames = new Stack<(FunctionGraph Graph, int Next)>();
            Visit(root);
            frames.Push((root, 0));
            while (frames.Count > 0)
            {
                var (graph, next) = frames.Pop();
                var callees = _callees[graph];
                if (next < callees.Count)
                {
                    frames.Push((graph, next + 1));
                    var callee = callees[next];
                    if (!index.ContainsKey(callee))
                    {
                        Visit(callee);
                        frames.Push((callee, 0));
                    }
                    else if (onStack.Contains(callee))
                    {
                        lowLink[graph] = Math.Min(lowLink[graph], index[callee]);
                    }
                    continue;
                }
                if (frames.Count > 0)
                {
                    var caller = frames.Peek().Graph;
                    lowLink[caller] = Math.Min(lowLink[caller], lowLink[graph]);
                }
                if (lowLink[graph] != index[graph])
                    continue;
                var component = new List<FunctionGraph>();
                FunctionGraph member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != graph);
                if (component.Count > 1 || callees.Contains(graph))
                    inCycles.UnionWith(component);
            }
        }
        return inCycles;

        void Visit(FunctionGraph graph)
        {
            index[graph] = lowLink[graph] = index.Count;
            stack.Push(graph);
            onStack.Add(graph);
        }
    }
}
