using Rpython.Translator.Annotation;
using Rpython.Translator.Flow;
using Rpython.Translator.RTyping;
using static Rpython.Translator.Transform.GraphEdits;

namespace Rpython.Translator.Transform;

// Raise outlining: the code that only leads to raising moves out of the graphs into shared
// functions. RPython has no such pass (a C compiler does not mind big functions); the CLR's JIT does
// (DESIGN decision 11): it optimises a method only below its limits on basic blocks and references
// to locals, and an ll helper's `raise IndexError` is about ten references (allocate, check for
// MemoryError, set the class, store exc_type and exc_value), copied into every caller the helper is
// inlined in. In an interpreter's dispatch loop, where list reads, pushes and pops are inlined dozens
// of times, those copies were a quarter of the method, and the size limits stopped inlining what runs.
//
// When: last of the backend optimisations, after inlining, folding and malloc removal, so that a raise
// which met a handler in its caller is a jump by then, not a raise (only what leaves the graph moves
// out). The inliner already weighs a graph as it will be after this pass (GraphSize.Of).
// What:
// - A raising block (ExceptionStates.RaisingBlocks: every path from it returns with an exception in
//   flight) that a block which does not only raise links to is the entry of a raising path: the
//   blocks reachable from it.
// - A path worth moving (more references than twice the call that replaces it) becomes a function of
//   the entry's input arguments returning nothing, with the exception in flight (a copy of the blocks);
//   the entry's place in the graph takes a block that calls it and returns the graph's error value.
// - Paths that are the same code (the same operations on the same constants and types, whatever their
//   source lines) share one function: every inlined copy of `raise IndexError` calls raise_IndexError.
//   Functions are named after the class the path raises and made in the order of the graphs: the
//   output stays deterministic. They are cold (FunctionGraph.IsCold): the CLR's JIT must not inline
//   them back.
// Invariants: the graphs keep GraphChecker's and the exception transform's invariants; the program
// raises the same exceptions at the same points.

/// <summary>Moves the raising paths of transformed graphs into shared functions (see the file header).</summary>
internal sealed class RaiseOutlining
{
    /// <summary>The module the functions made belong to (their C# names start with it).</summary>
    private const string ModuleName = "rpython";

    private readonly ExceptionStates _states;
    private readonly Dictionary<PathKey, FunctionGraph> _functions = [];

    private RaiseOutlining(ExceptionStates states) => _states = states;

    /// <summary>Outlines the raising paths of <paramref name="graphs"/>, giving each function it makes to
    /// <paramref name="addGraph"/>; returns how many paths moved out.</summary>
    public static int Run(IReadOnlyList<FunctionGraph> graphs, ExceptionStates states, Action<FunctionGraph> addGraph)
    {
        var outlining = new RaiseOutlining(states);
        int moved = 0;
        foreach (var graph in graphs.ToList())
            moved += outlining.Outline(graph, addGraph);
        return moved;
    }

    /// <summary>The entries of the raising paths of <paramref name="graph"/> worth moving out, in the
    /// order of its blocks; <paramref name="raising"/> is its raising blocks.</summary>
    public static IReadOnlyList<Block> Entries(FunctionGraph graph, IReadOnlySet<Block> raising)
    {
        var entries = new List<Block>();
        if (raising.Contains(graph.StartBlock))
            return entries;
        foreach (var block in graph.Blocks())
        {
            if (raising.Contains(block))
                continue;
            foreach (var link in block.Exits)
            {
                var target = link.Target!;
                if (raising.Contains(target) && !entries.Contains(target) && GraphSize.References(Path(graph, target)) > 2 * CallReferences(target))
                    entries.Add(target);
            }
        }
        return entries;
    }

    /// <summary>The references of the call that replaces the path starting at <paramref name="entry"/>.</summary>
    public static int CallReferences(Block entry) => 1 + entry.InputArgs.Count;

    private int Outline(FunctionGraph graph, Action<FunctionGraph> addGraph)
    {
        var entries = Entries(graph, _states.RaisingBlocks(graph));
        var calls = new Dictionary<Block, Block>();
        foreach (var entry in entries)
        {
            var path = Path(graph, entry);
            var key = new PathKey(Canonical(path, graph.ReturnBlock));
            if (!_functions.TryGetValue(key, out var function))
            {
                function = Function(path, entry, graph);
                _functions[key] = function;
                addGraph(function);
            }
            calls[entry] = Call(graph, entry, function);
        }
        // Every path is copied before any link moves: a path may run into another path's entry.
        foreach (var block in graph.Blocks())
        {
            foreach (var link in block.Exits)
            {
                if (calls.TryGetValue(link.Target!, out var call))
                    link.Target = call;
            }
        }
        return entries.Count;
    }

