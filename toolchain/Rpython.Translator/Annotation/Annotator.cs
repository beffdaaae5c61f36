using Rpython.Translator.Diagnostics;
using Rpython.Translator.Flow;

namespace Rpython.Translator.Annotation;

/// <summary>Where an operation is: the read location the shared definitions reflow.</summary>
internal sealed record Position(FunctionGraph Graph, Block Block, int Index);

/// <summary>
/// Whole-program type inference to a fixpoint (RPython's annotator, rpython/annotator/annrpython.py).
/// Starting from the entry point with its argument annotations, every reached block is flowed:
/// each operation's result is computed from its arguments' annotations (Annotator.Operations.cs),
/// calls reach the callee's graph (built on demand) and bring its return annotation back, and
/// values travelling along links are unioned into the target block's input annotations. A block is
/// flowed again whenever an input or something it read (a list item, an attribute, a return value)
/// grows; annotations only grow, so this ends. An operation on a not-yet-known value blocks its block
/// until that value is known. Type errors are diagnostics at the operation's source position.
/// </summary>
internal sealed partial class Annotator : IReflowScheduler
{
    private readonly DiagnosticBag _diagnostics;
    private readonly ImportTimeEvaluator _evaluator;
    private readonly Dictionary<Variable, SomeValue> _bindings = [];
    private readonly Dictionary<Variable, SourceLocation> _origins = [];
    private readonly Dictionary<Block, FunctionGraph> _graphOf = [];
    private readonly HashSet<Block> _annotated = [];
    private readonly List<Block> _pending = [];
    private readonly HashSet<Block> _pendingSet = [];
    private readonly Dictionary<Block, (SourceLocation At, string Message)> _blocked = [];
    private readonly Dictionary<(FunctionDesc, string), FunctionGraph> _graphs = [];
    private readonly List<FunctionGraph> _graphList = [];
    private readonly Dictionary<FunctionGraph, FunctionDesc> _descOfGraph = [];
    private readonly Dictionary<FunctionGraph, ReadLocations> _returnReaders = [];
    private readonly HashSet<FunctionGraph> _failedGraphs = [];
    private readonly Dictionary<SpaceOperation, List<FunctionGraph>> _callees = [];

    /// <summary>The error of an operation, as of the last time it was flowed: an operation may fail on
    /// what is known early and succeed once more is known, so errors are reported at the fixpoint.</summary>
    private readonly Dictionary<Position, (SourceLocation At, string Message)> _operationErrors = [];

    public Annotator(ImportTimeEvaluator evaluator, DiagnosticBag diagnostics)
    {
        _evaluator = evaluator;
        _diagnostics = diagnostics;
        Bookkeeper = new Bookkeeper(this, evaluator.Builtins);
    }

    public Bookkeeper Bookkeeper { get; }

    /// <summary>Every graph reached, in the order it was first reached.</summary>
    public IReadOnlyList<FunctionGraph> Graphs => _graphList;

    public SomeValue Binding(FlowValue value) => value switch
    {
        Variable v => _bindings.GetValueOrDefault(v, SomeImpossibleValue.Instance),
        Constant c => ConstantAnnotation(c),
        _ => SomeImpossibleValue.Instance,
    };

    private SomeValue ConstantAnnotation(Constant c) =>
        c.Value is PyClass cls && cls.ModuleName == "builtins" && !ImportTimeEvaluator.BuiltinTypes.Contains(cls.Name)
            ? new SomePbc([Bookkeeper.ClassDescOf(cls)])
            : Bookkeeper.Immutable(c.Value);

    /// <summary>Annotates the program from <paramref name="entry"/> called with these arguments.</summary>
    public FunctionGraph? AnnotateEntryPoint(PyFunction entry, IReadOnlyList<SomeValue> args)
    {
        var graph = GraphFor(Bookkeeper.FunctionDescOf(entry), "");
        if (graph is null)
            return null;
        MergeIntoBlock(graph.StartBlock, args, graph.Location);
        Complete();
        return graph;
    }

    private void Complete()
    {
        while (_pending.Count > 0)
        {
            var block = _pending[0];
            _pending.RemoveAt(0);
            _pendingSet.Remove(block);
            FlowBlock(block);
        }
        foreach (var (at, message) in _operationErrors.Values)
            Report(at, message);
        // A block that waits for a value is usually the consequence of an error reported already.
        if (_diagnostics.Count > 0)
            return;
        foreach (var (block, (at, message)) in _blocked)
        {
            if (_graphOf.TryGetValue(block, out var graph) && !_failedGraphs.Contains(graph))
                Report(at, message);
        }
    }

    public void Reflow(object readLocation)
    {
        if (readLocation is Position p)
            Schedule(p.Block);
        else if (readLocation is Block b)
            Schedule(b);
    }

    private void Schedule(Block block)
    {
        if (_annotated.Contains(block) && _pendingSet.Add(block))
            _pending.Add(block);
    }

