using Rpython.Translator.Flow;
using Rpython.Translator.RTyping;
using static Rpython.Translator.Transform.GraphEdits;

namespace Rpython.Translator.Transform;

// The exception transform (RPython's translator/exceptiontransform.py; DESIGN decision 5): makes
// exceptions explicit, so that the backend emits no .NET exception on any path a program takes.
//
// When: after the RTyper and the stack checks (stack_check raises), before the backend
// optimisations, the GC transform and the backend, on every low-level graph at once.
// What:
// - A graph "can raise" if it links to its except block or holds an operation that can raise (an
//   operation whose table entry says so, or a call of a graph that can raise), to a fixpoint over
//   the call graph. A call of a graph that cannot raise gets no check.
// - Raising (a link to the except block) stores the class and the instance into the prebuilt
//   exc_data (ExceptionData) and returns the error value of the graph's result type (0, 0.0, false,
//   null; nothing for Void).
// - After an operation that can raise, the block is split: exc_data.exc_type is tested, and when an
//   exception is in flight the graph returns its error value (propagation).
// - A block that catches exceptions (its exit switch is last_exception) tests exc_type after its
//   guarded operation (the last one that can raise: what the RTyper lowered the guarded high-level
//   operation to), and on an exception fetches and clears exc_data, then tests the exits' classes in
//   order (two compares on the vtable's subclass range, as isinstance) and takes the first that
//   matches, passing the class and the instance where the link passed last_exception and
//   last_exc_value; when none matches, it stores them back and propagates.
// Invariants after the transform: no block catches exceptions, nothing links to an except block,
// and every operation that can raise is followed by its check (the backend relies on it: raising
// operations only store into exc_data). The check is always the same three steps at the end of the
// raising operation's block: etype = getfield(exc_data, 'exc_type'); raised = ptr_nonzero(etype);
// switch raised (ExceptionStates reads it back).

/// <summary>Rewrites low-level graphs so that exceptions are explicit (see the file header).</summary>
internal sealed class ExceptionTransform
{
    private readonly ExceptionData _data;
    private readonly HashSet<FunctionGraph> _canRaise = [];
    private readonly Constant _state;

    private ExceptionTransform(ExceptionData data)
    {
        _data = data;
        _state = RTyper.Typed(data.State, LowLevelTypes.Ptr(data.StateType));
    }

    /// <summary>Transforms every graph of <paramref name="graphs"/> (a whole program: every callee is among them).</summary>
    public static void Run(IReadOnlyList<FunctionGraph> graphs, ExceptionData data)
    {
        var transform = new ExceptionTransform(data);
        transform.FindGraphsThatCanRaise(graphs);
        foreach (var graph in graphs)
            transform.TransformGraph(graph);
    }

    /// <summary>Whether the (untransformed) graph can let an exception escape.</summary>
    public static IReadOnlySet<FunctionGraph> GraphsThatCanRaise(IReadOnlyList<FunctionGraph> graphs, ExceptionData data)
    {
        var transform = new ExceptionTransform(data);
        transform.FindGraphsThatCanRaise(graphs);
        return transform._canRaise;
    }

