using System.Collections.Immutable;
using Rpython.Translator.Diagnostics;

namespace Rpython.Translator.Syntax;

/// <summary>
/// The context rules CPython enforces after parsing (in its compiler and symbol table) that make
/// a grammatical program invalid Python: 'return'/'yield'/'await' outside a function, 'break' and
/// 'continue' outside a loop, misplaced 'nonlocal', 'global' after use, duplicate parameters,
/// 'import *' in a function, late '__future__' imports. Runs once the tree has no syntax errors.
/// </summary>
internal sealed class SyntaxChecker
{
    private readonly SourceText _source;
    private readonly DiagnosticBag _diagnostics;
    private Scope _scope;

    private SyntaxChecker(SourceText source, DiagnosticBag diagnostics)
    {
        _source = source;
        _diagnostics = diagnostics;
        _scope = new Scope(ScopeKind.Module, isAsync: false, isGenerator: false, parameters: []);
    }

    public static void Check(SourceText source, Module module, DiagnosticBag diagnostics)
    {
        var checker = new SyntaxChecker(source, diagnostics);
        checker.CheckFutureImports(module.Body);
        checker.Statements(module.Body);
    }

    private enum ScopeKind { Module, Class, Function, Lambda }

    private sealed class Scope(ScopeKind kind, bool isAsync, bool isGenerator, HashSet<string> parameters)
    {
        public ScopeKind Kind { get; } = kind;
        public bool IsAsync { get; } = isAsync;
        public bool IsGenerator { get; } = isGenerator;
        public HashSet<string> Parameters { get; } = parameters;
        public HashSet<string> Used { get; } = [];
        public HashSet<string> Assigned { get; } = [];
        /// <summary>Declared names, each with the statement that first declared it.</summary>
        public Dictionary<string, TextSpan> Globals { get; } = [];
        public Dictionary<string, TextSpan> Nonlocals { get; } = [];
        public int LoopDepth { get; set; }
        public bool IsFunction => Kind is ScopeKind.Function or ScopeKind.Lambda;
    }

    private void Error(TextSpan span, string message) => _diagnostics.Add(_source, span.Start, message);

    private void CheckFutureImports(ImmutableArray<Stmt> body)
    {
        bool prologue = true;
        for (int i = 0; i < body.Length; i++)
        {
            var stmt = body[i];
            bool docstring = i == 0 && stmt is ExprStmt { Value: Constant { Value: string } };
            if (stmt is ImportFrom { Module: "__future__", Level: 0 } future)
            {
                if (!prologue)
                    Error(stmt.Span, "from __future__ imports must occur at the beginning of the file");
                foreach (var alias in future.Names)
                {
                    if (alias.Name == "braces")
                        Error(alias.Span, "not a chance");
                    else if (!KnownFutureFeatures.Contains(alias.Name))
                        Error(alias.Span, $"future feature {alias.Name} is not defined");
                }
            }
            else if (!docstring)
            {
                prologue = false;
            }
        }
    }

    private static readonly HashSet<string> KnownFutureFeatures =
    [
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    ];

    private void Statements(ImmutableArray<Stmt> body)
    {
        foreach (var stmt in body)
            Statement(stmt);
    }

