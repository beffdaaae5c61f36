using System.Collections.Immutable;
using Rpython.Translator.Diagnostics;
using Rpython.Translator.Syntax;
using Ast = Rpython.Translator.Syntax;
using Attribute = Rpython.Translator.Syntax.Attribute;

namespace Rpython.Translator.Flow;

/// <summary>
/// Builds the flow graph of one function from its syntax tree, the way RPython's flow space does by
/// abstract interpretation: values are Variables or Constants; an operation whose arguments are all
/// constants is folded; a branch on a constant takes one side only; at a join a local stays a
/// constant when every incoming path agrees on it and becomes an input variable otherwise. Names the
/// function never assigns are globals, frozen at import time, so they are constants.
/// Invariants of the result are those <see cref="GraphChecker"/> checks. Where RPython rejects the
/// Python (a closure, a generator, 'global' assignment...) or this builder does not handle it yet,
/// it throws a <see cref="FlowError"/> at that source position.
/// </summary>
internal sealed class FlowBuilder
{
    private readonly PyFunction _function;
    private readonly SourceText _source;
    private readonly IReadOnlyDictionary<string, object?> _builtins;
    private readonly HashSet<string> _localNames;
    private readonly List<string> _localOrder = [];
    private FunctionGraph _graph = null!;
    private Block? _block;
    private Dictionary<string, FlowValue> _locals = new(StringComparer.Ordinal);
    private readonly Stack<LoopTargets> _loops = new();
    private readonly Stack<Join> _handlers = new();
    private readonly Stack<FinallyExits> _finallies = new();
    /// <summary>The hidden locals holding the exception an enclosing 'except' block handles, for a bare 'raise'.</summary>
    private readonly Stack<(string Type, string Value)> _caught = new();
    private int _hiddenCounter;
    private SourceLocation? _statementLocation;

    private FlowBuilder(PyFunction function, SourceText source, IReadOnlyDictionary<string, object?> builtins)
    {
        _function = function;
        _source = source;
        _builtins = builtins;
        _localNames = LocalNames.Of(function.Arguments, function.Body);
    }

    public static FunctionGraph Build(PyFunction function, SourceText source, IReadOnlyDictionary<string, object?> builtins) =>
        new FlowBuilder(function, source, builtins).Build();

    /// <summary>Incoming edges of a block that is created once all of them are known.</summary>
    private sealed class Join(int extraCount)
    {
        public int ExtraCount { get; } = extraCount;

        public List<(Link Link, Dictionary<string, FlowValue> Locals, FlowValue[] Extras)> Incoming { get; } = [];
    }

    /// <summary>Where 'break' and 'continue' go: the exit join, and the loop header (with the names it
    /// receives) or, in an unrolled loop, the join of the next iteration.</summary>
    /// <summary>The ways out of a 'try' body that has a 'finally': each runs the finally block (a copy
    /// of it per way out, as CPython's compiler does) and then goes on where it was going.
    /// <see cref="LoopDepth"/> is the number of loops around the 'try': a break or continue of a loop
    /// inside the body does not leave it.</summary>
    private sealed record FinallyExits(int LoopDepth, Join Return, Join Break, Join Continue);

    private sealed record LoopTargets(Block? Header, IReadOnlyList<string> HeaderNames, Join Exit, Join? NextIteration = null);

    private FunctionGraph Build()
    {
        var parameters = new List<Variable>();
        foreach (var arg in AllParameters(_function.Arguments))
        {
            var v = new Variable(arg.Name);
            parameters.Add(v);
            Define(arg.Name, v);
        }
        var start = new Block(parameters);
        _graph = new FunctionGraph(_function.Module.Name, _function.QualifiedName, start, Location(_function.Definition is LocatedNode n ? n.Span : default));
        _block = start;
        Statements(_function.Body);
        if (_block is not null)
            LinkTo(_block, null, _graph.ReturnBlock, [Constant.None]);
        return _graph;
    }

    private static IEnumerable<Arg> AllParameters(Arguments args)
    {
        foreach (var a in args.PosOnlyArgs.Concat(args.Args))
            yield return a;
        if (args.VarArg is not null)
            yield return args.VarArg;
        foreach (var a in args.KwOnlyArgs)
            yield return a;
    }

    private SourceLocation Location(TextSpan span) => new(_source, span);

    private FlowError Error(LocatedNode node, string message) => new(Location(node.Span), message);

    private void Define(string name, FlowValue value)
    {
        if (!_locals.ContainsKey(name) && !_localOrder.Contains(name))
            _localOrder.Add(name);
        _locals[name] = value;
    }

    private IEnumerable<string> OrderedLocals(IEnumerable<string> names)
    {
        var set = names.ToHashSet(StringComparer.Ordinal);
        return _localOrder.Where(set.Contains);
    }

    // ---- operations ----

    private static readonly HashSet<string> s_pureOperations = new(StringComparer.Ordinal)
    {
        "add", "sub", "mul", "truediv", "floordiv", "mod", "lshift", "rshift", "and_", "or_", "xor",
        "neg", "pos", "invert", "bool", "lt", "le", "eq", "ne", "gt", "ge", "is_",
    };

    /// <summary>Operations that may raise an exception an enclosing 'except' can catch.</summary>
    private static readonly HashSet<string> s_canRaise = new(StringComparer.Ordinal)
    {
        "simple_call", "call_args", "getitem", "setitem", "delitem", "truediv", "floordiv", "mod",
        "inplace_truediv", "inplace_floordiv", "inplace_mod", "next", "contains", "lshift", "pow",
        "rshift", "inplace_lshift", "inplace_rshift", "inplace_pow", // ValueError for a negative shift count or exponent
    };

