using Rpython.Translator.Flow;
using Rpython.Translator.RTyping;
using static Rpython.Translator.Transform.GraphEdits;

namespace Rpython.Translator.Transform;

// Constant folding (RPython's backendopt/constfold.py, with the same_as and dead-operation clean-up
// of removenoops.py), on low-level graphs after the exception transform.
//
// When: in the backend optimisations (BackendOptimizations.cs): on every graph first, then on each
// caller inlining changed and after malloc removal, each of which exposes constants; on one graph
// at a time, to a fixpoint.
// What:
// - An operation whose table entry says CanFold, or TryFold (the _ovf and _zer arithmetic,
//   debug_assert) when it does not raise, on constant arguments is replaced by its result, computed
//   by the LLInterpreter (LLInterpreter.Fold): folding cannot disagree with running. A result that
//   is a pointer other than null is not made a constant (prebuilt objects are the backend's), and
//   two non-null pointer constants are not compared (their identity is the backend's too). A getfield
//   of a vtable constant folds (vtables never change), so does a getfield of an instance's typeptr
//   after the block stored a class into it (it never changes either: the class of an exception
//   just made, which a handler then tests). same_as, and cast_pointer to the same type, are
//   replaced by their argument.
// - exc_data.exc_type is known null where ExceptionStates says so: its read folds to null, so the
//   check after an operation that cannot raise any more (a folded _ovf, a removed malloc) vanishes;
//   a link along which an exception is known to be in flight skips a block that only checks.
// - A switch on a constant keeps only the exit taken.
// - Along a link: the operations at the start of its target that fold with what the link carries
//   (constants, a known exception state, the outcome of the test its exit decided: `index < 0`
//   tested again on the same value) are computed for that link only, which then jumps past them,
//   or, when the target's switch folds too, straight to the exit taken (RPython's
//   prepare_constant_fold_link). After inlining, this is what sends a callee's normal returns past
//   the caller's exception check, and a constant argument through the callee's tests.
// - A constant that every link into a block passes at the same position becomes a constant of the
//   block (constant_diffuse), two inputs that every link gives the same value become one
//   (remove_identical_vars), and a switch variable passed on along its exits becomes the exit's value.
// - A raise whose block goes straight to a handler (inlining makes them meet) skips the store into
//   exc_data and the handler's fetch and clear: the link carries the class and the instance, and
//   the handler's tests of the class fold when the class is known.
// - Operations without side effects whose result is unused are removed; then Flow's Simplify
//   removes empty blocks, joins blocks and drops unused input arguments. Unreachable blocks are
//   gone as soon as no link leads to them.
// Invariants: the graph keeps GraphChecker's and the exception transform's invariants; no
// operation that can raise or has a side effect is removed unless it folded (so did not raise).

/// <summary>Folds constants in transformed low-level graphs (see the file header).</summary>
internal sealed class ConstantFolding
{
    /// <summary>Rounds of folding per graph at most: a loop whose every value is a constant would
    /// otherwise be run at translation time until it ends, if it ends.</summary>
    private const int MaxRounds = 64;

    private readonly ExceptionStates _states;
    private readonly LLInterpreter _evaluator;

    public ConstantFolding(ExceptionStates states)
    {
        _states = states;
        _evaluator = new LLInterpreter(states.Data);
    }

    /// <summary>What the folding knows of exceptions.</summary>
    public ExceptionStates States => _states;

    /// <summary>Folds <paramref name="graph"/> to a fixpoint; whether anything changed.</summary>
    public bool Run(FunctionGraph graph)
    {
        bool changedAny = false;
        for (int round = 0; round < MaxRounds; round++)
        {
            bool changed = FoldBlocks(graph);
            changed |= ThreadLinks(graph);
            changed |= Diffuse(graph);
            changed |= ForwardRaises(graph);
            changed |= RemoveDeadOperations(graph);
            Simplify.Run(graph);
            if (!changed)
                break;
            changedAny = true;
        }
        return changedAny;
    }

