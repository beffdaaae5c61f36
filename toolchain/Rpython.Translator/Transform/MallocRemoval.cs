using Rpython.Translator.Flow;
using Rpython.Translator.RTyping;
using static Rpython.Translator.Transform.GraphEdits;

namespace Rpython.Translator.Transform;

// Malloc removal (RPython's backendopt/malloc.py): scalar replacement of the GC structs that never
// escape the graph that allocates them. A tuple a small function returns, an iterator, a small
// instance used locally: once inlining brought allocation and uses into one graph, each field
// becomes a variable and the struct is never allocated.
//
// When: in the backend optimisations, after inlining, on one graph at a time, repeated until
// nothing more is removed (a removed struct may have held the only reference to another one).
// Constant folding runs after it and removes the MemoryError check the exception transform put
// after each malloc: nothing that can raise runs between the check and the last one, so
// ExceptionStates knows exc_type is null there.
// What:
// - The lifetimes: the variables a value can flow between, along links and through identities
//   (same_as, cast_pointer up or down the parent chain: one object), joined with a union-find.
// - A lifetime is removed when every value in it was made by a malloc of one fixed-size GcStruct
//   type whose fields (parents' included) are primitives or pointers, and every use of it is
//   getfield or setfield on it (not storing it), ptr_iszero, ptr_nonzero, keepalive, or ptr_eq /
//   ptr_ne against a value not of the same lifetime (never equal: the struct did not escape). It
//   escapes when it is stored, passed to a call or any other operation, returned, switched on,
//   or joined with a constant, a parameter or what another operation made; and, to rule out
//   aliases, when one link carries two values of the lifetime.
// - Each variable of a removed lifetime becomes one variable per field, passed along the links
//   where the pointer was; malloc gives the fields their zeros, getfield reads the field's current
//   variable, setfield replaces it, the pointer tests become constants. A field the allocated
//   struct does not have can only be reached through a wrong downcast (cast_pointer is unchecked:
//   an isinstance test guards it, and a wrong one is undefined): its read gives the field's zero,
//   its write is dropped, and folding the test, now on a known class, removes that branch.
// Invariants: the graph keeps GraphChecker's and the exception transform's invariants.

/// <summary>Scalar replacement of non-escaping GC structs (see the file header).</summary>
internal sealed class MallocRemoval
{
    private readonly Dictionary<Variable, Variable> _parent = [];

    /// <summary>Removes what can be removed from <paramref name="graph"/>; returns how many mallocs.</summary>
    public static int Run(FunctionGraph graph)
    {
        int total = 0;
        while (new MallocRemoval().RemoveOnce(graph) is var removed && removed > 0)
            total += removed;
        return total;
    }

    private Variable Find(Variable v)
    {
        var root = v;
        while (_parent.TryGetValue(root, out var up))
            root = up;
        while (v != root)
        {
            var up = _parent[v];
            _parent[v] = root;
            v = up;
        }
        return root;
    }