    private FlowValue Op(string opName, LocatedNode at, params FlowValue[] args)
    {
        // Translated code is translated: the branches for running on CPython evaporate.
        if (opName == "simple_call" && args is [Constant { Value: PyExternal { QualifiedName: "rpython.rlib.objectmodel.we_are_translated" } }])
            return new Constant(true);
        if (s_pureOperations.Contains(opName) && args.All(a => a is Constant)
            && ConstantFolder.TryFold(opName, args.Select(a => ((Constant)a).Value).ToList(), out var folded))
            return new Constant(folded);
        // Items of constant tuples and strings are constants (unpacking an unrolled table's entry).
        if (opName == "getitem" && args is [Constant { Value: PyTuple or string } sequence, Constant { Value: long index }]
            && TryConstantItem(sequence.Value, index, out var item))
            return new Constant(item);
        if (opName == "getattr" && args[0] is Constant { Value: var owner } && args[1] is Constant { Value: string attribute }
            && TryConstantAttribute(owner, attribute, out var attributeValue))
            return new Constant(attributeValue);
        var block = CurrentBlock(at);
        var result = new Variable();
        block.Operations.Add(new SpaceOperation(opName, [.. args], result, Location(at.Span)));
        return _handlers.Count > 0 && s_canRaise.Contains(opName) ? SplitForExceptions(block, result) : result;
    }

    private static bool TryConstantItem(object? sequence, long index, out object? item)
    {
        var items = sequence is PyTuple t ? [.. t.Items] : PyValues.Characters((string)sequence!).Cast<object?>().ToList();
        long k = index < 0 ? index + items.Count : index;
        item = null;
        if (k < 0 || k >= items.Count)
            return false;
        item = items[(int)k];
        return true;
    }

    private bool TryConstantAttribute(object? owner, string attribute, out object? value)
    {
        value = null;
        return owner switch
        {
            PyModule module => module.Globals.TryGetValue(attribute, out value),
            PyExternal external when !external.QualifiedName.StartsWith("rpython.rlib.jit.JitDriver", StringComparison.Ordinal) =>
                (value = PyExternal.Member(external.QualifiedName + "." + attribute, _builtins)) is not null,
            PyClass cls => cls.TryLookup(attribute, out value) && value is not PyFunction
                && (value is not PyStaticMethod s || (value = s.Function) is not null),
            _ => false,
        };
    }

    /// <summary>The block's last operation may raise: the block ends there, with its normal exit to a
    /// new block and an exception exit to the innermost handler.</summary>
    private FlowValue SplitForExceptions(Block block, Variable result)
    {
        block.ExitSwitch = Constant.LastException;
        var normal = LinkTo(block, null, new Block([]), []);
        var exceptional = new Link(block, Builtin("Exception"))
        {
            Location = _statementLocation,
            LastException = new Variable("last_exception"),
            LastExceptionValue = new Variable("last_exc_value"),
        };
        block.Exits.Add(exceptional);
        _handlers.Peek().Incoming.Add((exceptional, new(_locals), [exceptional.LastException, exceptional.LastExceptionValue]));
        // The result exists only on the normal exit.
        string held = Hold(result);
        StartBlockFrom(normal, normal.Target!);
        return Release(held);
    }

    private Block CurrentBlock(LocatedNode at) =>
        _block ?? throw Error(at, "internal: code after the end of a block");

    // ---- joins ----

    private Link LinkTo(Block from, object? exitCase, Block target, IEnumerable<FlowValue> args)
    {
        var link = new Link(from, exitCase) { Target = target, Location = _statementLocation };
        link.Args.AddRange(args);
        from.Exits.Add(link);
        return link;
    }

    private void JumpTo(Join join, object? exitCase = null, params FlowValue[] extras)
    {
        var from = _block!;
        var link = new Link(from, exitCase) { Location = _statementLocation };
        from.Exits.Add(link);
        join.Incoming.Add((link, new(_locals), extras));
        _block = null;
    }

    /// <summary>Creates the block the join's edges go to and continues there; no incoming edge means
    /// the code after it is unreachable.</summary>
    private FlowValue[] Resume(Join join)
    {
        if (join.Incoming.Count == 0)
        {
            _block = null;
            return [];
        }
        var names = join.Incoming.Select(i => (IEnumerable<string>)i.Locals.Keys).Aggregate((a, b) => a.Intersect(b)).ToList();
        var ordered = OrderedLocals(names).Concat(names.Where(n => !_localOrder.Contains(n)).OrderBy(n => n, StringComparer.Ordinal)).ToList();
        var block = new Block([]);
        var locals = new Dictionary<string, FlowValue>(StringComparer.Ordinal);
        var incomingArgs = join.Incoming.Select(_ => new List<FlowValue>()).ToList();
        FlowValue Merge(string prefix, Func<int, FlowValue> valueAt)
        {
            var first = valueAt(0);
            if (first is Constant && Enumerable.Range(1, join.Incoming.Count - 1).All(k => valueAt(k).Equals(first)))
                return first;
            var v = new Variable(prefix);
            block.InputArgs.Add(v);
            for (int k = 0; k < join.Incoming.Count; k++)
                incomingArgs[k].Add(valueAt(k));
            return v;
        }
        foreach (var name in ordered)
            locals[name] = Merge(name.TrimStart('.'), k => join.Incoming[k].Locals[name]);
        var extras = new FlowValue[join.ExtraCount];
        for (int e = 0; e < join.ExtraCount; e++)
            extras[e] = Merge("v", k => join.Incoming[k].Extras[e]);
        for (int k = 0; k < join.Incoming.Count; k++)
        {
            join.Incoming[k].Link.Target = block;
            join.Incoming[k].Link.Args.AddRange(incomingArgs[k]);
        }
        _block = block;
        _locals = locals;
        return extras;
    }