    // ---- inside blocks ----

    private bool FoldBlocks(FunctionGraph graph)
    {
        var knowledge = _states.Analyse(graph);
        bool changed = false;
        foreach (var block in graph.Blocks())
        {
            if (block.Exits.Count > 0 && !block.CatchesExceptions)
                changed |= FoldBlock(block, knowledge.OnEntry(block));
        }
        return changed;
    }

    private bool FoldBlock(Block block, ExceptionState state)
    {
        var known = new Dictionary<Variable, FlowValue>();
        FlowValue Known(FlowValue value) => value is Variable v && known.TryGetValue(v, out var replacement) ? replacement : value;
        // The reads of exc_type while an exception is known to be in flight: not null, though unknown.
        var raisedTypes = new HashSet<Variable>();
        // The class stored into an instance's typeptr in this block, by the instance (the variable its
        // casts come from): typeptr never changes once set.
        var classes = new Dictionary<Variable, FlowValue>();
        var casts = new Dictionary<Variable, Variable>();
        Variable Instance(Variable v) => casts.TryGetValue(v, out var of) ? of : v;
        bool changed = false;
        var kept = new List<SpaceOperation>();
        foreach (var op in block.Operations)
        {
            if (op.Args.Any(a => a is Variable v && known.ContainsKey(v)))
                op.Args = [.. op.Args.Select(Known)];
            if (TryFold(op, state, v => v is Variable variable && raisedTypes.Contains(variable), out var value)
                || op is { OpName: "getfield", Args: [Variable read, Constant { Value: "typeptr" }] } && classes.TryGetValue(Instance(read), out value))
            {
                known[op.Result] = value;
                changed = true;
                continue;
            }
            if (op is { OpName: "cast_pointer", Args: [Variable cast] })
                casts[op.Result] = Instance(cast);
            else if (op is { OpName: "setfield", Args: [Variable instance, Constant { Value: "typeptr" }, Constant stored] })
                classes[Instance(instance)] = stored;
            if (state == ExceptionState.Raised && _states.IsTypeRead(op))
                raisedTypes.Add(op.Result);
            state = _states.After(op, state, block);
            kept.Add(op);
        }
        if (changed)
        {
            block.Operations.Clear();
            block.Operations.AddRange(kept);
            foreach (var link in block.Exits)
            {
                for (int i = 0; i < link.Args.Count; i++)
                    link.Args[i] = Known(link.Args[i]);
            }
        }
        if (block.ExitSwitch is { } exitSwitch)
        {
            block.ExitSwitch = Known(exitSwitch);
            if (block.ExitSwitch is Constant taken)
            {
                KeepOnlyExit(block, block.Exits.Single(l => Equals(l.ExitCase, taken.Value)));
                changed = true;
            }
        }
        return changed;
    }

    /// <summary>Replaces the switch of <paramref name="block"/> by its exit <paramref name="taken"/>.</summary>
    private static void KeepOnlyExit(Block block, Link taken)
    {
        var only = Jump(block, null, taken.Target!, [.. taken.Args]);
        only.Location = taken.Location;
        block.ExitSwitch = null;
        block.Exits.Clear();
        block.Exits.Add(only);
    }

