namespace Rpython.Translator.Flow;

/// <summary>
/// The invariants of a flow graph (RPython's checkgraph): every variable is defined once, as an input
/// argument or an operation result of its block, and used only in that block or in the arguments of
/// its exits; each link passes as many values as its target has input arguments; the return and except
/// blocks have no operations and no exits; a boolean switch has exactly a False and a True exit; an
/// exception switch has the normal exit first and the raising operation last. Throws on a violation:
/// a broken graph is a bug in the toolchain, not in the user's program.
/// </summary>
internal static class GraphChecker
{
    public static void Check(FunctionGraph graph)
    {
        Require(graph.ReturnBlock.InputArgs.Count == 1, graph, "the return block must have one input argument");
        Require(graph.ExceptBlock.InputArgs.Count == 2, graph, "the except block must have two input arguments");
        var definedIn = new Dictionary<Variable, Block>();
        foreach (var block in graph.Blocks())
        {
            var defined = new HashSet<Variable>();
            void DefineVariable(Variable v)
            {
                Require(definedIn.TryAdd(v, block), graph, $"variable {v} is defined twice");
                defined.Add(v);
            }
            void Use(FlowValue value, string where)
            {
                if (value is Variable v)
                    Require(defined.Contains(v), graph, $"variable {v} is used in {where} but not defined in its block");
            }
            foreach (var v in block.InputArgs)
                DefineVariable(v);
            foreach (var op in block.Operations)
            {
                foreach (var arg in op.Args)
                    Use(arg, $"'{op.OpName}'");
                DefineVariable(op.Result);
            }
            bool isFinal = block == graph.ReturnBlock || block == graph.ExceptBlock;
            if (isFinal)
            {
                Require(block.Operations.Count == 0 && block.Exits.Count == 0, graph, "the return and except blocks have no operations and no exits");
                continue;
            }
            Require(block.Exits.Count > 0, graph, "a block other than the return and except blocks must have exits");
            if (block.CatchesExceptions)
            {
                Require(block.Operations.Count > 0, graph, "an exception switch needs the operation that raises");
                Require(block.Exits[0].ExitCase is null, graph, "the normal exit of an exception switch comes first");
                Require(block.Exits.Skip(1).All(l => l.ExitCase is PyClass), graph, "an exception exit names the class it catches");
            }
            else if (block.ExitSwitch is { } exitSwitch)
            {
                Use(exitSwitch, "the exit switch");
                Require(block.Exits.Count == 2 && Equals(block.Exits[0].ExitCase, false) && Equals(block.Exits[1].ExitCase, true),
                    graph, "a boolean switch has a False exit and then a True exit");
            }
            else
            {
                Require(block.Exits.Count == 1 && block.Exits[0].ExitCase is null, graph, "a block without a switch has one unconditional exit");
            }
            foreach (var link in block.Exits)
            {
                Require(link.PrevBlock == block, graph, "a link's previous block is the block it leaves");
                Require(link.Target is not null, graph, "a link has a target");
                Require(link.Args.Count == link.Target!.InputArgs.Count, graph,
                    $"a link passes {link.Args.Count} values to a block with {link.Target.InputArgs.Count} input arguments");
                foreach (var arg in link.Args)
                {
                    if (arg is Variable v && (v == link.LastException || v == link.LastExceptionValue))
                        continue;
                    Use(arg, "a link");
                }
            }
        }
    }

    private static void Require(bool condition, FunctionGraph graph, string message)
    {
        if (!condition)
            throw new InvalidOperationException($"flow graph '{graph.Name}' is inconsistent: {message}\n{DumpForError(graph)}");
    }

    private static string DumpForError(FunctionGraph graph)
    {
        try
        {
            return GraphDumper.Dump(graph);
        }
        catch (Exception e) when (e is NullReferenceException or KeyNotFoundException)
        {
            return "(the graph is too broken to print)";
        }
    }
}