    private void Statement(Stmt stmt)
    {
        switch (stmt)
        {
            case FunctionDef f:
                FunctionLike(f.Span, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, isAsync: false);
                break;
            case AsyncFunctionDef f:
                FunctionLike(f.Span, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, isAsync: true);
                break;
            case ClassDef c:
                Expressions(c.DecoratorList);
                Expressions(c.Bases);
                foreach (var k in c.Keywords)
                    Expression(k.Value);
                Bind(c.Name);
                WithScope(new Scope(ScopeKind.Class, false, false, []), () => Statements(c.Body));
                break;
            case Return r:
                if (!_scope.IsFunction)
                    Error(r.Span, "'return' outside function");
                else if (r.Value is not null && _scope.IsAsync && _scope.IsGenerator)
                    Error(r.Span, "'return' with value in async generator");
                Expression(r.Value);
                break;
            case Delete d:
                Expressions(d.Targets);
                break;
            case Assign a:
                Expression(a.Value);
                Expressions(a.Targets);
                break;
            case AugAssign a:
                Expression(a.Value);
                Expression(a.Target);
                break;
            case AnnAssign a:
                Expression(a.Annotation);
                Expression(a.Value);
                Expression(a.Target);
                break;
            case For f:
                Loop(f.Target, f.Iter, f.Body, f.Orelse);
                break;
            case AsyncFor f:
                if (!(_scope.IsFunction && _scope.IsAsync))
                    Error(f.Span, "'async for' outside async function");
                Loop(f.Target, f.Iter, f.Body, f.Orelse);
                break;
            case While w:
                Loop(null, w.Test, w.Body, w.Orelse);
                break;
            case If i:
                Expression(i.Test);
                Statements(i.Body);
                Statements(i.Orelse);
                break;
            case With w:
                WithItems(w.Items);
                Statements(w.Body);
                break;
            case AsyncWith w:
                if (!(_scope.IsFunction && _scope.IsAsync))
                    Error(w.Span, "'async with' outside async function");
                WithItems(w.Items);
                Statements(w.Body);
                break;
            case Match m:
                Expression(m.Subject);
                for (int k = 0; k < m.Cases.Length; k++)
                {
                    var c = m.Cases[k];
                    if (k < m.Cases.Length - 1 && c.Guard is null && IrrefutablePattern(c.Pattern) is { } irrefutable)
                    {
                        Error(irrefutable.Span, irrefutable.Name is null
                            ? "wildcard makes remaining patterns unreachable"
                            : $"name capture '{irrefutable.Name}' makes remaining patterns unreachable");
                    }
                    Pattern(c.Pattern);
                    Expression(c.Guard);
                    Statements(c.Body);
                }
                break;
            case Raise r:
                Expression(r.Exc);
                Expression(r.Cause);
                break;
            case Try t:
                TryLike(t.Body, t.Handlers, t.Orelse, t.Finalbody);
                break;
            case TryStar t:
                TryLike(t.Body, t.Handlers, t.Orelse, t.Finalbody);
                break;
            case Assert a:
                Expression(a.Test);
                Expression(a.Msg);
                break;
            case Import i:
                foreach (var alias in i.Names)
                    Bind(alias.AsName ?? alias.Name.Split('.')[0]);
                break;
            case ImportFrom i:
                foreach (var alias in i.Names)
                {
                    if (alias.Name == "*" && _scope.Kind != ScopeKind.Module)
                        Error(alias.Span, "import * only allowed at module level");
                    else
                        Bind(alias.AsName ?? alias.Name);
                }
                break;
            case Global g:
                Declare(g.Span, g.Names, "global");
                break;
            case Nonlocal n:
                if (_scope.Kind == ScopeKind.Module)
                    Error(n.Span, "nonlocal declaration not allowed at module level");
                else
                    Declare(n.Span, n.Names, "nonlocal");
                break;
            case ExprStmt e:
                Expression(e.Value);
                break;
            case Break b:
                if (_scope.LoopDepth == 0)
                    Error(b.Span, "'break' outside loop");
                break;
            case Continue c:
                if (_scope.LoopDepth == 0)
                    Error(c.Span, "'continue' not properly in loop");
                break;
        }
    }

    private void Declare(TextSpan span, ImmutableArray<string> names, string what)
    {
        foreach (string name in names)
        {
            if (_scope.Parameters.Contains(name) && _scope.IsFunction)
                Error(span, $"name '{name}' is parameter and {what}");
            else if ((what == "global" ? _scope.Nonlocals : _scope.Globals).TryGetValue(name, out var other))
                Error(other, $"name '{name}' is nonlocal and global");
            else if (_scope.Assigned.Contains(name))
                Error(span, $"name '{name}' is assigned to before {what} declaration");
            else if (_scope.Used.Contains(name))
                Error(span, $"name '{name}' is used prior to {what} declaration");
            (what == "global" ? _scope.Globals : _scope.Nonlocals).TryAdd(name, span);
        }
    }

    private void Bind(string name) => _scope.Assigned.Add(name);