    /// <summary>The value of <paramref name="op"/> when it is known at translation time: a constant,
    /// or, for an identity, its argument.</summary>
    private bool TryFold(SpaceOperation op, ExceptionState state, Func<FlowValue, bool> isNonNull, out FlowValue value)
    {
        value = Constant.None;
        var resultType = op.Result.ConcreteType!;
        switch (op.OpName)
        {
            case "ptr_nonzero" or "ptr_iszero" when isNonNull(op.Args[0]):
                value = RTyper.Typed(op.OpName == "ptr_nonzero", LowLevelTypes.Bool);
                return true;
            case "same_as":
            case "cast_pointer" when op.Args[0].ConcreteType == resultType:
                value = op.Args[0];
                return true;
            case "cast_pointer" when op.Args[0] is Constant { Value: null }:
                value = Zero(resultType);
                return true;
            case var name when op.Args.Length == 2 && op.Args[0] is Variable && op.Args[0] == op.Args[1]
                && SelfComparison(name) is bool outcome:
                value = RTyper.Typed(outcome, LowLevelTypes.Bool);
                return true;
            case "getfield" when _states.IsTypeRead(op):
                if (state != ExceptionState.Clear)
                    return false;
                value = Zero(resultType);
                return true;
            case "getfield" when op.Args[0] is not Constant { Value: ClassInfo }:
            case "ptr_eq" or "ptr_ne" when op.Args.All(a => a is Constant { Value: not null }):
                return false;
        }
        if (!op.Args.All(a => a is Constant) || !IsFoldable(op))
            return false;
        object? result;
        try
        {
            result = _evaluator.Fold(op, [.. op.Args.Cast<Constant>()]);
        }
        catch (Exception e) when (e is LLException or LLInterpreterError or InvalidCastException)
        {
            return false; // it raises, or it is undefined here: it stays, to do so when it runs
        }
        if (result is not null && resultType.Resolved() is PtrType or PrimitiveType { Kind: PrimitiveKind.Address })
            return false;
        value = RTyper.Typed(result, resultType);
        return true;
    }

    /// <summary>The result of comparing a value with itself, for the comparisons where it does not
    /// depend on the value (not floats: NaN is not equal to itself).</summary>
    private static bool? SelfComparison(string opName)
    {
        int underscore = opName.IndexOf('_');
        if (underscore < 0 || opName[..underscore] is not ("int" or "uint" or "char" or "unichar" or "ptr"))
            return null;
        return opName[(underscore + 1)..] switch
        {
            "eq" or "le" or "ge" => true,
            "ne" or "lt" or "gt" => false,
            _ => null,
        };
    }

    private static bool IsFoldable(SpaceOperation op) =>
        op.OpName == "getfield" || LowLevelOperations.TryGet(op.OpName, out var entry) && entry.TryFold;

    // ---- along links ----

    private bool ThreadLinks(FunctionGraph graph)
    {
        var knowledge = _states.Analyse(graph);
        bool changed = false;
        foreach (var link in graph.Blocks().SelectMany(b => b.Exits).ToList())
            changed |= TryThread(link, knowledge.Along(link));
        return changed;
    }

    /// <summary>Folds the operations at the start of the link's target with what the link carries;
    /// the link then jumps past them (see the file header).</summary>
    private bool TryThread(Link link, ExceptionState state)
    {
        var target = link.Target!;
        // A link to the return block has nothing to fold; one from its own target would move with the
        // exits when the target is split; one that is no longer an exit was moved by an earlier split.
        if (target.Exits.Count == 0 || target.CatchesExceptions || link.PrevBlock == target || !link.PrevBlock.Exits.Contains(link))
            return false;
        if (state == ExceptionState.Raised && _states.IsCheckOnly(target))
        {
            // An exception is in flight: the check takes its True exit.
            var raised = target.Exits.Single(l => l.ExitCase is true);
            Redirect(link, raised.Target!, raised.Args.Select(a => a is Variable v ? link.Args[target.InputArgs.IndexOf(v)] : a));
            return true;
        }
        // The test the link's exit decided: the same test on the same values has the same outcome.
        var decided = link.ExitCase is bool outcome && link.PrevBlock.ExitSwitch is Variable exitSwitch
            && link.PrevBlock.Operations.FirstOrDefault(op => op.Result == exitSwitch) is { } test && IsFoldable(test)
            ? (Test: test, Outcome: RTyper.Typed(outcome, LowLevelTypes.Bool))
            : default;
        if (state != ExceptionState.Clear && decided.Test is null && !link.Args.Any(a => a is Constant))
            return false;
        var values = new Dictionary<Variable, FlowValue>();
        for (int i = 0; i < target.InputArgs.Count; i++)
            values[target.InputArgs[i]] = link.Args[i];
        FlowValue Value(FlowValue v) => v is Variable variable && values.TryGetValue(variable, out var known) ? known : v;
        int folded = 0;
        foreach (var op in target.Operations)
        {
            var probe = new SpaceOperation(op.OpName, [.. op.Args.Select(Value)], op.Result, op.Location);
            if (decided.Test is { } same && same.OpName == probe.OpName && same.Args.SequenceEqual(probe.Args))
                values[op.Result] = decided.Outcome;
            else if (TryFold(probe, state, _ => false, out var value))
                values[op.Result] = value;
            else
                break;
            folded++;
        }
        if (folded == target.Operations.Count)
        {
            var exit = target.ExitSwitch is null ? target.Exits[0]
                : Value(target.ExitSwitch) is Constant taken ? target.Exits.Single(l => Equals(l.ExitCase, taken.Value))
                : null;
            if (exit is not null)
            {
                Redirect(link, exit.Target!, exit.Args.Select(Value));
                return true;
            }
        }
        if (folded == 0)
            return false;
        var onward = SplitAfter(target, folded - 1).Link;
        Redirect(link, onward.Target!, onward.Args.Select(Value));
        return true;
    }