    private void Union(Variable a, Variable b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra != rb)
            _parent[rb] = ra;
    }

    private int RemoveOnce(FunctionGraph graph)
    {
        var blocks = graph.Blocks();
        var escaping = new HashSet<Variable>();
        var mallocs = new List<SpaceOperation>();
        var comparisons = new List<SpaceOperation>();
        foreach (var v in graph.StartBlock.InputArgs)
            escaping.Add(v);
        escaping.Add(graph.ReturnBlock.InputArgs[0]);
        foreach (var block in blocks)
        {
            foreach (var op in block.Operations)
            {
                if (op.OpName is "same_as" or "cast_pointer")
                {
                    if (op.Args[0] is Variable source)
                        Union(source, op.Result);
                    else
                        escaping.Add(op.Result);
                    continue;
                }
                if (IsRemovableMalloc(op))
                    mallocs.Add(op);
                else
                    escaping.Add(op.Result);
                if (op.OpName is "ptr_eq" or "ptr_ne")
                    comparisons.Add(op);
                for (int i = 0; i < op.Args.Length; i++)
                {
                    if (op.Args[i] is Variable used && !IsAllowedUse(op, i))
                        escaping.Add(used);
                }
            }
            if (block.ExitSwitch is Variable exitSwitch)
                escaping.Add(exitSwitch);
            foreach (var link in block.Exits)
            {
                for (int i = 0; i < link.Args.Count; i++)
                {
                    if (link.Args[i] is Variable passed)
                        Union(passed, link.Target!.InputArgs[i]);
                    else
                        escaping.Add(link.Target!.InputArgs[i]);
                }
            }
        }
        var bad = new HashSet<Variable>(escaping.Select(Find));
        foreach (var op in comparisons)
        {
            if (op.Args[0] is Variable a && op.Args[1] is Variable b && Find(a) == Find(b))
                bad.Add(Find(a));
        }
        foreach (var link in blocks.SelectMany(b => b.Exits))
        {
            var roots = link.Args.OfType<Variable>().Select(Find).ToList();
            bad.UnionWith(roots.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => g.Key));
        }
        // A lifetime is one struct type: RPython's "single largest malloced GcStruct".
        var typeOf = new Dictionary<Variable, StructType>();
        foreach (var op in mallocs)
        {
            var root = Find(op.Result);
            var type = (StructType)((Constant)op.Args[0]).Value!;
            if (typeOf.TryGetValue(root, out var other) && !other.Equals(type))
                bad.Add(root);
            typeOf[root] = type;
        }
        var removable = typeOf.Where(p => !bad.Contains(p.Key)).ToDictionary(p => p.Key, p => Fields(p.Value));
        if (removable.Count == 0)
            return 0;
        foreach (var block in blocks)
            Rewrite(block, removable);
        return mallocs.Count(op => removable.ContainsKey(Find(op.Result)));
    }

    /// <summary>A malloc of a fixed-size GC struct whose fields are all primitives or pointers.</summary>
    private static bool IsRemovableMalloc(SpaceOperation op) =>
        op.OpName == "malloc" && op.Args[1] is Constant { Value: "gc" }
        && op.Args[0] is Constant { Value: StructType { IsGc: true, IsVarSize: false } type }
        && Fields(type).All(f => f.Type.Resolved() is PrimitiveType or PtrType);

    private static bool IsAllowedUse(SpaceOperation op, int index) => op.OpName switch
    {
        "getfield" or "setfield" or "ptr_iszero" or "ptr_nonzero" or "keepalive" => index == 0,
        "ptr_eq" or "ptr_ne" => true,
        _ => false,
    };

    /// <summary>The fields of a struct and of the parents it embeds, by name, as the LLInterpreter
    /// flattens them (a pointer cast to a parent reads the same fields).</summary>
    private static List<StructField> Fields(StructType type)
    {
        var fields = new List<StructField>();
        for (StructType? s = type; s is not null; s = s.Super)
            fields.AddRange(s.Super is null ? s.Fields : s.Fields.Skip(1));
        return fields;
    }

    /// <summary>Replaces, in <paramref name="block"/>, the pointers of the removed lifetimes by their fields.</summary>
    private void Rewrite(Block block, Dictionary<Variable, List<StructField>> removable)
    {
        List<StructField>? FieldsOf(FlowValue value) => value is Variable v && removable.TryGetValue(Find(v), out var fields) ? fields : null;
        // The current value of each field of each removed pointer of this block (identities share one array).
        var structs = new Dictionary<Variable, FlowValue[]>();
        var replaced = new Dictionary<Variable, FlowValue>();
        FlowValue Current(FlowValue value) => value is Variable v && replaced.TryGetValue(v, out var r) ? r : value;
        for (int i = block.InputArgs.Count - 1; i >= 0; i--)
        {
            if (FieldsOf(block.InputArgs[i]) is not { } fields)
                continue;
            var fieldVariables = fields.Select(f => new Variable(f.Name) { ConcreteType = f.Type }).ToList();
            structs[block.InputArgs[i]] = [.. fieldVariables];
            block.InputArgs.RemoveAt(i);
            block.InputArgs.InsertRange(i, fieldVariables);
        }
        var kept = new List<SpaceOperation>();
        foreach (var op in block.Operations)
        {
            var pointer = op.Args.FirstOrDefault(a => FieldsOf(a) is not null) as Variable;
            if (pointer is null && FieldsOf(op.Result) is null)
            {
                op.Args = [.. op.Args.Select(Current)];
                kept.Add(op);
                continue;
            }
            switch (op.OpName)
            {
                case "malloc":
                    structs[op.Result] = [.. FieldsOf(op.Result)!.Select(f => (FlowValue)Zero(f.Type))];
                    break;
                case "same_as" or "cast_pointer":
                    structs[op.Result] = structs[pointer!];
                    break;
                case "getfield":
                    replaced[op.Result] = FieldIndex(pointer!, op) is var read and >= 0 ? structs[pointer!][read] : Zero(op.Result.ConcreteType!);
                    break;
                case "setfield":
                    if (FieldIndex(pointer!, op) is var written and >= 0)
                        structs[pointer!][written] = Current(op.Args[2]);
                    break;
                case "ptr_iszero" or "ptr_eq":
                    replaced[op.Result] = RTyper.Typed(false, LowLevelTypes.Bool);
                    break;
                case "ptr_nonzero" or "ptr_ne":
                    replaced[op.Result] = RTyper.Typed(true, LowLevelTypes.Bool);
                    break;
                case "keepalive":
                    break;
                default:
                    throw new InvalidOperationException($"malloc removal met '{op.OpName}' on a struct it removes");
            }
        }
        block.Operations.Clear();
        block.Operations.AddRange(kept);
        if (block.ExitSwitch is { } exitSwitch)
            block.ExitSwitch = Current(exitSwitch);
        foreach (var link in block.Exits)
        {
            var args = new List<FlowValue>();
            foreach (var arg in link.Args)
            {
                if (arg is Variable v && structs.TryGetValue(v, out var values))
                    args.AddRange(values);
                else
                    args.Add(Current(arg));
            }
            link.Args.Clear();
            link.Args.AddRange(args);
        }

        int FieldIndex(Variable pointer, SpaceOperation op) => FieldsOf(pointer)!.FindIndex(f => f.Name == (string)((Constant)op.Args[1]).Value!);
    }
}