    private void Loop(Expr? target, Expr iterOrTest, ImmutableArray<Stmt> body, ImmutableArray<Stmt> orelse)
    {
        Expression(iterOrTest);
        Expression(target);
        _scope.LoopDepth++;
        Statements(body);
        _scope.LoopDepth--;
        Statements(orelse);
    }

    private void TryLike(ImmutableArray<Stmt> body, ImmutableArray<ExceptHandler> handlers, ImmutableArray<Stmt> orelse,
        ImmutableArray<Stmt> finalbody)
    {
        Statements(body);
        foreach (var handler in handlers)
        {
            Expression(handler.Type);
            if (handler.Name is not null)
                Bind(handler.Name);
            Statements(handler.Body);
        }
        Statements(orelse);
        Statements(finalbody);
    }

    private void WithItems(ImmutableArray<WithItem> items)
    {
        foreach (var item in items)
        {
            Expression(item.ContextExpr);
            Expression(item.OptionalVars);
        }
    }

    private void FunctionLike(TextSpan span, string name, Arguments args, ImmutableArray<Stmt> body,
        ImmutableArray<Expr> decorators, Expr? returns, bool isAsync)
    {
        Expressions(decorators);
        var parameters = Parameters(span, args);
        Expression(returns);
        Bind(name);
        bool isGenerator = ContainsYield(body);
        WithScope(new Scope(ScopeKind.Function, isAsync, isGenerator, parameters), () => Statements(body));
    }