    private static void Redirect(Link link, Block target, IEnumerable<FlowValue> args)
    {
        var carried = args.ToList();
        link.Target = target;
        link.Args.Clear();
        link.Args.AddRange(carried);
    }

    /// <summary>A raise that goes straight to a handler's fetch (after inlining, or to an outer
    /// handler): the fetch reads what the raise stores and clears it, so neither needs to happen;
    /// the link carries the class and the instance to the code after the fetch instead. Only when
    /// no exception was in flight before the raise, so that the state after the fetch is the same.</summary>
    private bool ForwardRaises(FunctionGraph graph)
    {
        var knowledge = _states.Analyse(graph);
        bool changed = false;
        foreach (var block in graph.Blocks())
        {
            if (block.ExitSwitch is not null || block.Exits.Count != 1 || block.Exits[0].Target is not { } target
                || target == block || !_states.StartsWithFetch(target) || _states.RaiseAtEnd(block) is not var (type, value))
                continue;
            var state = knowledge.OnEntry(block);
            for (int i = 0; i < Math.Min(type, value); i++)
                state = _states.After(block.Operations[i], state, block);
            if (state != ExceptionState.Clear)
                continue;
            var (raisedType, raisedValue) = (block.Operations[type].Args[2], block.Operations[value].Args[2]);
            block.Operations.RemoveAt(Math.Max(type, value));
            block.Operations.RemoveAt(Math.Min(type, value));
            var link = block.Exits[0];
            var values = target.InputArgs.Zip(link.Args).ToDictionary(p => p.First, p => p.Second);
            values[target.Operations[0].Result] = raisedType;
            values[target.Operations[1].Result] = raisedValue;
            var onward = SplitAfter(target, 3).Link;
            Redirect(link, onward.Target!, onward.Args.Select(a => values[(Variable)a]));
            changed = true;
        }
        return changed;
    }

    /// <summary>Constants every link into a block passes become the block's; a switch variable a
    /// link passes on is the link's exit case there.</summary>
    private static bool Diffuse(FunctionGraph graph)
    {
        bool changed = false;
        foreach (var block in graph.Blocks())
        {
            if (block.ExitSwitch is Variable exitSwitch && !block.CatchesExceptions)
            {
                foreach (var link in block.Exits)
                {
                    for (int i = 0; i < link.Args.Count; i++)
                    {
                        if (link.Args[i] == exitSwitch)
                        {
                            link.Args[i] = RTyper.Typed(link.ExitCase, exitSwitch.ConcreteType!);
                            changed = true;
                        }
                    }
                }
            }
        }
        foreach (var (block, links) in EntryMap(graph))
        {
            if (block == graph.StartBlock || block.Exits.Count == 0 || links.Count == 0)
                continue;
            for (int i = block.InputArgs.Count - 1; i >= 0; i--)
            {
                // The same constant on every link; or the same value as an earlier input on every link
                // (RPython's remove_identical_vars: inlining passes a caller's value both as an
                // argument and as a value live after the call).
                FlowValue? same = links[0].Args[i] is Constant constant && links.All(l => Equals(l.Args[i], constant)) ? constant : null;
                for (int j = 0; j < i && same is null; j++)
                {
                    if (links.All(l => Equals(l.Args[i], l.Args[j])))
                        same = block.InputArgs[j];
                }
                if (same is null)
                    continue;
                var input = block.InputArgs[i];
                block.InputArgs.RemoveAt(i);
                foreach (var link in links)
                    link.Args.RemoveAt(i);
                Substitute(block, input, same);
                changed = true;
            }
        }
        return changed;
    }

