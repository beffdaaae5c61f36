using Rpython.Translator.Flow;
using Rpython.Translator.RTyping;

namespace Rpython.Translator.Transform;

// What is known of exc_data.exc_type in the graphs after the exception transform, for the passes
// that run after it: constant folding folds the transform's checks where the exception state is
// known to be clear, which is what makes inlining and malloc removal cheap on exceptions.
//
// Facts the analysis relies on (the invariants of ExceptionTransform.cs):
// - a graph is entered with no exception in flight (exc_type null);
// - exc_type changes only by an operation that can raise (an operation whose table entry says so,
//   a call of a graph that can raise), or by a setfield of exc_data.exc_type: a raise, a handler
//   clearing it (null) or storing back an exception it does not catch;
// - the check after a raising operation is `t = getfield(exc_data, 'exc_type'); r = ptr_nonzero(t);
//   switch r`: its False exit knows exc_type is null again, its True exit that it is not.
// "Can raise" for a graph is recomputed on the transformed graphs: a graph can raise if it stores a
// non-null exc_type or holds an operation that can raise (to a fixpoint over calls). Inlining and
// folding only remove such operations, so the set stays a sound over-approximation while they run.
//
// The per-graph analysis is a forward analysis over Clear (null), Raised (not null) and Unknown,
// from the start block (Clear); a block's entry is what every link into it agrees on. Raised comes
// from the True exit of a check, or from storing a class that cannot be null (a vtable constant,
// or an instance's typeptr: the RTyper sets it as soon as it allocates the instance).

/// <summary>The exception-state analysis of a program's transformed graphs (see the file header).</summary>
internal sealed class ExceptionStates
{
    private readonly HashSet<FunctionGraph> _canRaise = [];

    private ExceptionStates(ExceptionData data) => Data = data;

    public ExceptionData Data { get; }