    /// <summary>
    /// Evaluates a condition for its control flow only, ending the current block with jumps to
    /// <paramref name="whenTrue"/> or <paramref name="whenFalse"/>: 'not' swaps them, 'and'/'or'
    /// short-circuit and 'is not' tests 'is' with them swapped. So the operation that decides is
    /// the block's switch itself, and what it proves (isinstance(), 'is None') narrows the variable
    /// on the right link. A constant condition jumps one way only.
    /// </summary>
    private void BranchOnTest(Expr test, Join whenTrue, Join whenFalse)
    {
        switch (test)
        {
            case UnaryOp { Op: UnaryOpKind.Not } not:
                BranchOnTest(not.Operand, whenFalse, whenTrue);
                return;
            case BoolOp b:
                for (int i = 0; i < b.Values.Length - 1 && _block is not null; i++)
                {
                    var next = new Join(0);
                    if (b.Op == BoolOpKind.And)
                        BranchOnTest(b.Values[i], next, whenFalse);
                    else
                        BranchOnTest(b.Values[i], whenTrue, next);
                    Resume(next);
                }
                if (_block is not null)
                    BranchOnTest(b.Values[^1], whenTrue, whenFalse);
                return;
            case Compare { Ops: [CmpOpKind.IsNot] } c:
            {
                var operands = Evaluate(c.Left, c.Comparators[0]);
                JumpOn(Op("is_", c, operands), c, whenFalse, whenTrue);
                return;
            }
            default:
                JumpOn(Expression(test), test, whenTrue, whenFalse);
                return;
        }
    }

    private void JumpOn(FlowValue condition, LocatedNode at, Join whenTrue, Join whenFalse)
    {
        if (condition is not Constant)
            condition = Op("bool", at, condition);
        if (condition is Constant { Value: var c })
        {
            bool truth = PyValues.Truth(c) ?? throw Error(at, $"cannot decide the truth of the constant {PyRepr.Of(c)}");
            JumpTo(truth ? whenTrue : whenFalse);
            return;
        }
        var block = CurrentBlock(at);
        block.ExitSwitch = condition;
        foreach (var (truth, join) in new[] { (false, whenFalse), (true, whenTrue) })
        {
            var link = new Link(block, truth) { Location = _statementLocation };
            block.Exits.Add(link);
            join.Incoming.Add((link, new(_locals), []));
        }
        _block = null;
    }

    /// <summary>Branches on a value: a constant takes one side only.</summary>
    private void Branch(FlowValue condition, LocatedNode at, Action whenTrue, Action whenFalse, Join after)
    {
        if (condition is not Constant)
            condition = Op("bool", at, condition);
        if (condition is Constant { Value: var c })
        {
            bool truth = PyValues.Truth(c) ?? throw Error(at, $"cannot decide the truth of the constant {PyRepr.Of(c)}");
            (truth ? whenTrue : whenFalse)();
            if (_block is not null)
                JumpTo(after);
            return;
        }
        var block = CurrentBlock(at);
        block.ExitSwitch = condition;
        var saved = new Dictionary<string, FlowValue>(_locals);
        foreach (var (truth, action) in new[] { (false, whenFalse), (true, whenTrue) })
        {
            _locals = new(saved);
            var target = new Block([]);
            var link = LinkTo(block, truth, target, []);
            StartBlockFrom(link, target);
            action();
            if (_block is not null)
                JumpTo(after);
        }
    }

    /// <summary>Makes <paramref name="target"/> receive every local that is a Variable over <paramref name="link"/>.</summary>
    private void StartBlockFrom(Link link, Block target)
    {
        var carried = new Dictionary<string, FlowValue>(StringComparer.Ordinal);
        foreach (var (name, value) in _locals.OrderBy(p => _localOrder.IndexOf(p.Key)).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            if (value is Variable)
            {
                var v = new Variable(name.TrimStart('.'));
                target.InputArgs.Add(v);
                link.Args.Add(value);
                carried[name] = v;
            }
            else
            {
                carried[name] = value;
            }
        }
        _locals = carried;
        _block = target;
    }

    // ---- statements ----

    private void Statements(ImmutableArray<Stmt> body)
    {
        foreach (var stmt in body)
        {
            if (_block is null)
                return; // unreachable code after return/raise/break/continue is not translated
            Statement(stmt);
        }
    }

