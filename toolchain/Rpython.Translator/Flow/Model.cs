using System.Collections.Immutable;
using Rpython.Translator.Diagnostics;
using Rpython.Translator.Syntax;

namespace Rpython.Translator.Flow;

// The flow model, as RPython's (rpython/flowspace/model.py): a function is a graph of blocks in SSI
// form. A Variable belongs to one block: it is an input argument of the block or the result of one
// of its operations, and every value a later block needs travels explicitly along a Link.

/// <summary>A value in a flow graph: a <see cref="Variable"/> or a <see cref="Constant"/>.</summary>
internal abstract class FlowValue
{
    /// <summary>The low-level type the RTyper gave the value (RPython's concretetype); null before.</summary>
    public RTyping.LowLevelType? ConcreteType { get; set; }
}

/// <summary>An SSA variable. Its name prefix says where it came from (a local's name, or "v").</summary>
internal sealed class Variable(string prefix = "v") : FlowValue
{
    public string Prefix { get; } = prefix;

    public override string ToString() => Prefix;
}

/// <summary>A constant: a Python value known at translation time (an int, a str, None, a function, a class...).</summary>
internal sealed class Constant(object? value) : FlowValue
{
    public object? Value { get; } = value;

    public static readonly Constant None = new(null);

    /// <summary>The exit switch of a block whose last operation may raise: its links are the normal exit
    /// followed by one link per exception class it catches.</summary>
    public static readonly Constant LastException = new(LastExceptionMarker.Instance);

    public override bool Equals(object? obj) => obj is Constant other && Equals(Value, other.Value) && SameType(Value, other.Value);

    public override int GetHashCode() => Value?.GetHashCode() ?? 0;

    // Python's 1 == 1.0 == True must not make these constants interchangeable.
    private static bool SameType(object? a, object? b) => a is null ? b is null : b is not null && a.GetType() == b.GetType();
}

internal sealed class LastExceptionMarker
{
    public static readonly LastExceptionMarker Instance = new();

    private LastExceptionMarker()
    {
    }

    public override string ToString() => "last_exception";
}

/// <summary><c>result = opname(args...)</c>, at a position in the source.</summary>
internal sealed class SpaceOperation(string opName, ImmutableArray<FlowValue> args, Variable result, SourceLocation? location)
{
    public string OpName { get; } = opName;

    public ImmutableArray<FlowValue> Args { get; set; } = args;

    public Variable Result { get; } = result;

    public SourceLocation? Location { get; } = location;
}

/// <summary>A position in a source file, for diagnostics and for the comments of generated code.</summary>
internal readonly record struct SourceLocation(SourceText Source, TextSpan Span)
{
    public int Line => Source.LineColumn(Span.Start).Line;

    public override string ToString()
    {
        var (line, column) = Source.LineColumn(Span.Start);
        return FormattableString.Invariant($"{Source.Path}:{line}:{column}");
    }
}

/// <summary>An edge to <see cref="Target"/>, whose input arguments receive <see cref="Args"/>.
/// On an exception exit, <see cref="ExitCase"/> is the class caught and the link may pass the two
/// fresh variables <see cref="LastException"/> (the class) and <see cref="LastExceptionValue"/>.</summary>
internal sealed class Link(Block prevBlock, object? exitCase)
{
    public Block PrevBlock { get; } = prevBlock;

    public Block? Target { get; set; }

    public List<FlowValue> Args { get; } = [];

    /// <summary>False/True for a boolean switch, the exception class on an exception exit, null otherwise.</summary>
    public object? ExitCase { get; } = exitCase;

    public Variable? LastException { get; set; }

    public Variable? LastExceptionValue { get; set; }

    /// <summary>The low-level form of <see cref="ExitCase"/> that the RTyper gives an exception exit
    /// (the caught class's vtable), for the LLInterpreter and the backend to match against.</summary>
    public object? LowLevelExitCase { get; set; }

    /// <summary>The statement that leads along this link (the last one run before it), for diagnostics
    /// about the values it carries.</summary>
    public SourceLocation? Location { get; set; }
}

internal sealed class Block
{
    public Block(IEnumerable<Variable> inputArgs) => InputArgs = [.. inputArgs];

    public List<Variable> InputArgs { get; }

    public List<SpaceOperation> Operations { get; } = [];

    /// <summary>Null: one unconditional exit. A value: two exits, False then True.
    /// <see cref="Constant.LastException"/>: the normal exit, then the exception exits.</summary>
    public FlowValue? ExitSwitch { get; set; }

    public List<Link> Exits { get; } = [];

    public bool CatchesExceptions => ReferenceEquals(ExitSwitch, Constant.LastException);
}

/// <summary>The flow graph of one function (or one specialisation of it). The return block has one
/// input argument (the result), the except block two (exception class and value); neither has exits.</summary>
internal sealed class FunctionGraph
{
    public FunctionGraph(string moduleName, string name, Block startBlock, SourceLocation? location)
    {
        ModuleName = moduleName;
        Name = name;
        StartBlock = startBlock;
        Location = location;
        ReturnBlock = new Block([new Variable("result")]);
        ExceptBlock = new Block([new Variable("etype"), new Variable("evalue")]);
    }

    /// <summary>The dotted name of the module that defines the function (<c>pyvm.interpreter</c>).</summary>
    public string ModuleName { get; }

    /// <summary>The function's qualified name; a specialisation appends its key.</summary>
    public string Name { get; set; }

    /// <summary>The block the graph starts with. The RTyper gives the graphs of one call family a
    /// new start block with the family's parameter types (RPython's normalizecalls).</summary>
    public Block StartBlock { get; set; }

    public Block ReturnBlock { get; }

    public Block ExceptBlock { get; }

    public SourceLocation? Location { get; }

    /// <summary>Whether the graph runs only on rare paths (a raise moved out of its callers): the C#
    /// backend asks the CLR's JIT never to inline it back.</summary>
    public bool IsCold { get; init; }

    /// <summary>Annotated assignments in the body (<c>x: int = ...</c>): the value assigned and its
    /// declared type, checked against the inferred type after annotation.</summary>
    public List<(FlowValue Value, Syntax.Expr Annotation, string Name)> Declarations { get; } = [];

    public override string ToString() => "graph " + Name;

    /// <summary>Every block reachable from the start block, in depth-first order of the exits, which
    /// is the stable order of dumps.</summary>
    public IReadOnlyList<Block> Blocks()
    {
        var seen = new HashSet<Block>();
        var order = new List<Block>();
        var stack = new Stack<Block>();
        stack.Push(StartBlock);
        while (stack.Count > 0)
        {
            var block = stack.Pop();
            if (!seen.Add(block))
                continue;
            order.Add(block);
            for (int i = block.Exits.Count - 1; i >= 0; i--)
            {
                if (block.Exits[i].Target is { } target && !seen.Contains(target))
                    stack.Push(target);
            }
        }
        return order;
    }
}