    /// <summary>Checks defaults and annotations in the enclosing scope and returns the parameter names.</summary>
    private HashSet<string> Parameters(TextSpan span, Arguments args)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Expressions(args.Defaults);
        foreach (var d in args.KwDefaults)
            Expression(d);
        foreach (var arg in args.PosOnlyArgs.Concat(args.Args).Append(args.VarArg).Concat(args.KwOnlyArgs).Append(args.KwArg))
        {
            if (arg is null)
                continue;
            Expression(arg.Annotation);
            if (!names.Add(arg.Name))
                Error(arg.Span, $"duplicate argument '{arg.Name}' in function definition");
        }
        return names;
    }

    /// <summary>The capture or wildcard that makes a pattern match anything, if it does.</summary>
    private static MatchAs? IrrefutablePattern(Pattern pattern) => pattern switch
    {
        MatchAs { Pattern: null } capture => capture,
        MatchAs { Pattern: { } inner } => IrrefutablePattern(inner),
        MatchOr or => or.Patterns.Select(IrrefutablePattern).FirstOrDefault(p => p is not null),
        _ => null,
    };

    private void UnpackingTarget(TextSpan span, ImmutableArray<Expr> elements, ExprContext context)
    {
        if (context == ExprContext.Store && elements.Count(e => e is Starred) > 1)
            Error(span, "multiple starred expressions in assignment");
    }

    private void WithScope(Scope scope, Action body)
    {
        var saved = _scope;
        _scope = scope;
        body();
        _scope = saved;
    }

    private static bool ContainsYield(ImmutableArray<Stmt> body) => body.Any(s => ScopeFinder.ContainsYield(s));

    private void Expressions(IEnumerable<Expr?> expressions)
    {
        foreach (var e in expressions)
            Expression(e);
    }

    private void Expression(Expr? expr)
    {
        switch (expr)
        {
            case null:
                return;
            case Name n:
                if (n.Ctx == ExprContext.Load)
                    _scope.Used.Add(n.Id);
                else
                    _scope.Assigned.Add(n.Id);
                return;
            case BoolOp b:
                Expressions(b.Values);
                return;
            case NamedExpr n:
                Expression(n.Value);
                Expression(n.Target);
                return;
            case BinOp b:
                Expression(b.Left);
                Expression(b.Right);
                return;
            case UnaryOp u:
                Expression(u.Operand);
                return;
            case Lambda l:
            {
                var parameters = Parameters(l.Span, l.Args);
                WithScope(new Scope(ScopeKind.Lambda, false, ScopeFinder.ContainsYield(l.Body), parameters), () => Expression(l.Body));
                return;
            }
            case IfExp i:
                Expression(i.Test);
                Expression(i.Body);
                Expression(i.Orelse);
                return;
            case DictExpr d:
                Expressions(d.Keys);
                Expressions(d.Values);
                return;
            case SetExpr s:
                Expressions(s.Elts);
                return;
            case ListComp c:
                Comprehension(c.Span, "list comprehension", c.Generators, c.Elt, null);
                return;
            case SetComp c:
                Comprehension(c.Span, "set comprehension", c.Generators, c.Elt, null);
                return;
            case DictComp c:
                Comprehension(c.Span, "dict comprehension", c.Generators, c.Key, c.Value);
                return;
            case GeneratorExp c:
                Comprehension(c.Span, "generator expression", c.Generators, c.Elt, null);
                return;
            case Await a:
                if (!_scope.IsFunction)
                    Error(a.Span, "'await' outside function");
                else if (!_scope.IsAsync)
                    Error(a.Span, "'await' outside async function");
                Expression(a.Value);
                return;
            case Yield y:
                if (!_scope.IsFunction)
                    Error(y.Span, "'yield' outside function");
                Expression(y.Value);
                return;
            case YieldFrom y:
                if (!_scope.IsFunction)
                    Error(y.Span, "'yield' outside function");
                else if (_scope.IsAsync)
                    Error(y.Span, "'yield from' inside async function");
                Expression(y.Value);
                return;
            case Compare c:
                Expression(c.Left);
                Expressions(c.Comparators);
                return;
            case Call c:
                Expression(c.Func);
                Expressions(c.Args);
                var keywordNames = new HashSet<string>(StringComparer.Ordinal);
                foreach (var k in c.Keywords)
                {
                    if (k.Arg is not null && !keywordNames.Add(k.Arg))
                        Error(k.Span, $"keyword argument repeated: {k.Arg}");
                    Expression(k.Value);
                }
                return;
            case FormattedValue f:
                Expression(f.Value);
                Expression(f.FormatSpec);
                return;
            case JoinedStr j:
                Expressions(j.Values);
                return;
            case Attribute a:
                Expression(a.Value);
                return;
            case Subscript s:
                Expression(s.Value);
                Expression(s.Slice);
                return;
            case Starred s:
                Expression(s.Value);
                return;
            case ListExpr l:
                UnpackingTarget(l.Span, l.Elts, l.Ctx);
                Expressions(l.Elts);
                return;
            case TupleExpr t:
                UnpackingTarget(t.Span, t.Elts, t.Ctx);
                Expressions(t.Elts);
                return;
            case Slice s:
                Expression(s.Lower);
                Expression(s.Upper);
                Expression(s.Step);
                return;
        }
    }

    /// <summary>A comprehension is a function scope of its own, async when its enclosing function is.</summary>
    private void Comprehension(TextSpan span, string kind, ImmutableArray<Comprehension> generators, Expr elt, Expr? value)
    {
        // A generator expression that awaits is an asynchronous generator, legal anywhere; any other
        // comprehension that awaits must be inside an async function. The first iterable is
        // evaluated in the enclosing scope, so an await there counts against it.
        bool isGeneratorExpression = kind == "generator expression";
        bool awaitsInside = generators.Any(g => g.IsAsync != 0) || ScopeFinder.ContainsAwait(elt) || ScopeFinder.ContainsAwait(value)
            || generators.Skip(1).Any(g => ScopeFinder.ContainsAwait(g.Iter)) || generators.Any(g => g.Ifs.Any(ScopeFinder.ContainsAwait));
        if (awaitsInside && !isGeneratorExpression && !(_scope.IsFunction && _scope.IsAsync))
            Error(span, "asynchronous comprehension outside of an asynchronous function");
        // The first iterable is evaluated in the enclosing scope, where a yield is fine.
        var yield = generators.SelectMany((g, k) => g.Ifs.Prepend(k == 0 ? null : g.Iter).Prepend(g.Target)).Prepend(value).Prepend(elt)
            .Select(ScopeFinder.FindYield).FirstOrDefault(found => found is not null);
        if (yield is Expr yieldExpr)
            Error(yieldExpr.Span, $"'yield' inside {kind}");
        Expression(generators[0].Iter);
        var inner = new Scope(ScopeKind.Lambda, isAsync: true, isGenerator: true, parameters: []);
        WithScope(inner, () =>
        {
            foreach (var generator in generators)
            {
                if (generator != generators[0])
                    Expression(generator.Iter);
                Expression(generator.Target);
                Expressions(generator.Ifs);
            }
            Expression(elt);
            Expression(value);
        });
    }

    /// <summary>Finds a yield or an await in a statement or expression without entering nested scopes.</summary>
    private static class ScopeFinder
    {
        public static bool ContainsYield(Node? node) => FindYield(node) is not null;

        public static Node? FindYield(Node? node) => Find(node, n => n is Yield or YieldFrom);

        public static bool ContainsAwait(Node? node) => Find(node, n => n is Await) is not null;

        private static Node? Find(Node? node, Func<Node, bool> match) => node switch
        {
            null => null,
            _ when match(node) => node,
            FunctionDef or AsyncFunctionDef or ClassDef or Lambda => null,
            ListComp or SetComp or DictComp or GeneratorExp => null,
            _ => Children(node).Select(child => Find(child, match)).FirstOrDefault(found => found is not null),
        };

        private static IEnumerable<Node?> Children(Node node) => node switch
        {
            Return r => [r.Value],
            Delete d => d.Targets,
            Assign a => a.Targets.Append(a.Value),
            AugAssign a => [a.Target, a.Value],
            AnnAssign a => [a.Target, a.Annotation, a.Value],
            For f => [f.Target, f.Iter, .. f.Body, .. f.Orelse],
            AsyncFor f => [f.Target, f.Iter, .. f.Body, .. f.Orelse],
            While w => [w.Test, .. w.Body, .. w.Orelse],
            If i => [i.Test, .. i.Body, .. i.Orelse],
            With w => [.. w.Items.SelectMany(x => new Node?[] { x.ContextExpr, x.OptionalVars }), .. w.Body],
            AsyncWith w => [.. w.Items.SelectMany(x => new Node?[] { x.ContextExpr, x.OptionalVars }), .. w.Body],
            Match m => [m.Subject, .. m.Cases.SelectMany(c => c.Body.Cast<Node?>().Append(c.Guard))],
            Raise r => [r.Exc, r.Cause],
            Try t => [.. t.Body, .. t.Handlers.SelectMany(h => h.Body.Cast<Node?>().Append(h.Type)), .. t.Orelse, .. t.Finalbody],
            TryStar t => [.. t.Body, .. t.Handlers.SelectMany(h => h.Body.Cast<Node?>().Append(h.Type)), .. t.Orelse, .. t.Finalbody],
            Assert a => [a.Test, a.Msg],
            ExprStmt e => [e.Value],
            BoolOp b => b.Values,
            NamedExpr n => [n.Value],
            BinOp b => [b.Left, b.Right],
            UnaryOp u => [u.Operand],
            IfExp i => [i.Test, i.Body, i.Orelse],
            DictExpr d => [.. d.Keys, .. d.Values],
            SetExpr s => s.Elts,
            Await a => [a.Value],
            Compare c => [c.Left, .. c.Comparators],
            Call c => [c.Func, .. c.Args, .. c.Keywords.Select(k => k.Value)],
            FormattedValue f => [f.Value, f.FormatSpec],
            JoinedStr j => j.Values,
            Attribute a => [a.Value],
            Subscript s => [s.Value, s.Slice],
            Starred s => [s.Value],
            ListExpr l => l.Elts,
            TupleExpr t => t.Elts,
            Slice s => [s.Lower, s.Upper, s.Step],
            _ => [],
        };
    }

    private void Pattern(Pattern pattern)
    {
        switch (pattern)
        {
            case MatchValue v:
                Expression(v.Value);
                break;
            case MatchSequence s:
                foreach (var p in s.Patterns)
                    Pattern(p);
                break;
            case MatchMapping m:
                Expressions(m.Keys);
                foreach (var p in m.Patterns)
                    Pattern(p);
                break;
            case MatchClass c:
                Expression(c.Cls);
                foreach (var p in c.Patterns.Concat(c.KwdPatterns))
                    Pattern(p);
                break;
            case MatchAs a when a.Pattern is not null:
                Pattern(a.Pattern);
                break;
            case MatchOr o:
                foreach (var p in o.Patterns)
                    Pattern(p);
                break;
        }
    }
}
