using Rpython.Translator.Flow;
using Rpython.Translator.RTyping;

namespace Rpython.Tests.RTyping;

/// <summary>
/// Low-level graphs built by hand, for testing operations the RTyper does not produce yet: a
/// straight line of operations on typed parameters, then a return. <see cref="Guarded"/> makes the
/// last operation catch exceptions of one class.
/// <code>
/// var g = new HandBuiltGraph("f", Signed);
/// var sum = g.Op("int_add", Signed, g.Parameter(0), HandBuiltGraph.Int(1));
/// FunctionGraph graph = g.Return(sum);
/// </code>
/// </summary>
internal sealed class HandBuiltGraph
{
    private readonly FunctionGraph _graph;
    private Block _block;

    public HandBuiltGraph(string name, params LowLevelType[] parameterTypes)
    {
        _block = new Block(parameterTypes.Select(t => new Variable("p") { ConcreteType = t }));
        _graph = new FunctionGraph("handmade", name, _block, location: null);
    }

    public Variable Parameter(int index) => _graph.StartBlock.InputArgs[index];

    public Variable Op(string name, LowLevelType resultType, params FlowValue[] args)
    {
        _ = LowLevelOperations.Get(name);
        var result = new Variable { ConcreteType = resultType };
        _block.Operations.Add(new SpaceOperation(name, [.. args], result, location: null));
        return result;
    }

    /// <summary>Returns <paramref name="value"/> and closes the graph (checked).</summary>
    public FunctionGraph Return(FlowValue value)
    {
        _graph.ReturnBlock.InputArgs[0].ConcreteType = value.ConcreteType;
        Jump(_block, null, _graph.ReturnBlock, value);
        GraphChecker.Check(_graph);
        return _graph;
    }

    /// <summary>Ends the graph with the last operation guarded: its result is returned if it does not
    /// raise, <paramref name="whenCaught"/> if it raises an instance of <paramref name="caught"/>,
    /// whose low-level class is <paramref name="vtable"/>; other exceptions propagate.</summary>
    public FunctionGraph Guarded(PyClass caught, ClassInfo vtable, Constant whenCaught)
    {
        var result = _block.Operations[^1].Result;
        _graph.ReturnBlock.InputArgs[0].ConcreteType = result.ConcreteType;
        _block.ExitSwitch = Constant.LastException;
        Jump(_block, null, _graph.ReturnBlock, result);
        var handler = new Block([]);
        var link = new Link(_block, caught)
        {
            Target = handler,
            LowLevelExitCase = vtable,
            LastException = new Variable("last_exception") { ConcreteType = LowLevelTypes.Ptr(InstanceLayouts.VtableType) },
            LastExceptionValue = new Variable("last_exc_value") { ConcreteType = LowLevelTypes.GCREF },
        };
        _block.Exits.Add(link);
        Jump(handler, null, _graph.ReturnBlock, whenCaught);
        GraphChecker.Check(_graph);
        return _graph;
    }

    public static Constant Int(long value) => RTyper.Typed(value, LowLevelTypes.Signed);

    public static Constant VoidConst(object? value) => RTyper.Typed(value, LowLevelTypes.Void);

    public static Constant Typed(object? value, LowLevelType type) => RTyper.Typed(value, type);

    private static void Jump(Block from, object? exitCase, Block to, params FlowValue[] args)
    {
        var link = new Link(from, exitCase) { Target = to };
        link.Args.AddRange(args);
        from.Exits.Add(link);
    }
}