    private void Statement(Stmt stmt)
    {
        _statementLocation = Location(stmt.Span);
        switch (stmt)
        {
            case ExprStmt { Value: Ast.Constant }:
            case Pass:
                return;
            case ExprStmt e:
                Expression(e.Value);
                return;
            case Assign { Targets: [TupleExpr or ListExpr], Value: TupleExpr values } a
                when Elements(a.Targets[0]) is var targets && targets.Length == values.Elts.Length && !targets.Any(t => t is Starred) && !values.Elts.Any(e => e is Starred):
            {
                // a, b = b, a + b: the values are computed first, then assigned; no tuple is built.
                var computed = Evaluate([.. values.Elts]);
                for (int i = 0; i < targets.Length; i++)
                    AssignTo(targets[i], computed[i]);
                return;
            }
            case Assign a:
            {
                var value = Expression(a.Value);
                foreach (var target in a.Targets)
                    AssignTo(target, value);
                return;
            }
            case AnnAssign a:
                if (a.Value is not null)
                {
                    var value = Expression(a.Value);
                    if (a.Target is Name declared)
                        _graph.Declarations.Add((value, a.Annotation, declared.Id));
                    AssignTo(a.Target, value);
                }
                return;
            case AugAssign { Target: Subscript { Slice: not Slice } or Attribute } a:
            {
                // The owner and the index are evaluated once, as CPython does (x[f()] += 1 calls f
                // once); they are held, since each operation may end a block inside 'try'.
                var (owner, key) = a.Target is Subscript s ? (s.Value, s.Slice) : (((Attribute)a.Target).Value, null);
                string heldOwner = Hold(Expression(owner));
                string? heldKey = key is null ? null : Hold(Expression(key));
                string heldCurrent = Hold(heldKey is null
                    ? Op("getattr", a.Target, _locals[heldOwner], new Constant(((Attribute)a.Target).Attr))
                    : Op("getitem", a.Target, _locals[heldOwner], _locals[heldKey]));
                var value = Expression(a.Value);
                var result = Op("inplace_" + BinaryOpName(a.Op), a, Release(heldCurrent), value);
                if (heldKey is null)
                    Op("setattr", a.Target, Release(heldOwner), new Constant(((Attribute)a.Target).Attr), result);
                else
                    Op("setitem", a.Target, Release(heldOwner), Release(heldKey), result);
                return;
            }
            case AugAssign a:
            {
                var operands = Evaluate(LocalNames.AsLoad(a.Target), a.Value);
                var result = Op("inplace_" + BinaryOpName(a.Op), a, operands);
                AssignTo(a.Target, result);
                return;
            }
            case Return r:
                ReturnValue(r.Value is null ? Constant.None : Expression(r.Value));
                return;
            case If i:
            {
                var (whenTrue, whenFalse, after) = (new Join(0), new Join(0), new Join(0));
                BranchOnTest(i.Test, whenTrue, whenFalse);
                foreach (var (join, body) in new[] { (whenTrue, i.Body), (whenFalse, i.Orelse) })
                {
                    Resume(join);
                    Statements(body);
                    if (_block is not null)
                        JumpTo(after);
                }
                Resume(after);
                return;
            }
            case While w:
                WhileLoop(w);
                return;
            case For f:
                ForLoop(f);
                return;
            case Break b:
                if (_loops.Count == 0)
                    throw Error(b, "'break' outside loop");
                if (_finallies.Count > 0 && _finallies.Peek().LoopDepth == _loops.Count)
                    JumpTo(_finallies.Peek().Break);
                else
                    JumpTo(_loops.Peek().Exit);
                return;
            case Continue c:
                ContinueLoop(c);
                return;
            case Raise r:
                RaiseStatement(r);
                return;
            case Try t:
                TryStatement(t);
                return;
            case Ast.Assert a:
                AssertStatement(a);
                return;
            case With w:
                WithItems(w, 0);
                return;
            case Delete d:
                foreach (var target in d.Targets)
                    DeleteTarget(target);
                return;
            case Global g:
                throw Error(g, "RPython functions cannot assign to global variables: module globals are constants frozen at import time (keep mutable state on a prebuilt instance)");
            case Nonlocal n:
                throw Error(n, "RPython functions cannot create closures: 'nonlocal' is not supported");
            case FunctionDef or AsyncFunctionDef:
                throw Error(stmt, "RPython functions cannot create closures: define this function at module level");
            case ClassDef:
                throw Error(stmt, "defining classes inside functions is not RPython: define the class at module level");
            default:
                throw Error(stmt, $"the '{StatementKind(stmt)}' statement is not supported in RPython functions yet");
        }
    }

    /// <summary><c>with m as v: body</c>: <c>v = m.__enter__()</c>, then the body, after which
    /// <c>m.__exit__(None, None, None)</c> runs whichever way it is left (RPython context managers
    /// cannot look at or swallow the exception).</summary>
    private void WithItems(With w, int index)
    {
        if (index == w.Items.Length)
        {
            Statements(w.Body);
            return;
        }
        var item = w.Items[index];
        string manager = Hold(Expression(item.ContextExpr));
        var entered = Op("simple_call", item.ContextExpr, Op("getattr", item.ContextExpr, _locals[manager], new Constant("__enter__")));
        if (item.OptionalVars is not null)
            AssignTo(item.OptionalVars, entered);
        TryFinally(() => WithItems(w, index + 1), () =>
        {
            var exit = Op("getattr", item.ContextExpr, _locals[manager], new Constant("__exit__"));
            Op("simple_call", item.ContextExpr, exit, Constant.None, Constant.None, Constant.None);
        });
        if (_block is not null)
            Release(manager);
    }

    private void DeleteTarget(Expr target)
    {
        switch (target)
        {
            case Subscript { Slice: not Slice } s:
                Op("delitem", s, Evaluate(s.Value, s.Slice));
                return;
            case Subscript { Slice: Slice { Step: null } slice } s:
                Op("delslice", s, Evaluate(s.Value, slice.Lower ?? NoneLiteral(slice), slice.Upper ?? NoneLiteral(slice)));
                return;
            case Name n when _locals.ContainsKey(n.Id):
                _locals.Remove(n.Id);
                return;
            default:
                throw Error(target, "RPython can delete an item of a list or dict ('del x[i]') or a local variable");
        }
    }

    private static string StatementKind(Stmt stmt) => stmt switch
    {
        AsyncWith => "async with",
        Match => "match",
        Import or ImportFrom => "import",
        TryStar => "try/except*",
        AsyncFor => "async for",
        _ => stmt.GetType().Name.ToLowerInvariant(),
    };

    private static ImmutableArray<Expr> Elements(Expr target) => target is TupleExpr t ? t.Elts : ((ListExpr)target).Elts;

    private void AssignTo(Expr target, FlowValue value)
    {
        switch (target)
        {
            case Name n:
                Define(n.Id, value);
                return;
            case Attribute a:
            {
                string held = Hold(value);
                var owner = Expression(a.Value);
                Op("setattr", a, owner, new Constant(a.Attr), Release(held));
                return;
            }
            case Subscript s:
            {
                string held = Hold(value);
                var operands = Evaluate(s.Value, s.Slice);
                Op("setitem", s, operands[0], operands[1], Release(held));
                return;
            }
            case TupleExpr or ListExpr:
            {
                var elements = target is TupleExpr t ? t.Elts : ((ListExpr)target).Elts;
                if (elements.Any(e => e is Starred))
                    throw Error(target, "starred assignment is not RPython: unpack a fixed number of items");
                // The items are taken first (each getitem may end a block inside 'try'), then assigned.
                string held = Hold(value);
                var items = new List<string>();
                for (int i = 0; i < elements.Length; i++)
                    items.Add(Hold(Op("getitem", elements[i], _locals[held], new Constant((long)i))));
                Release(held);
                for (int i = 0; i < elements.Length; i++)
                    AssignTo(elements[i], Release(items[i]));
                return;
            }
            default:
                throw Error(target, "cannot assign to this target in RPython");
        }
    }