    /// <summary>Analyses the transformed graphs of a whole program (every callee among them).</summary>
    public static ExceptionStates Of(IReadOnlyList<FunctionGraph> graphs, ExceptionData data)
    {
        var states = new ExceptionStates(data);
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var graph in graphs)
            {
                if (!states._canRaise.Contains(graph)
                    && graph.Blocks().Any(b => b.Operations.Any(op => states.CanRaise(op) || states.StoresException(op))))
                    changed |= states._canRaise.Add(graph);
            }
        }
        return states;
    }

    /// <summary><c>getfield(exc_data, 'exc_type')</c>: the read of every check.</summary>
    public bool IsTypeRead(SpaceOperation op) =>
        op.OpName == "getfield" && IsExcData(op.Args[0]) && op.Args[1] is Constant { Value: "exc_type" };

    /// <summary>Whether the operation may leave an exception in flight (it stores into exc_data).</summary>
    private bool CanRaise(SpaceOperation op) => op.OpName switch
    {
        "direct_call" => op.Args[0] is not Constant { Value: FunctionGraph callee } || _canRaise.Contains(callee),
        "indirect_call" => op.Args[^1] is not Constant { Value: IReadOnlyList<FunctionGraph> callees } || callees.Any(_canRaise.Contains),
        _ => !LowLevelOperations.TryGet(op.OpName, out var entry) || !entry.CanRaise.IsEmpty,
    };

    /// <summary>What is known of exc_type after <paramref name="op"/> of <paramref name="block"/>, given
    /// what was known before.</summary>
    public ExceptionState After(SpaceOperation op, ExceptionState before, Block block)
    {
        if (IsTypeWrite(op))
            return op.Args[2] is Constant { Value: null } ? ExceptionState.Clear : IsClass(op.Args[2], block) ? ExceptionState.Raised : ExceptionState.Unknown;
        return CanRaise(op) ? ExceptionState.Unknown : before;
    }

    /// <summary><c>setfield(exc_data, 'exc_type', t)</c>: a raise, or a handler clearing or storing back.</summary>
    private bool IsTypeWrite(SpaceOperation op) =>
        op.OpName == "setfield" && IsExcData(op.Args[0]) && op.Args[1] is Constant { Value: "exc_type" };

    private bool StoresException(SpaceOperation op) => IsTypeWrite(op) && op.Args[2] is not Constant { Value: null };

    /// <summary>A value that is certainly a class: a vtable constant, or the class of an instance
    /// read in the block (the RTyper sets an instance's typeptr as soon as it is allocated).</summary>
    private static bool IsClass(FlowValue value, Block block) =>
        value is Constant { Value: not null }
        || value is Variable v && block.Operations.Any(op => op.Result == v && op.OpName == "getfield" && op.Args[1] is Constant { Value: "typeptr" });

    /// <summary>Whether the block is only a check: it reads exc_type, tests it and switches, and its
    /// exits do not use what it computed (so a link that knows the answer can skip it).</summary>
    public bool IsCheckOnly(Block block) =>
        block.Operations is [var read, var test] && IsTypeRead(read) && test.OpName == "ptr_nonzero" && test.Args[0] == read.Result
        && block.ExitSwitch == test.Result && block.Exits.All(l => !l.Args.Contains(read.Result) && !l.Args.Contains(test.Result));

    /// <summary>Whether the block starts with a handler's fetch: it reads exc_type and exc_value, then
    /// clears them (ExceptionTransform's Match).</summary>
    public bool StartsWithFetch(Block block) =>
        block.Operations is [var type, var value, var clearType, var clearValue, ..]
        && IsTypeRead(type) && IsValueAccess(value, "getfield")
        && IsTypeWrite(clearType) && clearType.Args[2] is Constant { Value: null }
        && IsValueAccess(clearValue, "setfield") && clearValue.Args[2] is Constant { Value: null };

    /// <summary>The writes of a raise at the end of <paramref name="block"/>: its last operations that
    /// touch exc_data store exc_type and exc_value, and nothing after them can raise; null if not.</summary>
    public (int Type, int Value)? RaiseAtEnd(Block block)
    {
        int type = block.Operations.FindLastIndex(IsTypeWrite), value = block.Operations.FindLastIndex(op => IsValueAccess(op, "setfield"));
        if (type < 0 || value < 0 || block.Operations[type].Args[2] is Constant { Value: null })
            return null;
        for (int i = Math.Min(type, value) + 1; i < block.Operations.Count; i++)
        {
            var op = block.Operations[i];
            if (i != type && i != value && (CanRaise(op) || op.Args.Any(IsExcData)))
                return null;
        }
        return (type, value);
    }

    private bool IsValueAccess(SpaceOperation op, string opName) =>
        op.OpName == opName && IsExcData(op.Args[0]) && op.Args[1] is Constant { Value: "exc_value" };

    /// <summary>What is known of exc_type in <paramref name="graph"/>: on entry of each block and along
    /// each link (of the graph as it was analysed).</summary>
    public Knowledge Analyse(FunctionGraph graph)
    {
        var entry = new Dictionary<Block, ExceptionState> { [graph.StartBlock] = ExceptionState.Clear };
        var links = new Dictionary<Link, ExceptionState>();
        var pending = new Queue<Block>([graph.StartBlock]);
        var queued = new HashSet<Block> { graph.StartBlock };
        while (pending.Count > 0)
        {
            var block = pending.Dequeue();
            queued.Remove(block);
            foreach (var (link, state) in ExitStates(block, entry[block]))
            {
                links[link] = state;
                var target = link.Target!;
                var joined = entry.TryGetValue(target, out var known) ? (known == state ? known : ExceptionState.Unknown) : state;
                if (entry.TryGetValue(target, out known) && known == joined)
                    continue;
                entry[target] = joined;
                if (queued.Add(target))
                    pending.Enqueue(target);
            }
        }
        return new Knowledge(entry, links);
    }

    /// <summary>The blocks of <paramref name="graph"/> from which every path returns with an exception
    /// in flight: the code of raising, which runs rarely.</summary>
    public IReadOnlySet<Block> RaisingBlocks(FunctionGraph graph)
    {
        var knowledge = Analyse(graph);
        var blocks = graph.Blocks().Where(b => b.Exits.Count > 0).ToList();
        var raising = new HashSet<Block>();
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var block in blocks)
            {
                if (!raising.Contains(block) && block.Exits.All(l =>
                    l.Target == graph.ReturnBlock ? knowledge.Along(l) == ExceptionState.Raised : raising.Contains(l.Target!)))
                    changed |= raising.Add(block);
            }
        }
        return raising;
    }

    /// <summary>The state along each exit of <paramref name="block"/>: the state after its operations,
    /// except that the exits of a check know whether an exception is in flight.</summary>
    private IEnumerable<(Link Link, ExceptionState State)> ExitStates(Block block, ExceptionState onEntry)
    {
        var state = onEntry;
        Variable? readSince = null; // the result of a read of exc_type that nothing changed since
        Variable? raised = null;    // ptr_nonzero of that read
        foreach (var op in block.Operations)
        {
            if (IsTypeRead(op))
                readSince = op.Result;
            else if (op.OpName == "ptr_nonzero" && readSince is not null && op.Args[0] == readSince)
                raised = op.Result;
            else if (IsTypeWrite(op) || CanRaise(op))
                (readSince, raised) = (null, null);
            state = After(op, state, block);
        }
        bool isCheck = raised is not null && block.ExitSwitch == raised;
        foreach (var link in block.Exits)
            yield return (link, !isCheck ? state : link.ExitCase is true ? ExceptionState.Raised : ExceptionState.Clear);
    }

    /// <summary>The constant exc_data.</summary>
    public bool IsExcData(FlowValue value) => value is Constant { Value: var state } && ReferenceEquals(state, Data.State);

    /// <summary>The result of <see cref="Analyse"/>: what is known of exc_type on entry of a block and
    /// along a link (Unknown for what was not analysed).</summary>
    public sealed class Knowledge(Dictionary<Block, ExceptionState> entry, Dictionary<Link, ExceptionState> links)
    {
        public ExceptionState OnEntry(Block block) => entry.GetValueOrDefault(block, ExceptionState.Unknown);

        public ExceptionState Along(Link link) => links.GetValueOrDefault(link, ExceptionState.Unknown);
    }
}

/// <summary>What is known of exc_data.exc_type at a point of a transformed graph.</summary>
internal enum ExceptionState
{
    /// <summary>Not known.</summary>
    Unknown,

    /// <summary>Null: no exception in flight.</summary>
    Clear,

    /// <summary>Not null: an exception in flight.</summary>
    Raised,
}
