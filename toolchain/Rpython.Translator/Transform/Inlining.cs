using Rpython.Translator.Flow;
using static Rpython.Translator.Transform.GraphEdits;

namespace Rpython.Translator.Transform;

// Inlining (RPython's backendopt/inline.py, auto_inlining): small graphs are copied into their
// callers, which saves the call and, more importantly, lets constant folding and malloc removal
// see through it (a tuple or an instance a small function returns never needs the heap).
//
// When: in the backend optimisations, after the exception transform (RPython inlines before it).
// The exception transform made every exception path explicit, and that makes splicing simple:
// there is no exception edge to re-wire, no catching block around a call to keep (RPython's
// inliner refuses or re-matches those), only the callee's return to connect to the code after the
// call. A callee that raises returns its error value with exc_type set, and the caller's check,
// still after the spliced body, propagates or handles the exception as it did after the call;
// constant folding then sends the callee's normal returns past that check (ExceptionStates knows
// exc_type is null on them), so the check stays only on the paths that raise, and sends a raise
// that meets one of the caller's handlers straight to it, without going through exc_data.
// What:
// - The weight of a graph is the static size of what runs when it raises nothing: one per
//   operation (a call more, with its arguments), one per switch, outside the blocks that only lead
//   to raising (ExceptionStates.RaisingBlocks: an ll helper's `raise IndexError` is code, not time;
//   the size limits count it), three times for the blocks of a loop. Free are the operations that
//   vanish in C# or by folding (same_as, cast_pointer, keepalive, debug_assert, the reads and
//   writes of exc_data: a check is part of the operation it follows). RPython adds to the static
//   size a median execution cost estimated from the branches (which is what makes loops heavy);
//   this measure approximates the sum, with RPython's threshold.
// - Candidates are inlined lightest first, each into all of its callers (auto_inlining's heap);
//   a caller that changed is folded at once (ConstantFolding: the spliced checks and the values
//   passed through the copy shrink before the caller is weighed or grown again), then weighed
//   again and may be inlined in turn. Never inlined: a graph into itself, a graph that calls
//   itself, a graph with a jit_marker (the JIT's portal stays a function of its own), a graph
//   marked @dont_inline; @always_inline weighs nothing.
// - A call site is inlined only while the caller stays within the size limits (GraphSize:
//   RyuJIT's limits, DESIGN decision 11), both weighed as they will be once RaiseOutlining moved
//   their raising paths out.
// - Splicing (inline_once): the caller's block is split after the call; the callee's blocks are
//   copied with fresh variables, each also receiving the caller's values that are live after the
//   call (RPython's passon variables: a variable belongs to one block); the call becomes a link to
//   the copied start block, and each return a link to the block after the call.
// Invariants: the graphs keep GraphChecker's and the exception transform's invariants; a callee's
// graph is never modified (it may be called from elsewhere).

/// <summary>Auto-inlining of small graphs into their callers (see the file header).</summary>
internal sealed class Inlining
{
    /// <summary>The default threshold: graphs weighing less are inlined (RPython's inline_threshold is 32.4).</summary>
    public const double DefaultThreshold = 32;

    private readonly BackendOptimizationOptions _options;
    private readonly ConstantFolding _folding;
    private readonly Dictionary<FunctionGraph, int> _order = [];
    private readonly Dictionary<FunctionGraph, List<FunctionGraph>> _callers = [];

    private Inlining(IReadOnlyList<FunctionGraph> graphs, ConstantFolding folding, BackendOptimizationOptions options)
    {
        _options = options;
        _folding = folding;
        for (int i = 0; i < graphs.Count; i++)
            _order[graphs[i]] = i;
        foreach (var graph in graphs)
            _callers[graph] = [];
        foreach (var graph in graphs)
        {
            foreach (var callee in CallGraph.DirectCallees(graph))
                _callers[callee].Add(graph);
        }
    }

    /// <summary>Inlines the graphs of <paramref name="graphs"/> (a whole program, exception-transformed)
    /// that weigh less than the threshold of <paramref name="options"/>, within its size limits,
    /// folding each caller that changed with <paramref name="folding"/>; returns how many call sites
    /// were inlined.</summary>
    public static int Run(IReadOnlyList<FunctionGraph> graphs, ConstantFolding folding, BackendOptimizationOptions options) =>
        new Inlining(graphs, folding, options).InlineLightestFirst();

    /// <summary>auto_inlining: a heap of the graphs by weight; a graph's entry is stale once the
    /// graph changed (its version moved on), and the graph is then weighed again.</summary>
    private int InlineLightestFirst()
    {
        var version = _callers.Keys.ToDictionary(g => g, _ => 0);
        var heap = new PriorityQueue<(FunctionGraph Graph, int Version, bool Weighed), (double Weight, int Order)>();
        foreach (var graph in _callers.Keys.Where(g => _callers[g].Count > 0).OrderBy(g => _order[g]))
            heap.Enqueue((graph, 0, false), (0, _order[graph]));
        var done = new HashSet<FunctionGraph>();
        int callSites = 0;
        while (heap.TryDequeue(out var entry, out var priority))
        {
            var graph = entry.Graph;
            if (entry.Version != version[graph] || done.Contains(graph))
                continue;
            if (!entry.Weighed)
            {
                heap.Enqueue((graph, entry.Version, true), (Weight(graph), _order[graph]));
                continue;
            }
            if (priority.Weight >= _options.InlineThreshold)
                break;
            done.Add(graph);
            foreach (var caller in _callers[graph].ToList())
            {
                if (caller == graph)
                    continue;
                int inlined = InlineCallsOf(graph, caller);
                if (inlined == 0)
                    continue;
                callSites += inlined;
                _folding.Run(caller);
                version[caller]++;
                if (!done.Contains(caller) && _callers[caller].Count > 0)
                    heap.Enqueue((caller, version[caller], false), (0, _order[caller]));
            }
        }
        return callSites;
    }