    private void WhileLoop(While w)
    {
        var exit = new Join(0);
        var header = EnterLoopHeader(w, w.Body);
        var (enterBody, leave) = (new Join(0), new Join(0));
        BranchOnTest(w.Test, enterBody, leave);
        Resume(enterBody);
        LoopBody(w.Body, header, exit);
        Resume(leave);
        Statements(w.Orelse);
        if (_block is not null)
            JumpTo(exit);
        Resume(exit);
    }

    private void ForLoop(For f)
    {
        var iterable = Expression(f.Iter);
        if (iterable is Constant { Value: PyExternalCall { Callee.QualifiedName: "rpython.rlib.unroll.unrolling_iterable", Args: [var items] } })
        {
            UnrolledLoop(f, items);
            return;
        }
        string iteratorName = ".iter" + (_hiddenCounter++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _locals[iteratorName] = Op("iter", f.Iter, iterable);
        var exit = new Join(0);
        var header = EnterLoopHeader(f, f.Body);
        // next() ends the header block: its normal exit enters the body, StopIteration leaves the loop.
        var item = new Variable();
        header.Block.Operations.Add(new SpaceOperation("next", [_locals[iteratorName]], item, Location(f.Iter.Span)));
        header.Block.ExitSwitch = Constant.LastException;
        var saved = new Dictionary<string, FlowValue>(_locals);
        const string itemName = ".item";
        _locals[itemName] = item;
        StartBlockFrom(LinkTo(header.Block, null, new Block([]), []), header.Block.Exits[^1].Target!);
        var body = (_block, _locals);
        _locals = saved;
        var stop = LinkTo(header.Block, Builtin("StopIteration"), new Block([]), []);
        StartBlockFrom(stop, stop.Target!);
        Statements(f.Orelse);
        if (_block is not null)
            JumpTo(exit);
        (_block, _locals) = body;
        var value = _locals[itemName];
        _locals.Remove(itemName);
        AssignTo(f.Target, value);
        LoopBody(f.Body, header, exit);
        Resume(exit);
    }

    /// <summary>A loop's body, ending (if it does not leave otherwise) with the jump back to the header.</summary>
    private void LoopBody(ImmutableArray<Stmt> body, (Block Block, IReadOnlyList<string> Names) header, Join exit)
    {
        _loops.Push(new LoopTargets(header.Block, header.Names, exit));
        Statements(body);
        _loops.Pop();
        if (_block is not null)
            JumpToHeader(header.Block, header.Names);
    }

    /// <summary><c>for x in unrolling_iterable(...)</c>: the body is built once per item, with the item
    /// a constant, so dispatch over a constant table evaporates into straight-line code.</summary>
    private void UnrolledLoop(For f, object? items)
    {
        var values = items switch
        {
            PyTuple t => t.Items.ToList(),
            PyList l => l.Items.ToList(),
            _ => throw Error(f.Iter, "unrolling_iterable() needs a tuple or list known at import time"),
        };
        var exit = new Join(0);
        foreach (var value in values)
        {
            var next = new Join(0);
            AssignTo(f.Target, new Constant(value));
            _loops.Push(new LoopTargets(null, [], exit, next));
            Statements(f.Body);
            _loops.Pop();
            if (_block is not null)
                JumpTo(next);
            Resume(next);
            if (_block is null)
                break;
        }
        Statements(f.Orelse);
        if (_block is not null)
            JumpTo(exit);
        Resume(exit);
    }

    private PyClass Builtin(string name) => (PyClass)_builtins[name]!;

    /// <summary>Closes the current block with a jump to a new loop header. The header receives every
    /// local that is a variable or that the loop assigns; other locals keep their constant values.</summary>
    private (Block Block, IReadOnlyList<string> Names) EnterLoopHeader(Stmt loop, ImmutableArray<Stmt> body)
    {
        var assigned = LocalNames.AssignedIn(body).ToHashSet(StringComparer.Ordinal);
        if (loop is For f)
            assigned.UnionWith(LocalNames.Targets(f.Target));
        var names = _locals.Keys.Where(n => _locals[n] is Variable || assigned.Contains(n)).ToList();
        names = [.. OrderedLocals(names), .. names.Where(n => !_localOrder.Contains(n)).OrderBy(n => n, StringComparer.Ordinal)];
        var header = new Block(names.Select(n => new Variable(n.TrimStart('.'))));
        LinkTo(CurrentBlock(loop), null, header, names.Select(n => _locals[n]));
        for (int i = 0; i < names.Count; i++)
            _locals[names[i]] = header.InputArgs[i];
        _block = header;
        return (header, names);
    }

    private void JumpToHeader(Block header, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            if (!_locals.ContainsKey(name))
                throw new FlowError(Location(default), $"local variable '{name}' is not defined on every path back to the loop header");
        }
        LinkTo(_block!, null, header, names.Select(n => _locals[n]));
        _block = null;
    }

    private void ContinueLoop(Continue c)
    {
        if (_loops.Count == 0)
            throw Error(c, "'continue' not properly in loop");
        if (_finallies.Count > 0 && _finallies.Peek().LoopDepth == _loops.Count)
        {
            JumpTo(_finallies.Peek().Continue);
            return;
        }
        var loop = _loops.Peek();
        if (loop.NextIteration is { } next)
            JumpTo(next);
        else
            JumpToHeader(loop.Header!, loop.HeaderNames);
    }

    private void RaiseStatement(Raise r)
    {
        if (r.Exc is null)
        {
            var (caughtType, caughtValue) = _caught.Count > 0 ? _caught.Peek() : throw Error(r, "a bare 'raise' must be inside an 'except' block");
            RaiseValue(_locals[caughtType], _locals[caughtValue]);
            return;
        }
        var raised = Expression(r.Exc);
        if (raised is Constant { Value: PyClass })
            raised = Op("simple_call", r.Exc, raised);
        var type = Op("type", r, raised);
        RaiseValue(type, raised);
    }