    /// <summary>Replaces the variable <paramref name="v"/> of <paramref name="block"/> by <paramref name="value"/> everywhere it is used.</summary>
    private static void Substitute(Block block, Variable v, FlowValue value)
    {
        foreach (var op in block.Operations)
        {
            if (op.Args.Contains(v))
                op.Args = [.. op.Args.Select(a => a == v ? value : a)];
        }
        if (block.ExitSwitch == v)
            block.ExitSwitch = value;
        foreach (var link in block.Exits)
        {
            for (int i = 0; i < link.Args.Count; i++)
            {
                if (link.Args[i] == v)
                    link.Args[i] = value;
            }
        }
    }

    // ---- dead operations ----

    /// <summary>Removes the operations without side effects whose result nothing uses, and the block
    /// arguments nothing reads (with the link arguments that fed them), across the whole graph: a
    /// value that only circulates between blocks — a loop counter whose test was folded away — is
    /// as dead as one computed and dropped (RPython's transform_dead_op_vars).</summary>
    private static bool RemoveDeadOperations(FunctionGraph graph)
    {
        var blocks = graph.Blocks();
        var sources = new Dictionary<Variable, List<FlowValue>>();
        var read = new HashSet<Variable>();
        var pending = new Stack<Variable>();
        void Read(FlowValue value)
        {
            if (value is Variable v && read.Add(v))
                pending.Push(v);
        }
        void Source(Variable v, FlowValue from)
        {
            if (!sources.TryGetValue(v, out var list))
                sources[v] = list = [];
            list.Add(from);
        }
        foreach (var block in blocks)
        {
            if (block.ExitSwitch is Variable exitSwitch)
                Read(exitSwitch);
            foreach (var op in block.Operations)
            {
                bool removable = IsRemovable(op);
                foreach (var arg in op.Args)
                {
                    if (removable)
                        Source(op.Result, arg);
                    else
                        Read(arg);
                }
            }
            foreach (var link in block.Exits)
                for (int i = 0; i < link.Args.Count; i++)
                    Source(link.Target!.InputArgs[i], link.Args[i]);
        }
        graph.ReturnBlock.InputArgs.ForEach(Read);
        graph.ExceptBlock.InputArgs.ForEach(Read);
        while (pending.Count > 0)
            foreach (var from in sources.GetValueOrDefault(pending.Pop()) ?? [])
                Read(from);

        bool changed = false;
        var entries = EntryMap(graph);
        foreach (var block in blocks)
        {
            changed |= block.Operations.RemoveAll(op => IsRemovable(op) && !read.Contains(op.Result)) > 0;
            if (block == graph.StartBlock || block == graph.ReturnBlock || block == graph.ExceptBlock)
                continue;
            for (int i = block.InputArgs.Count - 1; i >= 0; i--)
            {
                if (read.Contains(block.InputArgs[i]))
                    continue;
                block.InputArgs.RemoveAt(i);
                foreach (var link in entries.GetValueOrDefault(block) ?? [])
                    link.Args.RemoveAt(i);
                changed = true;
            }
        }
        return changed;
    }

    private static bool IsRemovable(SpaceOperation op) =>
        LowLevelOperations.TryGet(op.OpName, out var entry) && !entry.SideEffects;
}
