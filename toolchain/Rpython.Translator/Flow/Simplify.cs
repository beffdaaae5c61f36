namespace Rpython.Translator.Flow;

/// <summary>
/// Graph clean-ups after building (RPython's simplify.py, the first passes): the builder makes a
/// block at every join and branch, many of which only forward their inputs. Runs to a fixpoint:
/// <list type="bullet">
/// <item>an empty block (no operations, one unconditional exit) is bypassed: links into it go to its
/// target directly, with the values it would have forwarded;</item>
/// <item>a block with one unconditional exit to a block that has no other predecessor absorbs it;</item>
/// <item>an input argument a block never uses is dropped, with the values its predecessors pass for it.</item>
/// </list>
/// The graph keeps every invariant of <see cref="GraphChecker"/>.
/// </summary>
internal static class Simplify
{
    public static void Run(FunctionGraph graph)
    {
        bool changed;
        do
        {
            changed = EliminateEmptyBlocks(graph) | JoinBlocks(graph) | RemoveUnusedInputArgs(graph);
        }
        while (changed);
    }

    private static bool IsForwarder(FunctionGraph graph, Block block) =>
        block != graph.StartBlock && block != graph.ReturnBlock && block != graph.ExceptBlock
        && block.Operations.Count == 0 && block.ExitSwitch is null && block.Exits.Count == 1 && block.Exits[0].Target != block;

    private static bool EliminateEmptyBlocks(FunctionGraph graph)
    {
        bool changed = false;
        var relocated = new HashSet<Link>();
        foreach (var block in graph.Blocks())
        {
            foreach (var link in block.Exits)
            {
                while (link.Target is { } target && IsForwarder(graph, target))
                {
                    var exit = target.Exits[0];
                    var forwarded = exit.Args.Select(arg => Substitute(arg, target.InputArgs, link.Args)).ToList();
                    link.Args.Clear();
                    link.Args.AddRange(forwarded);
                    link.Target = exit.Target;
                    // A branch's link takes the location of the branch's last statement (what set the
                    // values it carries), not of the joins it skips after that.
                    if (block.ExitSwitch is not null && exit.Location is not null && relocated.Add(link))
                        link.Location = exit.Location;
                    changed = true;
                }
            }
        }
        return changed;
    }

    private static bool JoinBlocks(FunctionGraph graph)
    {
        var predecessors = new Dictionary<Block, int>();
        foreach (var block in graph.Blocks())
        {
            foreach (var link in block.Exits)
                predecessors[link.Target!] = predecessors.GetValueOrDefault(link.Target!) + 1;
        }
        bool changed = false;
        foreach (var block in graph.Blocks())
        {
            while (block.ExitSwitch is null && block.Exits.Count == 1 && block.Exits[0].Target is { } next
                && next != block && next != graph.ReturnBlock && next != graph.ExceptBlock && next != graph.StartBlock
                && predecessors.GetValueOrDefault(next) == 1)
            {
                var link = block.Exits[0];
                var renaming = next.InputArgs.Zip(link.Args).ToDictionary(p => (FlowValue)p.First, p => p.Second);
                FlowValue Rename(FlowValue v) => renaming.GetValueOrDefault(v, v);
                foreach (var op in next.Operations)
                {
                    op.Args = [.. op.Args.Select(Rename)];
                    block.Operations.Add(op);
                }
                for (int d = 0; d < graph.Declarations.Count; d++)
                    graph.Declarations[d] = graph.Declarations[d] with { Value = Rename(graph.Declarations[d].Value) };
                block.ExitSwitch = next.ExitSwitch is null ? null : Rename(next.ExitSwitch);
                block.Exits.Clear();
                foreach (var exit in next.Exits)
                {
                    var moved = new Link(block, exit.ExitCase)
                    {
                        Target = exit.Target,
                        LastException = exit.LastException,
                        LastExceptionValue = exit.LastExceptionValue,
                        Location = exit.Location,
                    };
                    moved.Args.AddRange(exit.Args.Select(Rename));
                    block.Exits.Add(moved);
                }
                // The absorbed block is unreachable now; emptied, a later step of this loop cannot touch it.
                next.Operations.Clear();
                next.Exits.Clear();
                changed = true;
            }
        }
        return changed;
    }

    private static bool RemoveUnusedInputArgs(FunctionGraph graph)
    {
        var blocks = graph.Blocks();
        var incoming = blocks.SelectMany(b => b.Exits).ToLookup(l => l.Target!);
        bool changed = false;
        foreach (var block in blocks)
        {
            if (block == graph.StartBlock || block == graph.ReturnBlock || block == graph.ExceptBlock)
                continue;
            var used = new HashSet<FlowValue>(block.Operations.SelectMany(op => op.Args).Concat(block.Exits.SelectMany(l => l.Args)));
            if (block.ExitSwitch is { } exitSwitch)
                used.Add(exitSwitch);
            for (int i = block.InputArgs.Count - 1; i >= 0; i--)
            {
                if (used.Contains(block.InputArgs[i]))
                    continue;
                block.InputArgs.RemoveAt(i);
                foreach (var link in incoming[block])
                    link.Args.RemoveAt(i);
                changed = true;
            }
        }
        return changed;
    }

    private static FlowValue Substitute(FlowValue value, List<Variable> from, List<FlowValue> to)
    {
        int index = value is Variable v ? from.IndexOf(v) : -1;
        return index >= 0 ? to[index] : value;
    }
}
