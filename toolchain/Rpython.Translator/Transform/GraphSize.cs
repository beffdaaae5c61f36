using Rpython.Translator.Flow;

namespace Rpython.Translator.Transform;

// How big a graph is for the CLR's JIT (DESIGN decision 11). The C# backend makes one method per
// graph, a local per variable and a label per block; RyuJIT compiles a method with optimisations
// off (MinOpts) past about 2,000 basic blocks, 2,000 locals, 8,000 local references or 60,000
// bytes of IL, and it only tracks (enregisters) the first 1,024 locals. Inlining must not push a
// graph past those limits: the interpreter's dispatch loop, the graph that matters most, is also
// the one inlining grows most. The measures here are conservative estimates of the emitted
// method: a block is a few basic blocks (its switch, and the ifs inside operations that raise), a
// link copies each value it carries.

/// <summary>The size of a graph as the C# backend will emit it (see the file header).</summary>
internal readonly record struct GraphSize(int Blocks, int Variables, int LocalReferences)
{
    /// <summary>What inlining keeps a graph within, by default: below RyuJIT's limits with room for
    /// the basic blocks and temporaries the backend adds.</summary>
    public static readonly GraphSize RyuJitLimits = new(Blocks: 600, Variables: 1000, LocalReferences: 6000);

    public static GraphSize Of(FunctionGraph graph)
    {
        int blocks = 0, variables = 0, references = 0;
        foreach (var block in graph.Blocks())
        {
            blocks++;
            variables += block.InputArgs.Count + block.Operations.Count;
            references += block.Operations.Sum(op => op.Args.Length + 1) + block.Exits.Sum(l => 2 * l.Args.Count);
        }
        return new GraphSize(blocks, variables, references);
    }

    public static GraphSize operator +(GraphSize a, GraphSize b) =>
        new(a.Blocks + b.Blocks, a.Variables + b.Variables, a.LocalReferences + b.LocalReferences);

    /// <summary>Whether every measure is within <paramref name="limits"/>.</summary>
    public bool IsWithin(GraphSize limits) =>
        Blocks <= limits.Blocks && Variables <= limits.Variables && LocalReferences <= limits.LocalReferences;
}
