using Rpython.Translator.Flow;
using Rpython.Translator.RTyping;

namespace Rpython.Translator.Transform;

// Editing low-level graphs in place (RPython's translator/unsimplify.py): the few moves every
// transform of this folder makes, kept in one place so that they keep the flow model's invariants
// the same way. A variable belongs to one block, so code moved to another block is renamed (fresh
// variables, passed along the link), never shared.

/// <summary>Block splitting, fresh blocks, links and typed constants for the transforms (see the file header).</summary>
internal static class GraphEdits
{
    /// <summary>Moves the operations after <paramref name="index"/>, the exit switch and the exits of
    /// <paramref name="block"/> to a new block, which receives (as fresh variables) every variable of
    /// <paramref name="block"/> they use; <paramref name="block"/> ends with the link to it.
    /// <paramref name="index"/> -1 moves every operation.</summary>
    public static (Block Block, Link Link) SplitAfter(Block block, int index)
    {
        var moved = block.Operations.Skip(index + 1).ToList();
        block.Operations.RemoveRange(index + 1, moved.Count);
        var definedHere = new HashSet<Variable>(block.InputArgs.Concat(block.Operations.Select(op => op.Result)));
        var uses = moved.SelectMany(op => op.Args)
            .Concat(block.Exits.SelectMany(l => l.Args))
            .Append(block.ExitSwitch ?? Constant.None)
            .OfType<Variable>()
            .Where(definedHere.Contains)
            .Distinct()
            .ToList();
        var (rest, renamed) = FreshBlock(uses);
        FlowValue Rename(FlowValue value) => value is Variable v && renamed.TryGetValue(v, out var fresh) ? fresh : value;
        foreach (var op in moved)
        {
            op.Args = [.. op.Args.Select(Rename)];
            rest.Operations.Add(op);
        }
        rest.ExitSwitch = block.ExitSwitch is { } exitSwitch && !block.CatchesExceptions ? Rename(exitSwitch) : block.ExitSwitch;
        foreach (var link in block.Exits)
            rest.Exits.Add(CopyLink(link, rest, link.Target!, Rename));
        block.ExitSwitch = null;
        block.Exits.Clear();
        var onward = Jump(block, null, rest, [.. uses]);
        block.Exits.Add(onward);
        return (rest, onward);
    }

    /// <summary>A new block whose input variables are fresh copies of <paramref name="values"/>.</summary>
    public static (Block Block, Dictionary<Variable, Variable> Renamed) FreshBlock(IReadOnlyList<Variable> values)
    {
        var renamed = values.ToDictionary(v => v, Fresh);
        return (new Block(values.Select(v => renamed[v])), renamed);
    }

    /// <summary>A new variable like <paramref name="v"/>: the same prefix and low-level type.</summary>
    public static Variable Fresh(Variable v) => new(v.Prefix) { ConcreteType = v.ConcreteType };

    /// <summary>A link from <paramref name="from"/> to <paramref name="to"/> carrying <paramref name="args"/>
    /// (not added to <paramref name="from"/>'s exits: the caller places it).</summary>
    public static Link Jump(Block from, object? exitCase, Block to, params FlowValue[] args)
    {
        var link = new Link(from, exitCase) { Target = to };
        link.Args.AddRange(args);
        return link;
    }

    /// <summary><paramref name="link"/> as a link leaving <paramref name="from"/> for <paramref name="to"/>,
    /// its arguments renamed; its exit case, location and exception data are kept.</summary>
    public static Link CopyLink(Link link, Block from, Block to, Func<FlowValue, FlowValue> rename)
    {
        var copy = new Link(from, link.ExitCase)
        {
            Target = to,
            Location = link.Location,
            LastException = link.LastException,
            LastExceptionValue = link.LastExceptionValue,
            LowLevelExitCase = link.LowLevelExitCase,
        };
        copy.Args.AddRange(link.Args.Select(rename));
        return copy;
    }

    /// <summary>The links into each block reachable from the start (RPython's mkentrymap), in a stable order.</summary>
    public static Dictionary<Block, List<Link>> EntryMap(FunctionGraph graph)
    {
        var entries = new Dictionary<Block, List<Link>>();
        foreach (var block in graph.Blocks())
        {
            entries.TryAdd(block, []);
            foreach (var link in block.Exits)
            {
                if (!entries.TryGetValue(link.Target!, out var into))
                    entries[link.Target!] = into = [];
                into.Add(link);
            }
        }
        return entries;
    }

    public static Constant Void(object? value) => RTyper.Typed(value, LowLevelTypes.Void);

    public static Variable VoidResult() => new() { ConcreteType = LowLevelTypes.Void };

    /// <summary>The zero of a primitive or pointer type as a constant, what zeroed memory holds: 0,
    /// 0.0, false, '\0', null (the LLInterpreter's zero: one definition of it).</summary>
    public static Constant Zero(LowLevelType type) => RTyper.Typed(LLInterpreter.Zero(type), type);
}

/// <summary>Copies some blocks of a graph (a callee's body to inline, a raising path to outline) with
/// fresh variables: each copy also receives copies of the <c>passon</c> values (the caller's values
/// live across an inlined call), and a link to the graph's return block becomes a link to
/// <c>after</c> carrying what <c>returnArgs</c> makes of the returned value and those copies.</summary>
internal sealed class BlockCopier
{
    private readonly Dictionary<Variable, Variable> _renamed = [];
    private readonly Dictionary<Block, (Block Copy, List<Variable> Passon)> _copies = [];

    public BlockCopier(IReadOnlyList<Block> blocks, Block returnBlock, List<Variable> passon,
        Func<FlowValue, List<Variable>, List<FlowValue>> returnArgs, Block after)
    {
        foreach (var block in blocks)
        {
            var passed = passon.Select(GraphEdits.Fresh).ToList();
            _copies[block] = (new Block(block.InputArgs.Select(Rename).Concat(passed)), passed);
        }
        foreach (var block in blocks)
        {
            var (copy, passed) = _copies[block];
            foreach (var op in block.Operations)
                copy.Operations.Add(new SpaceOperation(op.OpName, [.. op.Args.Select(RenameValue)], Rename(op.Result), op.Location));
            copy.ExitSwitch = block.ExitSwitch is null ? null : RenameValue(block.ExitSwitch);
            foreach (var link in block.Exits)
            {
                if (link.Target == returnBlock)
                {
                    var back = GraphEdits.Jump(copy, link.ExitCase, after, [.. returnArgs(RenameValue(link.Args[0]), passed)]);
                    back.Location = link.Location;
                    copy.Exits.Add(back);
                    continue;
                }
                if (!_copies.TryGetValue(link.Target!, out var target))
                    throw new InvalidOperationException("a link leaves the blocks copied (to the except block? copies are made after the exception transform)");
                var copied = GraphEdits.CopyLink(link, copy, target.Copy, RenameValue);
                copied.Args.AddRange(passed);
                copy.Exits.Add(copied);
            }
        }
    }

    /// <summary>The copy of <paramref name="block"/>, one of the blocks copied.</summary>
    public Block CopyOf(Block block) => _copies[block].Copy;

    private Variable Rename(Variable v)
    {
        if (!_renamed.TryGetValue(v, out var fresh))
            _renamed[v] = fresh = GraphEdits.Fresh(v);
        return fresh;
    }

    private FlowValue RenameValue(FlowValue value) => value is Variable v ? Rename(v) : value;
}