    /// <summary>The blocks reachable from <paramref name="entry"/>, in a stable order (entry first).</summary>
    private static List<Block> Path(FunctionGraph graph, Block entry)
    {
        var path = new List<Block> { entry };
        var seen = new HashSet<Block> { entry, graph.ReturnBlock };
        for (int i = 0; i < path.Count; i++)
        {
            foreach (var link in path[i].Exits)
            {
                if (seen.Add(link.Target!))
                    path.Add(link.Target!);
            }
        }
        return path;
    }

    /// <summary>A function running a copy of <paramref name="path"/> of <paramref name="graph"/>: the
    /// entry's input arguments are its parameters; it returns nothing, with the exception in flight.</summary>
    private static FunctionGraph Function(List<Block> path, Block entry, FunctionGraph graph)
    {
        var location = path.SelectMany(b => b.Operations).Select(op => op.Location).FirstOrDefault(l => l is not null);
        var function = new FunctionGraph(ModuleName, "raise_" + RaisedClassName(path), new Block([]), location) { IsCold = true };
        function.ReturnBlock.InputArgs[0].ConcreteType = LowLevelTypes.Void;
        for (int i = 0; i < 2; i++)
            function.ExceptBlock.InputArgs[i].ConcreteType = graph.ExceptBlock.InputArgs[i].ConcreteType;
        var copier = new BlockCopier(path, graph.ReturnBlock, [], (_, _) => [Void(null)], function.ReturnBlock);
        function.StartBlock = copier.CopyOf(entry);
        return function;
    }

    /// <summary>The block that replaces <paramref name="entry"/>: it calls <paramref name="function"/>
    /// and returns the error value of <paramref name="graph"/>.</summary>
    private static Block Call(FunctionGraph graph, Block entry, FunctionGraph function)
    {
        var (call, _) = FreshBlock(entry.InputArgs);
        var location = entry.Operations.Select(op => op.Location).FirstOrDefault(l => l is not null);
        call.Operations.Add(new SpaceOperation("direct_call", [Void(function), .. call.InputArgs], VoidResult(), location));
        call.Exits.Add(Jump(call, null, graph.ReturnBlock, ExceptionTransform.ErrorValue(graph)));
        return call;
    }

    /// <summary>The class whose instance the path makes (the class it raises), for the function's name;
    /// "exception" for a path that raises what it is given.</summary>
    private static string RaisedClassName(List<Block> path) =>
        path.SelectMany(b => b.Operations)
            .Select(op => op is { OpName: "setfield", Args: [_, Constant { Value: "typeptr" }, Constant { Value: ClassInfo raised }] } ? raised.Name[(raised.Name.LastIndexOf('.') + 1)..] : null)
            .FirstOrDefault(name => name is not null) ?? "exception";

    /// <summary>What makes two paths the same code: their blocks in order, each with its input
    /// variables' types, its operations (names, variables numbered in order of appearance with their
    /// types, constants with theirs), its switch and its exits (where each goes). What a return
    /// carries (the graph's error value) and source locations do not count.</summary>
    private static List<object?> Canonical(List<Block> path, Block returnBlock)
    {
        var numbers = new Dictionary<Variable, int>();
        var key = new List<object?>();
        void Add(FlowValue value)
        {
            if (value is Variable v)
            {
                if (!numbers.TryGetValue(v, out int number))
                    numbers[v] = number = numbers.Count;
                key.Add(number);
                key.Add(v.ConcreteType);
            }
            else
                key.Add(new ConstantKey((Constant)value));
        }
        foreach (var block in path)
        {
            key.Add(block.InputArgs.Count);
            block.InputArgs.ForEach(Add);
            foreach (var op in block.Operations)
            {
                key.Add(op.OpName);
                key.Add(op.Args.Length);
                foreach (var arg in op.Args)
                    Add(arg);
                Add(op.Result);
            }
            if (block.ExitSwitch is { } exitSwitch)
                Add(exitSwitch);
            key.Add(block.Exits.Count);
            foreach (var link in block.Exits)
            {
                key.Add(link.ExitCase);
                key.Add(link.Target == returnBlock ? -1 : path.IndexOf(link.Target!));
                if (link.Target != returnBlock)
                    link.Args.ForEach(Add);
            }
        }
        return key;
    }

    /// <summary>A constant in a path's key: the same value (SomeValue.SameConstant: 0.0 is not -0.0)
    /// of the same low-level type.</summary>
    private sealed class ConstantKey(Constant constant)
    {
        private readonly Constant _constant = constant;

        public override bool Equals(object? obj) =>
            obj is ConstantKey other && Equals(_constant.ConcreteType, other._constant.ConcreteType)
            && SomeValue.SameConstant(_constant.Value, other._constant.Value);

        public override int GetHashCode() => HashCode.Combine(_constant.ConcreteType, _constant.Value);
    }

    /// <summary><see cref="Canonical"/> as a dictionary key.</summary>
    private sealed class PathKey(List<object?> items)
    {
        private readonly List<object?> _items = items;

        public override bool Equals(object? obj) => obj is PathKey other && _items.SequenceEqual(other._items);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var item in _items)
                hash.Add(item);
            return hash.ToHashCode();
        }
    }
}