    /// <summary>Unions values arriving over a link (or a call) into a block's input annotations; the
    /// block is flowed (again) when they grew.</summary>
    /// <returns>whether the block's input annotations grew.</returns>
    private bool MergeIntoBlock(Block block, IReadOnlyList<SomeValue> cells, SourceLocation? at)
    {
        // Every union first: a failing one leaves the block as it was.
        bool first = _annotated.Add(block);
        bool changed = first;
        var unions = new SomeValue[block.InputArgs.Count];
        for (int i = 0; i < unions.Length; i++)
        {
            var old = Binding(block.InputArgs[i]);
            // A failed union of two lists (or dicts) has already linked them: describe them before.
            bool containers = (old, cells[i]) switch
            {
                (SomeList a, SomeList b) => !a.ListDef.SameAs(b.ListDef),
                (SomeDict a, SomeDict b) => !a.DictDef.SameAs(b.DictDef),
                _ => false,
            };
            var described = containers ? (AnnotationFormatter.Format(old), AnnotationFormatter.Format(cells[i])) : default;
            try
            {
                unions[i] = Lattice.Union(old, cells[i]);
            }
            catch (UnionError e)
            {
                if (first)
                    _annotated.Remove(block);
                var (was, incoming) = containers ? described : (AnnotationFormatter.Format(old), AnnotationFormatter.Format(cells[i]));
                throw new AnnotatorError(UnionMessage(e, block.InputArgs[i], was, incoming, at));
            }
        }
        for (int i = 0; i < block.InputArgs.Count; i++)
        {
            var v = block.InputArgs[i];
            var old = Binding(v);
            var merged = unions[i];
            if (!merged.Equals(old) || first)
            {
                _bindings[v] = merged;
                changed = true;
            }
            // Where the first value came in: the other side of a later union error.
            if (at is { } location)
                _origins.TryAdd(v, location);
        }
        if (changed && _pendingSet.Add(block))
            _pending.Add(block);
        return changed;
    }

    /// <summary>A union error where two paths join: says what each side is and where it came from.</summary>
    private string UnionMessage(UnionError e, Variable target, string was, string incoming, SourceLocation? at)
    {
        string what = target.Prefix switch
        {
            "v" or "t" => "a value",
            "result" => "the result",
            _ => $"variable '{target.Prefix}'",
        };
        string Where(SourceLocation? l) => l is { } loc ? $" (line {loc.Line})" : "";
        var left = _origins.TryGetValue(target, out var origin) ? origin : (SourceLocation?)null;
        return $"{e.Message}: {what} is {was}{Where(left)} on one path and {incoming}{Where(at)} on another";
    }

    private void FlowBlock(Block block)
    {
        var graph = _graphOf[block];
        _blocked.Remove(block);
        for (int i = 0; i < block.Operations.Count; i++)
        {
            var op = block.Operations[i];
            var position = new Position(graph, block, i);
            SomeValue result;
            try
            {
                result = ConsiderOperation(op, position);
                _operationErrors.Remove(position);
            }
            catch (AnnotatorError e)
            {
                _operationErrors[position] = (op.Location ?? graph.Location!.Value, e.Message);
                return;
            }
            if (result is SomeImpossibleValue)
            {
                // Not known yet (an argument or a callee's result): flowed again when it is.
                _blocked[block] = (op.Location ?? graph.Location!.Value, BlockedReason(op));
                return;
            }
            var old = Binding(op.Result);
            try
            {
                _bindings[op.Result] = old is SomeImpossibleValue ? result : Lattice.Union(old, result);
            }
            catch (UnionError e)
            {
                _operationErrors[position] = (op.Location ?? graph.Location!.Value, $"{e.Message}: this {op.OpName} gives {AnnotationFormatter.Format(result)} now and gave {AnnotationFormatter.Format(old)} before");
                return;
            }
        }
        FollowExits(graph, block);
    }

    private string BlockedReason(SpaceOperation op)
    {
        if (op.OpName == "getattr" && Binding(op.Args[0]) is SomeInstance instance && op.Args[1] is Constant { Value: string name })
            return $"instances of {instance.ClassDef.Name} have no method or attribute '{name}' (no class defines it and no reached code assigns it)";
        var unknown = op.Args.OfType<Variable>().FirstOrDefault(a => Binding(a) is SomeImpossibleValue);
        return unknown is null
            ? $"this {op.OpName} never gets a value: what it calls never returns (it always raises or loops forever)"
            : $"this {op.OpName} is never reached with a value for {(unknown.Prefix is "v" or "t" ? "its argument" : "'" + unknown.Prefix + "'")}";
    }

    private void Report(SourceLocation at, string message) => _diagnostics.Add(at.Source, at.Span.Start, message);