    private void RaiseValue(FlowValue type, FlowValue value)
    {
        if (_handlers.Count > 0)
            JumpTo(_handlers.Peek(), null, type, value);
        else
            LinkTo(_block!, null, _graph.ExceptBlock, [type, value]);
        _block = null;
    }

    private void AssertStatement(Ast.Assert a)
    {
        var (holds, fails) = (new Join(0), new Join(0));
        BranchOnTest(a.Test, holds, fails);
        Resume(fails);
        if (_block is not null)
        {
            var error = new Constant(_builtins["AssertionError"]);
            var value = a.Msg is null ? Op("simple_call", a, error) : Op("simple_call", a, [error, .. Evaluate(a.Msg)]);
            LinkTo(_block!, null, _graph.ExceptBlock, [error, value]);
            _block = null;
        }
        Resume(holds);
    }

    private void ReturnValue(FlowValue value)
    {
        if (_finallies.Count > 0)
            JumpTo(_finallies.Peek().Return, null, value);
        else
            LinkTo(_block!, null, _graph.ReturnBlock, [value]);
        _block = null;
    }

    private void TryStatement(Try t)
    {
        if (t.Finalbody.Length > 0)
        {
            TryFinally(() => TryExcept(t with { Finalbody = [] }), () => Statements(t.Finalbody));
            return;
        }
        TryExcept(t);
    }

    /// <summary>Runs <paramref name="body"/>; whichever way it leaves (falling through, an exception,
    /// return, break, continue), <paramref name="finalBody"/> runs, then the way out goes on.</summary>
    private void TryFinally(Action body, Action finalBody)
    {
        var (normal, caught) = (new Join(0), new Join(2));
        var exits = new FinallyExits(_loops.Count, new Join(1), new Join(0), new Join(0));
        _handlers.Push(caught);
        _finallies.Push(exits);
        body();
        _finallies.Pop();
        _handlers.Pop();
        if (_block is not null)
            JumpTo(normal);
        var after = new Join(0);
        Resume(normal);
        RunFinally(finalBody, () => JumpTo(after));
        var exception = Resume(caught);
        if (_block is not null)
        {
            var held = (Hold(exception[0]), Hold(exception[1]));
            RunFinally(finalBody, () => RaiseValue(Release(held.Item1), Release(held.Item2)));
        }
        var returned = Resume(exits.Return);
        if (_block is not null)
        {
            string held = Hold(returned[0]);
            RunFinally(finalBody, () => ReturnValue(Release(held)));
        }
        Resume(exits.Break);
        RunFinally(finalBody, () => JumpTo(_finallies.Count > 0 && _finallies.Peek().LoopDepth == _loops.Count ? _finallies.Peek().Break : _loops.Peek().Exit));
        Resume(exits.Continue);
        if (_block is not null)
        {
            finalBody();
            if (_block is not null)
                ContinueLoop(new Continue(default));
        }
        Resume(after);
    }

    /// <summary>The finally block, then where the way out was going (unless the finally block left itself).</summary>
    private void RunFinally(Action finalBody, Action then)
    {
        if (_block is null)
            return;
        finalBody();
        if (_block is not null)
            then();
    }

    private void TryExcept(Try t)
    {
        var after = new Join(0);
        var caught = new Join(2);
        _handlers.Push(caught);
        Statements(t.Body);
        _handlers.Pop();
        if (_block is not null)
        {
            Statements(t.Orelse);
            if (_block is not null)
                JumpTo(after);
        }
        var exception = Resume(caught);
        if (_block is not null)
            DispatchHandlers(t.Handlers, 0, (Hold(exception[0]), Hold(exception[1])), after);
        Resume(after);
    }

    private void DispatchHandlers(ImmutableArray<ExceptHandler> handlers, int index, (string Type, string Value) held, Join after)
    {
        if (index == handlers.Length)
        {
            var (type, value) = (Release(held.Type), Release(held.Value));
            RaiseValue(type, value);
            return;
        }
        var handler = handlers[index];
        Action body = () =>
        {
            if (handler.Name is not null)
                Define(handler.Name, _locals[held.Value]);
            _caught.Push(held);
            Statements(handler.Body);
            _caught.Pop();
            if (_block is not null)
            {
                Release(held.Type);
                Release(held.Value);
            }
        };
        if (handler.Type is null)
        {
            body();
            if (_block is not null)
                JumpTo(after);
            return;
        }
        var classes = ExceptionClasses(handler.Type);
        // Tested on the exception value, as isinstance(): on the matching branch the value narrows to the class caught.
        FlowValue matches = Op("exception_match", handler.Type, _locals[held.Value], new Constant(classes.Count == 1 ? classes[0] : new PyTuple([.. classes])));
        Branch(matches, handler.Type, body, () => DispatchHandlers(handlers, index + 1, held, after), after);
    }

    private List<PyClass> ExceptionClasses(Expr type)
    {
        var value = Expression(type);
        var items = value switch
        {
            Constant { Value: PyClass c } => [c],
            Constant { Value: PyTuple tuple } when tuple.Items.All(i => i is PyClass) => tuple.Items.Cast<PyClass>().ToList(),
            _ => throw Error(type, "non-constant except guard: RPython needs a class (or a tuple of classes) known at import time"),
        };
        foreach (var c in items)
        {
            if (c.Name is "NotImplementedError" or "AssertionError" && c.ModuleName == "builtins")
                throw Error(type, $"catching {c.Name} is not valid in RPython");
        }
        return items;
    }

    // ---- expressions ----

