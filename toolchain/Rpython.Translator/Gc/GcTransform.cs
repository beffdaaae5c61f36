using Rpython.Translator.Flow;
using Rpython.Translator.RTyping;

namespace Rpython.Translator.Gc;

// The GC transform (RPython's memory/gctransform/framework.py and shadowstack.py; DESIGN decision 7):
// what a moving, generational collector needs from the code, made explicit in the low-level graphs.
//
// When: after the exception transform and the backend optimisations, for a framework GC (semispace,
// incminimark); --gc=none skips it. Runs on every graph of the program at once.
// What:
// - Roots. An operation "can collect" if it allocates in the GC heap (its table entry's CanMallocGc)
//   or calls a graph that can collect, to a fixpoint over the call graph (an indirect call: any of
//   the graphs it may reach, or any graph at all when they are not known). Around each operation
//   that can collect, the GC pointers live after it (its result excepted) are saved on the shadow
//   stack (gc_push_roots) and reloaded after it (gc_pop_roots): the collector may have moved the
//   objects and updated the saved copies. The graphs are in SSI form (every value a later block
//   needs travels on a link), so liveness is local to a block: a variable is live after an
//   operation when a later operation, the exit switch or an exit's link uses it.
// - Write barriers (generational GCs only). Before a GC pointer is stored into a GC object
//   (setfield, setarrayitem, setinteriorfield), gc_writebarrier(object) — with the item's index for
//   an array (card marking): the collector must learn about old objects pointing to young ones, and
//   the incremental marker about black objects getting new pointers. No barrier when the stored
//   value is a constant (null, or a prebuilt object, which is never young), or when the object was
//   allocated in the same block with no operation that can collect in between (it is young).
// Invariants afterwards: gc_push_roots and gc_pop_roots come in pairs around one operation with the
// same variables; the graphs keep their meaning for the LLInterpreter, for which both are no-ops.

/// <summary>Inserts root spills and write barriers into low-level graphs (see the file header).</summary>
internal sealed class GcTransform
{
    private readonly HashSet<FunctionGraph> _canCollect = [];
    private readonly bool _writeBarriers;

    private GcTransform(bool writeBarriers) => _writeBarriers = writeBarriers;

    /// <summary>Transforms a whole program's graphs; <paramref name="writeBarriers"/> for a generational GC.</summary>
    public static void Run(IReadOnlyList<FunctionGraph> graphs, bool writeBarriers)
    {
        var transform = new GcTransform(writeBarriers);
        transform.FindGraphsThatCanCollect(graphs);
        foreach (var graph in graphs)
        {
            foreach (var block in graph.Blocks())
            {
                if (block != graph.ReturnBlock && block != graph.ExceptBlock)
                    transform.TransformBlock(block);
            }
        }
    }

    /// <summary>Whether a GC pointer: what the collector traces and may move.</summary>
    public static bool IsGcPointer(FlowValue value) => value.ConcreteType is PtrType { IsGc: true };

    private void FindGraphsThatCanCollect(IReadOnlyList<FunctionGraph> graphs)
    {
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var graph in graphs)
            {
                if (!_canCollect.Contains(graph) && graph.Blocks().Any(b => b.Operations.Any(CanCollect)))
                    changed |= _canCollect.Add(graph);
            }
        }
    }

    private bool CanCollect(SpaceOperation op) => op.OpName switch
    {
        "direct_call" => op.Args[0] is Constant { Value: FunctionGraph callee } && _canCollect.Contains(callee),
        "indirect_call" => op.Args[^1] is not Constant { Value: IReadOnlyList<FunctionGraph> callees } || callees.Any(_canCollect.Contains),
        _ => LowLevelOperations.Get(op.OpName).CanMallocGc,
    };

    private void TransformBlock(Block block)
    {
        var ops = block.Operations;
        // Freshly allocated objects of this block, until something can collect: stores into them need no barrier.
        var young = new HashSet<Variable>();
        var transformed = new List<SpaceOperation>(ops.Count);
        for (int i = 0; i < ops.Count; i++)
        {
            var op = ops[i];
            if (_writeBarriers && NeedsWriteBarrier(op, young))
                transformed.Add(WriteBarrier(op));
            if (!CanCollect(op))
            {
                transformed.Add(op);
                continue;
            }
            young.Clear();
            var live = LiveAfter(block, i).Where(v => v != op.Result).ToList();
            if (live.Count > 0)
                transformed.Add(new SpaceOperation("gc_push_roots", [.. live], VoidResult(), op.Location));
            transformed.Add(op);
            if (live.Count > 0)
                transformed.Add(new SpaceOperation("gc_pop_roots", [.. live], VoidResult(), op.Location));
            if (op.OpName is "malloc" or "malloc_varsize")
                young.Add(op.Result);
        }
        ops.Clear();
        ops.AddRange(transformed);
    }

    /// <summary>The GC pointers defined by the block up to operation <paramref name="index"/> (or its
    /// inputs) that an operation after it, the exit switch or an exit uses.</summary>
    private static List<Variable> LiveAfter(Block block, int index)
    {
        var used = new HashSet<Variable>();
        for (int i = index + 1; i < block.Operations.Count; i++)
            used.UnionWith(block.Operations[i].Args.OfType<Variable>());
        if (block.ExitSwitch is Variable exitSwitch)
            used.Add(exitSwitch);
        foreach (var link in block.Exits)
            used.UnionWith(link.Args.OfType<Variable>());
        return [.. block.InputArgs.Concat(block.Operations.Take(index + 1).Select(o => o.Result))
            .Where(v => used.Contains(v) && IsGcPointer(v))
            .Distinct()];
    }

    private static bool NeedsWriteBarrier(SpaceOperation op, HashSet<Variable> young)
    {
        if (op.OpName is not ("setfield" or "setarrayitem" or "setinteriorfield"))
            return false;
        var stored = op.Args[^1];
        var target = op.Args[0];
        return IsGcPointer(stored) && stored is Variable && IsGcPointer(target) && !(target is Variable v && young.Contains(v));
    }

    /// <summary>gc_writebarrier(object) before a store; with the item's index for a store into an
    /// array item or a field of one (cards).</summary>
    private static SpaceOperation WriteBarrier(SpaceOperation store)
    {
        var target = store.Args[0];
        bool intoItem = store.OpName == "setarrayitem" || (store.OpName == "setinteriorfield" && store.Args[1].ConcreteType != LowLevelTypes.Void);
        FlowValue[] args = intoItem ? [target, store.Args[1]] : [target];
        return new SpaceOperation("gc_writebarrier", [.. args], VoidResult(), store.Location);
    }

    private static Variable VoidResult() => new() { ConcreteType = LowLevelTypes.Void };
}
