using Rpython.Translator.Flow;
using static Rpython.Translator.Transform.GraphEdits;

namespace Rpython.Translator.Transform;

// Stack depth checks (RPython's translator/transform.py insert_ll_stackcheck; DESIGN decision 6):
// deep recursion raises RecursionError, the RPython-level rstackovf.StackOverflow, instead of
// overflowing the machine stack.
//
// When: after the RTyper, before the exception transform. stack_check is an operation that can
// raise: the exception transform must see it, to give it its check, to check every call of a graph
// that has one (a recursive graph may now raise where it could not before), and to keep the
// handlers that catch RecursionError around such calls. (RPython inserts its checks after the
// backend optimisations, but also before its exception transform, which runs last; ours runs
// before the optimisations, so the checks come first. Inlining cannot make a new cycle of calls, so
// every cycle left after it still has its checks; a graph of a cycle inlined into another one
// brings its check along, one compare more.) It is not an optimisation: --no-backendopt keeps it.
// What: every graph that is part of a cycle of the call graph (a graph that calls itself, directly
// or through others; an indirect call counts as a call of every graph it may call, see CallGraph)
// starts with `stack_check()`, alone in the start block: the start block's contents move to a block
// of their own, so that no handler of the start block catches what stack_check raises and no loop
// back to the start runs the check again. Only the stack of a cycle can grow without bound: a chain
// of calls without a cycle is as deep as the program, which the margin of the runtime's limit
// covers. (RPython cuts each cycle once, at a block a feedback-vertex heuristic chooses; a check per
// graph of the cycle costs a compare more per call and needs no heuristic.)
// Invariants: the graphs keep GraphChecker's invariants.

/// <summary>Inserts stack_check where the stack can grow without bound (see the file header).</summary>
internal static class StackCheckInsertion
{
    /// <summary>Inserts the checks into the graphs of a whole program, before the exception
    /// transform; returns the graphs that got one, in program order.</summary>
    public static IReadOnlyList<FunctionGraph> Run(IReadOnlyList<FunctionGraph> graphs)
    {
        var inCycles = CallGraph.Of(graphs).GraphsInCycles();
        var checkedGraphs = graphs.Where(inCycles.Contains).ToList();
        foreach (var graph in checkedGraphs)
            Insert(graph);
        return checkedGraphs;
    }

    private static void Insert(FunctionGraph graph)
    {
        var start = graph.StartBlock;
        // The body receives the start block's inputs that it uses, in the order of the link to it;
        // the loops back to the start go to the body instead.
        var body = SplitAfter(start, -1).Link;
        foreach (var link in graph.Blocks().SelectMany(b => b.Exits).Where(l => l.Target == start && l != body).ToList())
        {
            var passed = link.Args.ToList();
            link.Target = body.Target;
            link.Args.Clear();
            link.Args.AddRange(body.Args.Select(arg => passed[start.InputArgs.IndexOf((Variable)arg)]));
        }
        start.Operations.Add(new SpaceOperation("stack_check", [], VoidResult(), graph.Location));
    }
}