    private FlowValue Expression(Expr expr)
    {
        switch (expr)
        {
            case Ast.Constant c:
                return new Constant(c.Value);
            case Name n:
                return LoadName(n);
            case BinOp b:
                return Op(BinaryOpName(b.Op), b, Evaluate(b.Left, b.Right));
            case UnaryOp { Op: UnaryOpKind.Not } u:
                return Choose(u, Expression(u.Operand), new Constant(false), new Constant(true));
            case UnaryOp u:
                return Op(u.Op switch { UnaryOpKind.Invert => "invert", UnaryOpKind.UAdd => "pos", _ => "neg" }, u, Expression(u.Operand));
            case BoolOp b:
                return ShortCircuit(b, 0);
            case Compare c:
                return Comparison(c, Expression(c.Left), 0);
            case IfExp i:
            {
                var after = new Join(1);
                FlowValue? result = null;
                Branch(Expression(i.Test), i.Test,
                    () => { result = Expression(i.Body); Carry(after, result); },
                    () => { result = Expression(i.Orelse); Carry(after, result); }, after);
                return ResumeValue(after);
            }
            case Attribute a:
                return Op("getattr", a, Expression(a.Value), new Constant(a.Attr));
            case Subscript { Slice: Slice s } sub:
            {
                if (s.Step is not null)
                    throw Error(s.Step, "slices with a step are not RPython");
                var operands = Evaluate(sub.Value, s.Lower ?? NoneLiteral(s), s.Upper ?? NoneLiteral(s));
                return Op("getslice", sub, operands);
            }
            case Subscript s:
                return Op("getitem", s, Evaluate(s.Value, s.Slice));
            case Call c:
                return CallExpression(c);
            case TupleExpr t:
            {
                var items = Evaluate([.. t.Elts]);
                return items.All(i => i is Constant)
                    ? new Constant(new PyTuple([.. items.Select(i => ((Constant)i).Value)]))
                    : Op("newtuple", t, items);
            }
            case ListExpr l:
                return Op("newlist", l, Evaluate([.. l.Elts.Select(e => e is Starred ? throw Error(e, "starred items are not RPython") : e)]));
            case DictExpr d:
            {
                var operands = new List<Expr>();
                for (int i = 0; i < d.Keys.Length; i++)
                {
                    operands.Add(d.Keys[i] ?? throw Error(d.Values[i], "dict unpacking ('**') is not RPython"));
                    operands.Add(d.Values[i]);
                }
                return Op("newdict", d, Evaluate([.. operands]));
            }
            case ListComp lc:
                return ListComprehension(lc);
            case SetExpr:
                throw Error(expr, "sets are not RPython: use a dict (with None values) or a list");
            case SetComp or DictComp or GeneratorExp:
                throw Error(expr, "only list comprehensions are RPython: build a dict or set with a loop, and use a list instead of a generator expression");
            case Lambda:
                throw Error(expr, "RPython functions cannot create closures: a lambda must be defined at module level");
            case Yield or YieldFrom or Await:
                throw Error(expr, "generators are not supported in RPython functions");
            default:
                throw Error(expr, $"this expression ({expr.GetType().Name}) is not supported in RPython functions yet");
        }
    }

    /// <summary><c>[elt for x in it if cond]</c> is a new list filled by a loop, as RPython's flow space
    /// sees it. The loop variables are the comprehension's own: what the function had under those
    /// names before is visible again afterwards.</summary>
    private FlowValue ListComprehension(ListComp lc)
    {
        var targets = lc.Generators.SelectMany(g => LocalNames.Targets(g.Target)).Distinct().ToList();
        var shadowed = targets.Where(_localNames.Contains).ToHashSet(StringComparer.Ordinal);
        var saved = targets.Where(_locals.ContainsKey).ToDictionary(n => n, n => _locals[n], StringComparer.Ordinal);
        _localNames.UnionWith(targets);
        string list = Hold(Op("newlist", lc));
        var append = new Name(lc.Span, list, ExprContext.Load);
        Stmt body = new ExprStmt(lc.Elt.Span, new Call(lc.Elt.Span, new Attribute(lc.Elt.Span, append, "append", ExprContext.Load), [lc.Elt], []));
        for (int i = lc.Generators.Length - 1; i >= 0; i--)
        {
            var g = lc.Generators[i];
            if (g.IsAsync != 0)
                throw Error(lc, "asynchronous comprehensions are not RPython");
            foreach (var test in g.Ifs.Reverse())
                body = new If(test.Span, test, [body], []);
            body = new For(lc.Span, g.Target, g.Iter, [body], [], null);
        }
        _localNames.Add(list);
        Statement(body);
        _localNames.Remove(list);
        var result = Release(list);
        foreach (var name in targets)
        {
            _locals.Remove(name);
            if (saved.TryGetValue(name, out var value))
                _locals[name] = value;
            if (!shadowed.Contains(name))
                _localNames.Remove(name);
        }
        return result;
    }

    private FlowValue LoadName(Name n)
    {
        if (_localNames.Contains(n.Id))
        {
            return _locals.TryGetValue(n.Id, out var value)
                ? value
                : throw Error(n, $"local variable '{n.Id}' is referenced before assignment (RPython needs it assigned on every path that reaches this use)");
        }
        // A function made at import time by a factory sees the factory's variables: frozen constants.
        if (_function.Closure is { } closure && closure.TryLookup(n.Id, out var captured))
            return new Constant(captured);
        if (_function.Module.Globals.TryGetValue(n.Id, out var global))
            return new Constant(global);
        if (_builtins.TryGetValue(n.Id, out var builtin))
            return new Constant(builtin);
        throw Error(n, $"global name '{n.Id}' is not defined");
    }

