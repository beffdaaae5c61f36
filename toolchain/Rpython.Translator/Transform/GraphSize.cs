using Rpython.Translator.Flow;

namespace Rpython.Translator.Transform;

// How big a graph is for the CLR's JIT (DESIGN decision 11). The C# backend makes one method per
// graph and a label per block; RyuJIT compiles a method with optimisations off (MinOpts) past
// 2,000 basic blocks, 2,000 locals, 8,000 references to locals in its IL (every ldloc and stloc),
// 20,000 IL instructions or 60,000 bytes of IL. Inlining must not push a graph past those limits:
// the interpreter's dispatch loop, the graph that matters most, is also the one inlining grows most.
// - Locals are not a measure: the backend makes variables that are never live at once share a local
//   (Backend/LocalSlots.cs), so a big method has few of them.
// - References count each variable an operation, a switch or a link reads, and each result. A link's
//   copies mostly vanish into shared locals, so a value it carries counts once; what the GC
//   transform adds later (roots saved around calls) is the room left below the JIT's limit.
// - A block is a few basic blocks (its switch, and the ifs inside operations that raise).
// - A raising path that RaiseOutlining will move out of the graph counts as the call replacing it.

/// <summary>The size of a graph as the C# backend will emit it (see the file header).</summary>
internal readonly record struct GraphSize(int Blocks, int LocalReferences)
{
    /// <summary>What inlining keeps a graph within, by default: below RyuJIT's limits with room for
    /// the basic blocks and references the backend and the GC transform add.</summary>
    public static readonly GraphSize RyuJitLimits = new(Blocks: 600, LocalReferences: 7000);

    /// <summary>The size of <paramref name="graph"/> as the backend will get it: each raising path
    /// RaiseOutlining will move out counts as the block that calls its function.</summary>
    public static GraphSize Of(FunctionGraph graph, ExceptionStates states)
    {
        var outlined = RaiseOutlining.Entries(graph, states.RaisingBlocks(graph)).ToHashSet();
        int blocks = 0, references = 0;
        var seen = new HashSet<Block> { graph.StartBlock };
        var pending = new Stack<Block>([graph.StartBlock]);
        while (pending.TryPop(out var block))
        {
            blocks++;
            if (outlined.Contains(block))
            {
                references += RaiseOutlining.CallReferences(block);
                continue;
            }
            references += References(block);
            foreach (var link in block.Exits)
            {
                if (seen.Add(link.Target!))
                    pending.Push(link.Target!);
            }
        }
        return new GraphSize(blocks, references);
    }

    /// <summary>The references to locals of <paramref name="blocks"/>' operations, switches and exits.</summary>
    public static int References(IEnumerable<Block> blocks) => blocks.Sum(References);

    private static int References(Block block) =>
        block.Operations.Sum(op => 1 + op.Args.Count(a => a is Variable))
        + (block.ExitSwitch is Variable ? 1 : 0) + block.Exits.Sum(l => l.Args.Count(a => a is Variable));

    public static GraphSize operator +(GraphSize a, GraphSize b) =>
        new(a.Blocks + b.Blocks, a.LocalReferences + b.LocalReferences);

    /// <summary>Whether every measure is within <paramref name="limits"/>.</summary>
    public bool IsWithin(GraphSize limits) => Blocks <= limits.Blocks && LocalReferences <= limits.LocalReferences;
}