    /// <summary>The weight of a graph that may be inlined (see the file header); infinite for one
    /// that may not.</summary>
    private double Weight(FunctionGraph graph)
    {
        var operations = graph.Blocks().SelectMany(b => b.Operations).ToList();
        if (_options.NeverInline.Contains(graph) || operations.Any(op => op.OpName == "jit_marker" || IsCallOf(op, graph)))
            return double.PositiveInfinity;
        if (_options.AlwaysInline.Contains(graph))
            return 0;
        var raising = _folding.States.RaisingBlocks(graph);
        return graph.Blocks().Where(b => !raising.Contains(b))
            .Sum(b => (IsInLoop(b) ? LoopFactor : 1) * ((b.ExitSwitch is null ? 0 : 1) + b.Operations.Sum(OperationWeight)));
    }

    /// <summary>How much more a block of a loop weighs: it runs several times per call (RPython's
    /// median execution cost gives a loop's body 0.7 chances in 1 to run again, about three times).</summary>
    private const double LoopFactor = 3;

    /// <summary>Whether <paramref name="block"/> can reach itself (graphs weighed are small).</summary>
    private static bool IsInLoop(Block block)
    {
        var seen = new HashSet<Block>();
        var pending = new Stack<Block>(block.Exits.Select(l => l.Target!));
        while (pending.TryPop(out var next))
        {
            if (next == block)
                return true;
            if (seen.Add(next))
            {
                foreach (var link in next.Exits)
                    pending.Push(link.Target!);
            }
        }
        return false;
    }

    private double OperationWeight(SpaceOperation op) => op.OpName switch
    {
        "same_as" or "cast_pointer" or "keepalive" or "debug_assert" => 0,
        "getfield" or "setfield" when _folding.States.IsExcData(op.Args[0]) => 0,
        "direct_call" or "indirect_call" => 2.5 + (op.Args.Length / 2.0),
        "malloc" or "malloc_varsize" => 2,
        _ => 1,
    };

    /// <summary>Inlines every call of <paramref name="callee"/> in <paramref name="caller"/> that the
    /// size limits allow; returns how many.</summary>
    private int InlineCallsOf(FunctionGraph callee, FunctionGraph caller)
    {
        var calleeSize = GraphSize.Of(callee, _folding.States);
        var callerSize = GraphSize.Of(caller, _folding.States);
        int inlined = 0;
        bool someLeft = false;
        while (FirstCallOf(callee, caller) is var (block, index))
        {
            // The callee's copy carries the caller's live values through each of its blocks, but
            // those copies share locals in the emitted method: they cost nothing there.
            var grown = callerSize + calleeSize + new GraphSize(Blocks: 1, LocalReferences: 0);
            if (!grown.IsWithin(_options.Limits))
            {
                someLeft = true;
                break;
            }
            InlineCall(block, index, callee);
            callerSize = grown;
            inlined++;
        }
        if (inlined > 0)
        {
            foreach (var next in CallGraph.DirectCallees(callee))
            {
                if (!_callers[next].Contains(caller))
                    _callers[next].Add(caller);
            }
        }
        if (!someLeft)
            _callers[callee].Remove(caller);
        return inlined;
    }

    /// <summary>The call nearest the caller's start (breadth first): when the size limits stop
    /// inlining, the calls left are the farthest, such as those of the last tests of an
    /// interpreter's if/elif chain of opcodes, which its author put in order of frequency.</summary>
    private static (Block Block, int Index)? FirstCallOf(FunctionGraph callee, FunctionGraph caller)
    {
        var seen = new HashSet<Block> { caller.StartBlock };
        var queue = new Queue<Block>();
        queue.Enqueue(caller.StartBlock);
        while (queue.TryDequeue(out var block))
        {
            int index = block.Operations.FindIndex(op => IsCallOf(op, callee));
            if (index >= 0)
                return (block, index);
            foreach (var link in block.Exits)
            {
                if (link.Target is { } target && seen.Add(target))
                    queue.Enqueue(target);
            }
        }
        return null;
    }

    private static bool IsCallOf(SpaceOperation op, FunctionGraph callee) =>
        op.OpName == "direct_call" && op.Args[0] is Constant { Value: FunctionGraph called } && called == callee;

    /// <summary>Replaces the call at <paramref name="index"/> of <paramref name="block"/> by a copy of
    /// <paramref name="callee"/>'s body (see the file header).</summary>
    private static void InlineCall(Block block, int index, FunctionGraph callee)
    {
        var call = block.Operations[index];
        if (call.Args.Length - 1 != callee.StartBlock.InputArgs.Count)
            throw new InvalidOperationException($"a call of {callee} passes {call.Args.Length - 1} arguments for {callee.StartBlock.InputArgs.Count} parameters");
        var onward = SplitAfter(block, index).Link;
        block.Operations.RemoveAt(index);
        // What the code after the call needs: the call's result, and the values the copy passes on.
        var passon = onward.Args.Where(a => a != call.Result).Cast<Variable>().ToList();
        var after = onward.Target!;
        var afterArgs = onward.Args.ToList();
        var body = callee.Blocks().Where(b => b != callee.ReturnBlock && b != callee.ExceptBlock).ToList();
        var copier = new BlockCopier(body, callee.ReturnBlock, passon, (returned, passed) =>
            [.. afterArgs.Select(a => a == call.Result ? returned : passed[passon.IndexOf((Variable)a)])], after);
        onward.Target = copier.CopyOf(callee.StartBlock);
        onward.Args.Clear();
        onward.Args.AddRange(call.Args.Skip(1));
        onward.Args.AddRange(passon);
    }
}