    private FlowValue CallExpression(Call c)
    {
        int starred = c.Args.Count(a => a is Starred);
        if (starred > 1 || (starred == 1 && c.Args[^1] is not Starred))
            throw Error(c, "only one '*args' argument, in the last position, is RPython");
        foreach (var k in c.Keywords)
        {
            if (k.Arg is null)
                throw Error(k, "'**kwargs' in a call is not RPython");
        }
        bool star = starred == 1;
        var positional = c.Args.Select(a => a is Starred s ? s.Value : a).ToList();
        // Positional arguments, then keyword values, then the *args value: RPython's call_args order.
        var operands = Evaluate([c.Func, .. positional.Take(positional.Count - (star ? 1 : 0)), .. c.Keywords.Select(k => k.Value), .. star ? positional.TakeLast(1) : []]);
        // getattr(x, 'name') with a name known when the graph is built is x.name (RPython's flow space
        // does the same): a factory's closure reads fields named in an unrolled table this way.
        if (c.Keywords.Length == 0 && !star && operands is [Constant { Value: PyBuiltinFunction { Name: "getattr" } }, var owner, Constant { Value: string name }])
            return Op("getattr", c, owner, new Constant(name));
        if (c.Keywords.Length == 0 && !star)
            return Op("simple_call", c, operands);
        // The call shape, as RPython's CallSpec: (number of positional arguments, keyword names, has *args).
        var shape = new Constant(new PyTuple([(long)(positional.Count - (star ? 1 : 0)), new PyTuple([.. c.Keywords.Select(k => (object?)k.Arg)]), star]));
        return Op("call_args", c, [operands[0], shape, .. operands.Skip(1)]);
    }

    /// <summary>Evaluates operands left to right. Each value is held while the next ones are evaluated,
    /// since one of them may branch (an 'if' expression, 'and', a comprehension) and continue in a new block.</summary>
    private FlowValue[] Evaluate(params Expr[] operands)
    {
        var held = operands.Select(e => Hold(Expression(e))).ToList();
        return [.. held.Select(Release)];
    }

    private static Ast.Constant NoneLiteral(LocatedNode at) => new(at.Span, null, null);

    private void Carry(Join join, FlowValue value)
    {
        if (_block is not null)
            JumpTo(join, null, value);
    }

    private FlowValue ResumeValue(Join join)
    {
        var extras = Resume(join);
        return extras.Length > 0 ? extras[0] : Constant.None;
    }

    /// <summary>Keeps a value computed before a branch alive in the blocks after it, as a hidden local
    /// (blocks only see what their input arguments bring); <see cref="Release"/> takes it back.</summary>
    private string Hold(FlowValue value)
    {
        string name = ".t" + (_hiddenCounter++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _locals[name] = value;
        return name;
    }

    private FlowValue Release(string held)
    {
        var value = _locals[held];
        _locals.Remove(held);
        return value;
    }

    /// <summary><c>whenTrue if condition else whenFalse</c>, for values already computed.</summary>
    private FlowValue Choose(LocatedNode at, FlowValue condition, FlowValue whenTrue, FlowValue whenFalse)
    {
        var after = new Join(1);
        string heldTrue = Hold(whenTrue), heldFalse = Hold(whenFalse);
        Branch(condition, at, () => CarryHeld(after, heldTrue, heldFalse), () => CarryHeld(after, heldFalse, heldTrue), after);
        return ResumeValue(after);
    }

    /// <summary>Carries the held value <paramref name="chosen"/> to the join, dropping the other held values.</summary>
    private void CarryHeld(Join join, string chosen, params string[] dropped)
    {
        foreach (var name in dropped)
            Release(name);
        Carry(join, Release(chosen));
    }

    private FlowValue ShortCircuit(BoolOp b, int index)
    {
        var value = Expression(b.Values[index]);
        if (index == b.Values.Length - 1)
            return value;
        var after = new Join(1);
        string held = Hold(value);
        Action keep = () => CarryHeld(after, held);
        Action next = () =>
        {
            Release(held);
            Carry(after, ShortCircuit(b, index + 1));
        };
        Branch(value, b.Values[index], b.Op == BoolOpKind.And ? next : keep, b.Op == BoolOpKind.And ? keep : next, after);
        return ResumeValue(after);
    }

    private FlowValue Comparison(Compare c, FlowValue left, int index)
    {
        string heldLeft = Hold(left);
        var right = Expression(c.Comparators[index]);
        left = Release(heldLeft);
        var result = c.Ops[index] switch
        {
            CmpOpKind.Eq => Op("eq", c, left, right),
            CmpOpKind.NotEq => Op("ne", c, left, right),
            CmpOpKind.Lt => Op("lt", c, left, right),
            CmpOpKind.LtE => Op("le", c, left, right),
            CmpOpKind.Gt => Op("gt", c, left, right),
            CmpOpKind.GtE => Op("ge", c, left, right),
            CmpOpKind.Is => Op("is_", c, left, right),
            CmpOpKind.IsNot => Choose(c, Op("is_", c, left, right), new Constant(false), new Constant(true)),
            CmpOpKind.In => Op("contains", c, right, left),
            _ => Choose(c, Op("contains", c, right, left), new Constant(false), new Constant(true)),
        };
        if (index == c.Ops.Length - 1)
            return result;
        // a < b < c: the second comparison only runs when the first is true.
        var after = new Join(1);
        string heldResult = Hold(result), heldRight = Hold(right);
        Branch(result, c,
            () =>
            {
                Release(heldResult);
                Carry(after, Comparison(c, Release(heldRight), index + 1));
            },
            () => CarryHeld(after, heldResult, heldRight), after);
        return ResumeValue(after);
    }

    public static string BinaryOpName(OperatorKind op) => op switch
    {
        OperatorKind.Add => "add",
        OperatorKind.Sub => "sub",
        OperatorKind.Mult => "mul",
        OperatorKind.MatMult => "matmul",
        OperatorKind.Div => "truediv",
        OperatorKind.Mod => "mod",
        OperatorKind.Pow => "pow",
        OperatorKind.LShift => "lshift",
        OperatorKind.RShift => "rshift",
        OperatorKind.BitOr => "or_",
        OperatorKind.BitXor => "xor",
        OperatorKind.BitAnd => "and_",
        _ => "floordiv",
    };
}