    private void FindGraphsThatCanRaise(IReadOnlyList<FunctionGraph> graphs)
    {
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var graph in graphs)
            {
                if (!_canRaise.Contains(graph) && graph.Blocks().Any(b => b.Exits.Any(l => l.Target == graph.ExceptBlock) || b.Operations.Any(CanRaise)))
                    changed |= _canRaise.Add(graph);
            }
        }
    }

    private bool CanRaise(SpaceOperation op) => op.OpName switch
    {
        "direct_call" => op.Args[0] is Constant { Value: FunctionGraph callee } && _canRaise.Contains(callee),
        "indirect_call" => op.Args[^1] is not Constant { Value: IReadOnlyList<FunctionGraph> callees } || callees.Any(_canRaise.Contains),
        _ => !LowLevelOperations.Get(op.OpName).CanRaise.IsEmpty,
    };

    private void TransformGraph(FunctionGraph graph)
    {
        foreach (var block in graph.Blocks().ToList())
        {
            if (block == graph.ReturnBlock || block == graph.ExceptBlock)
                continue;
            if (block.CatchesExceptions)
                TransformCatchingBlock(graph, block);
            else
                CheckAfterRaisingOperations(graph, block);
        }
        var raises = graph.Blocks().SelectMany(b => b.Exits).Where(l => l.Target == graph.ExceptBlock).ToList();
        if (raises.Count > 0)
        {
            var raise = RaiseBlock(graph);
            foreach (var link in raises)
                link.Target = raise;
        }
    }

    /// <summary>Splits the block after each operation that can raise, testing exc_type there.</summary>
    private void CheckAfterRaisingOperations(FunctionGraph graph, Block block)
    {
        for (int i = 0; i < block.Operations.Count; i++)
        {
            if (!CanRaise(block.Operations[i]))
                continue;
            var rest = SplitAfter(block, i);
            AddCheck(block, rest.Link, Propagate(graph, block));
            CheckAfterRaisingOperations(graph, rest.Block);
            return;
        }
    }

    private void TransformCatchingBlock(FunctionGraph graph, Block block)
    {
        int guarded = block.Operations.FindLastIndex(CanRaise);
        if (guarded < 0)
        {
            // Nothing it runs can raise: the handlers are dead.
            block.ExitSwitch = null;
            block.Exits.RemoveRange(1, block.Exits.Count - 1);
            CheckAfterRaisingOperations(graph, block);
            return;
        }
        // The operations before the guarded one are not protected by the handlers: they propagate.
        var guardedBlock = block;
        if (guarded > 0)
        {
            guardedBlock = SplitAfter(block, guarded - 1).Block;
            CheckAfterRaisingOperations(graph, block);
        }
        var handlers = guardedBlock.Exits.Skip(1).ToList();
        guardedBlock.ExitSwitch = null;
        guardedBlock.Exits.RemoveRange(1, guardedBlock.Exits.Count - 1);
        var rest = SplitAfter(guardedBlock, 0);
        AddCheck(guardedBlock, rest.Link, Match(graph, guardedBlock, handlers));
        CheckAfterRaisingOperations(graph, rest.Block);
    }

    /// <summary>Ends <paramref name="block"/> with the test of exc_type: no exception goes on along
    /// <paramref name="normal"/>, an exception takes <paramref name="exceptional"/>.</summary>
    private void AddCheck(Block block, Link normal, Link exceptional)
    {
        var onNoException = Jump(block, false, normal.Target!, [.. normal.Args]);
        var type = new Variable("etype") { ConcreteType = _data.TypePointer };
        var raised = new Variable("raised") { ConcreteType = LowLevelTypes.Bool };
        block.Operations.Add(new SpaceOperation("getfield", [_state, Void("exc_type")], type, null));
        block.Operations.Add(new SpaceOperation("ptr_nonzero", [type], raised, null));
        block.ExitSwitch = raised;
        block.Exits.Clear();
        block.Exits.Add(onNoException);
        block.Exits.Add(exceptional);
    }

    /// <summary>The True exit of a check that propagates: the graph returns its error value.</summary>
    private static Link Propagate(FunctionGraph graph, Block from) => Jump(from, true, graph.ReturnBlock, ErrorValue(graph));

    /// <summary>The True exit of the check of a catching block: fetch and clear exc_data, then try
    /// the handlers in order.</summary>
    private Link Match(FunctionGraph graph, Block from, List<Link> handlers)
    {
        var needed = handlers.SelectMany(l => l.Args).OfType<Variable>()
            .Where(v => handlers.All(l => v != l.LastException && v != l.LastExceptionValue)).Distinct().ToList();
        var (fetch, renamed) = FreshBlock(needed);
        var type = new Variable("etype") { ConcreteType = _data.TypePointer };
        var value = new Variable("evalue") { ConcreteType = _data.ValuePointer };
        fetch.Operations.Add(new SpaceOperation("getfield", [_state, Void("exc_type")], type, null));
        fetch.Operations.Add(new SpaceOperation("getfield", [_state, Void("exc_value")], value, null));
        fetch.Operations.Add(new SpaceOperation("setfield", [_state, Void("exc_type"), RTyper.Typed(null, _data.TypePointer)], VoidResult(), null));
        fetch.Operations.Add(new SpaceOperation("setfield", [_state, Void("exc_value"), RTyper.Typed(null, _data.ValuePointer)], VoidResult(), null));
        var carried = needed.Select(v => (FlowValue)renamed[v]).Append(type).Append(value).ToList();
        fetch.Exits.Add(Jump(fetch, null, TryHandler(graph, handlers, 0, needed), [.. carried]));
        return Jump(from, true, fetch, [.. needed]);
    }

    /// <summary>The block testing handler <paramref name="index"/>: its inputs are the variables the
    /// handlers need, then the exception's class and instance.</summary>
    private Block TryHandler(FunctionGraph graph, List<Link> handlers, int index, List<Variable> needed)
    {
        var (block, renamed) = FreshBlock(needed);
        var type = new Variable("etype") { ConcreteType = _data.TypePointer };
        var value = new Variable("evalue") { ConcreteType = _data.ValuePointer };
        block.InputArgs.Add(type);
        block.InputArgs.Add(value);
        if (index == handlers.Count)
        {
            // No handler matches: store the exception back and propagate it.
            block.Operations.Add(new SpaceOperation("setfield", [_state, Void("exc_type"), type], VoidResult(), null));
            block.Operations.Add(new SpaceOperation("setfield", [_state, Void("exc_value"), value], VoidResult(), null));
            block.Exits.Add(Jump(block, null, graph.ReturnBlock, ErrorValue(graph)));
            return block;
        }
        var handler = handlers[index];
        var caught = (ClassInfo)handler.LowLevelExitCase!;
        FlowValue Carry(FlowValue arg)
        {
            if (arg == handler.LastException)
                return type;
            if (arg == handler.LastExceptionValue)
                return Cast(block, value, handler.LastExceptionValue!.ConcreteType!);
            return arg is Variable v ? renamed[v] : arg;
        }
        var onMatch = Jump(block, true, handler.Target!, [.. handler.Args.Select(Carry)]);
        onMatch.Location = handler.Location;
        var id = new Variable("classid") { ConcreteType = LowLevelTypes.Signed };
        var matches = new Variable("matches") { ConcreteType = LowLevelTypes.Bool };
        block.Operations.Add(new SpaceOperation("getfield", [type, Void("subclassrange_min")], id, handler.Location));
        block.Operations.Add(new SpaceOperation("int_between",
            [RTyper.Typed((long)caught.Range.Min, LowLevelTypes.Signed), id, RTyper.Typed((long)caught.Range.Max, LowLevelTypes.Signed)], matches, handler.Location));
        var next = TryHandler(graph, handlers, index + 1, needed);
        var onMismatch = Jump(block, false, next, [.. needed.Select(v => (FlowValue)renamed[v]), type, value]);
        block.ExitSwitch = matches;
        block.Exits.Add(onMismatch);
        block.Exits.Add(onMatch);
        return block;
    }

    /// <summary>What a link to the except block becomes: store the class and instance, return the error value.</summary>
    private Block RaiseBlock(FunctionGraph graph)
    {
        var type = new Variable("etype") { ConcreteType = graph.ExceptBlock.InputArgs[0].ConcreteType };
        var value = new Variable("evalue") { ConcreteType = graph.ExceptBlock.InputArgs[1].ConcreteType };
        var block = new Block([type, value]);
        var root = Cast(block, value, _data.ValuePointer);
        block.Operations.Add(new SpaceOperation("setfield", [_state, Void("exc_type"), type], VoidResult(), null));
        block.Operations.Add(new SpaceOperation("setfield", [_state, Void("exc_value"), root], VoidResult(), null));
        block.Exits.Add(Jump(block, null, graph.ReturnBlock, ErrorValue(graph)));
        return block;
    }

    /// <summary><paramref name="value"/> as a <paramref name="type"/> pointer, cast in <paramref name="block"/> if it is not one.</summary>
    private static FlowValue Cast(Block block, Variable value, LowLevelType type)
    {
        if (value.ConcreteType == type)
            return value;
        var cast = new Variable(value.Prefix) { ConcreteType = type };
        block.Operations.Add(new SpaceOperation("cast_pointer", [value], cast, null));
        return cast;
    }

    /// <summary>The value a graph returns while an exception propagates: the zero of its result type.</summary>
    /// <summary>What a graph returns when an exception is in flight: the zero of its result type.</summary>
    public static Constant ErrorValue(FunctionGraph graph) => Zero(graph.ReturnBlock.InputArgs[0].ConcreteType!);
}