    private void FollowExits(FunctionGraph graph, Block block)
    {
        var exits = block.Exits;
        if (block.ExitSwitch is { } exitSwitch && !block.CatchesExceptions)
        {
            var condition = Binding(exitSwitch);
            if (condition.IsConstant && condition.Const is bool truth)
                exits = [.. exits.Where(l => Equals(l.ExitCase, truth))];
        }
        foreach (var link in exits)
        {
            var cells = new List<SomeValue>();
            foreach (var arg in link.Args)
            {
                if (arg == link.LastException)
                    cells.Add(ExceptionTypeAnnotation(link));
                else if (arg == link.LastExceptionValue)
                    cells.Add(ExceptionValueAnnotation(link));
                else
                    cells.Add(Narrowed(block, link, arg));
            }
            bool grew;
            var at = link.Location ?? block.Operations.LastOrDefault()?.Location ?? graph.Location!.Value;
            try
            {
                _graphOf.TryAdd(link.Target!, graph);
                grew = MergeIntoBlock(link.Target!, cells, at);
            }
            catch (AnnotatorError e)
            {
                // One such error per function: the ones after it are usually its consequences.
                if (_failedGraphs.Add(graph))
                    Report(at, e.Message);
                continue;
            }
            // Callers read the return annotation: they reflow when it grows.
            if (grew && link.Target == graph.ReturnBlock && _returnReaders.TryGetValue(graph, out var readers))
                readers.ReflowAll(this);
        }
    }

    private SomeValue ExceptionTypeAnnotation(Link link) =>
        new SomePbc([Bookkeeper.ClassDescOf(link.ExitCase as PyClass ?? Bookkeeper.BuiltinClass("Exception"))]);

    private SomeValue ExceptionValueAnnotation(Link link) =>
        new SomeInstance(Bookkeeper.ClassDefOf(link.ExitCase as PyClass ?? Bookkeeper.BuiltinClass("Exception")));

    /// <summary>The graph of a function for one specialisation key, built and checked on first use.</summary>
    /// <param name="displayKey">what the graph's name shows of the key, if not the key itself.</param>
    private FunctionGraph? GraphFor(FunctionDesc desc, string key, string? displayKey = null)
    {
        if (_graphs.TryGetValue((desc, key), out var graph))
            return graph;
        try
        {
            graph = FlowBuilder.Build(desc.Function, _evaluator.SourceOf(desc.Function.Module), _evaluator.Builtins);
            Simplify.Run(graph);
            GraphChecker.Check(graph);
        }
        catch (FlowError e)
        {
            Report(e.Location, e.Message);
            return null;
        }
        if (key.Length > 0)
            graph.Name += "__" + (displayKey ?? key);
        _graphs[(desc, key)] = graph;
        _graphList.Add(graph);
        _descOfGraph[graph] = desc;
        foreach (var block in graph.Blocks())
            _graphOf[block] = graph;
        _graphOf[graph.ReturnBlock] = graph;
        _graphOf[graph.ExceptBlock] = graph;
        return graph;
    }

    public SourceText SourceOf(PyModule module) => _evaluator.SourceOf(module);

    /// <summary>The graph's description, for signatures.</summary>
    public FunctionDesc DescOf(FunctionGraph graph) => _descOfGraph[graph];

    /// <summary>The function a graph was built from; none for the low-level helpers the RTyper adds.</summary>
    public FunctionDesc? SourceDescOf(FunctionGraph graph) => _descOfGraph.GetValueOrDefault(graph);

    /// <summary>Calls a graph: its arguments flow into its start block; the result is its return
    /// annotation so far (impossible until it returns), and the caller reflows when that grows.</summary>
    private SomeValue CallGraph(FunctionGraph graph, IReadOnlyList<SomeValue> args, Position caller)
    {
        MergeIntoBlock(graph.StartBlock, args, caller.Block.Operations[caller.Index].Location);
        if (!_returnReaders.TryGetValue(graph, out var readers))
            _returnReaders[graph] = readers = new ReadLocations();
        readers.Add(caller);
        var op = caller.Block.Operations[caller.Index];
        if (!_callees.TryGetValue(op, out var callees))
            _callees[op] = callees = [];
        if (!callees.Contains(graph))
            callees.Add(graph);
        return Binding(graph.ReturnBlock.InputArgs[0]);
    }

    /// <summary>The graphs a call operation reaches (one, or one per function of a set of functions).</summary>
    /// <summary>Adds a graph the RTyper built already lowered (no annotation): it is translated with the others.</summary>
    public void AddLowLevelGraph(FunctionGraph graph) => _graphList.Add(graph);

    /// <summary>Gives a variable made after annotation its annotation (the RTyper's normalisation of
    /// call families makes new start blocks).</summary>
    public void SetBinding(Variable variable, SomeValue annotation) => _bindings[variable] = annotation;

    public IReadOnlyList<FunctionGraph> CalleesOf(SpaceOperation call) => _callees.TryGetValue(call, out var graphs) ? graphs : [];

    /// <summary>What a function returns, as annotated (for signatures).</summary>
    public SomeValue ReturnAnnotation(FunctionGraph graph) => Binding(graph.ReturnBlock.InputArgs[0]);
}
