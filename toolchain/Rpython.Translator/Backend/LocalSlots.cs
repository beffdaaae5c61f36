using Rpython.Translator.Flow;

namespace Rpython.Translator.Backend;

// Which variables of a graph share one C# local (the backend's register allocation: RPython's C
// backend leaves this to the C compiler, but the CLR's JIT stops tracking locals past 1024 and stops
// inlining into a method past 512, so one local per variable made the big methods of an interpreter,
// its dispatch loop above all, slow).
//
// - A variable lives in one block only (the flow graph invariant GraphChecker enforces): links carry
//   values between blocks. So two variables interfere when both are live at the same point of one
//   block, found by one backward scan of each block: an operation's result interferes with its own
//   arguments (an operation's C# may write its result before it reads them all) and with every
//   variable live after it; a block's input arguments interfere with one another (a link assigns
//   them together) and with what is live at its start.
// - Variables of the same C# type that do not interfere may share a slot. First the copies links make
//   (a target block's input argument and the variable passed to it) are coalesced when their groups
//   do not interfere, which turns most of a link's assignments into nothing; then the groups are
//   coloured greedily, in order of definition, with the lowest slot of their type and name (v, n,
//   etype...) that no interfering group holds. A group with a parameter of the graph is that
//   parameter's slot.
//
// Invariants: the result depends only on the graph and the order of `blocks`; no two variables live
// at the same point of a block share a slot. The link's parallel copy (CSharpEmitter.LinkCode) works
// on slots, so overlapping sources and targets stay correct.

/// <summary>The C# locals of one graph: each variable's slot, and each slot's type and first variable.</summary>
internal sealed class LocalSlots
{
    private readonly Dictionary<Variable, int> _slotOf = [];
    private readonly List<Slot> _slots = [];

    /// <summary>A C# local: its type, the variable it is named after (the first one defined), and
    /// whether that variable is a parameter of the graph.</summary>
    public sealed record Slot(string Type, Variable Representative, bool IsParameter);

    public IReadOnlyList<Slot> Slots => _slots;

    public int SlotOf(Variable v) => _slotOf[v];

    /// <summary>Allocates the slots of the non-Void variables of <paramref name="blocks"/> (the
    /// graph's blocks, start block first, return and except blocks left out); <paramref name="typeOf"/>
    /// gives a variable's C# type, null for a Void one.</summary>
    public static LocalSlots Allocate(IReadOnlyList<Block> blocks, Func<Variable, string?> typeOf)
    {
        var allocation = new LocalSlots();
        var variables = new Interference(blocks, typeOf);
        int n = variables.Count;
        var groups = new int[n];
        for (int i = 0; i < n; i++)
            groups[i] = i;
        var members = new List<int>[n];
        for (int i = 0; i < n; i++)
            members[i] = [i];
        var neighbours = variables.Edges;
        int Find(int v)
        {
            while (groups[v] != v)
                v = groups[v] = groups[groups[v]];
            return v;
        }

        foreach (var (target, source) in variables.Copies)
        {
            int a = Find(target), b = Find(source);
            if (a == b || members[b].Exists(neighbours[a].Contains))
                continue;
            // A group's root is its earliest variable: its parameter, when it has one.
            if (b < a)
                (a, b) = (b, a);
            groups[b] = a;
            members[a].AddRange(members[b]);
            neighbours[a].UnionWith(neighbours[b]);
        }

        var slotOfGroup = new int[n];
        Array.Fill(slotOfGroup, -1);
        var slotsByKind = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var taken = new HashSet<int>();
        for (int v = 0; v < n; v++)
        {
            if (Find(v) != v)
                continue;
            taken.Clear();
            foreach (int neighbour in neighbours[v])
            {
                int slot = slotOfGroup[Find(neighbour)];
                if (slot >= 0)
                    taken.Add(slot);
            }
            string type = variables.Types[v];
            // Only variables of one name share a slot this way, so that a name keeps meaning one thing.
            string kind = type + " " + variables.Variables[v].Prefix;
            if (!slotsByKind.TryGetValue(kind, out var ofKind))
                slotsByKind[kind] = ofKind = [];
            // Parameters interfere with one another and come first: each makes its own slot.
            int free = ofKind.FindIndex(s => !taken.Contains(s));
            int chosen = free >= 0 ? ofKind[free] : allocation._slots.Count;
            if (free < 0)
            {
                allocation._slots.Add(new Slot(type, variables.Variables[v], variables.IsParameter(v)));
                ofKind.Add(chosen);
            }
            slotOfGroup[v] = chosen;
        }
        for (int v = 0; v < n; v++)
            allocation._slotOf[variables.Variables[v]] = slotOfGroup[Find(v)];
        return allocation;
    }

    /// <summary>The non-Void variables of a graph numbered in order of definition, their C# types, the
    /// pairs that interfere (same type only) and the copies links make.</summary>
    private sealed class Interference
    {
        public readonly List<Variable> Variables = [];
        public readonly List<string> Types = [];
        public readonly List<HashSet<int>> Edges = [];
        public readonly List<(int Target, int Source)> Copies = [];
        private readonly Dictionary<Variable, int> _numbers = [];
        private readonly int _parameters;

        public int Count => Variables.Count;

        public bool IsParameter(int v) => v < _parameters;

        public Interference(IReadOnlyList<Block> blocks, Func<Variable, string?> typeOf)
        {
            foreach (var block in blocks)
            {
                foreach (var v in block.InputArgs)
                    Number(v, typeOf);
                if (block == blocks[0])
                    _parameters = Variables.Count;
                foreach (var op in block.Operations)
                    Number(op.Result, typeOf);
            }
            var live = new HashSet<int>();
            foreach (var block in blocks)
            {
                live.Clear();
                foreach (var link in block.Exits)
                {
                    for (int i = 0; i < link.Args.Count; i++)
                    {
                        if (link.Args[i] is not Variable arg || !_numbers.TryGetValue(arg, out int source))
                            continue;
                        live.Add(source);
                        if (_numbers.TryGetValue(link.Target!.InputArgs[i], out int target) && Types[target] == Types[source])
                            Copies.Add((target, source));
                    }
                }
                Use(block.ExitSwitch, live);
                for (int i = block.Operations.Count - 1; i >= 0; i--)
                {
                    var op = block.Operations[i];
                    bool defines = _numbers.TryGetValue(op.Result, out int result);
                    if (defines)
                        live.Remove(result);
                    foreach (var arg in op.Args)
                        Use(arg, live);
                    if (defines)
                    {
                        foreach (int other in live)
                            Interfere(result, other);
                    }
                }
                foreach (var input in block.InputArgs)
                {
                    if (_numbers.TryGetValue(input, out int v))
                        live.Add(v);
                }
                foreach (int v in live)
                {
                    foreach (int other in live)
                    {
                        if (v < other)
                            Interfere(v, other);
                    }
                }
            }
        }

        private void Number(Variable v, Func<Variable, string?> typeOf)
        {
            if (typeOf(v) is not { } type)
                return;
            _numbers[v] = Variables.Count;
            Variables.Add(v);
            Types.Add(type);
            Edges.Add([]);
        }

        private void Use(FlowValue? value, HashSet<int> live)
        {
            if (value is Variable v && _numbers.TryGetValue(v, out int number))
                live.Add(number);
        }

        private void Interfere(int a, int b)
        {
            if (a == b || Types[a] != Types[b])
                return;
            Edges[a].Add(b);
            Edges[b].Add(a);
        }
    }
}
