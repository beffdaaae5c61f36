using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using Rpython.Translator.Diagnostics;
using Rpython.Translator.Syntax;
using Ast = Rpython.Translator.Syntax;
using Attribute = Rpython.Translator.Syntax.Attribute;

namespace Rpython.Translator.Flow;

/// <summary>
/// A tree-walking Python interpreter for import time: it runs module top levels, class bodies and
/// the functions they call (factories, decorators, table builders) with Python's semantics, on the
/// values of PyObjects.cs. It covers what RPython programs do at import time: literals, arithmetic,
/// containers and comprehensions, if/for/while/try, def/class/lambda with closures, decorators,
/// instances, getattr/setattr, and calls of rpython.rlib names (kept as <see cref="PyExternalCall"/>).
/// What it cannot run is a <see cref="FlowError"/> at that position.
/// </summary>
internal sealed class ImportTimeInterpreter(ImportTimeEvaluator evaluator, PyModule module, SourceText source)
{
    private const int MaxCallDepth = 200;
    private int _depth;

    private enum Signal { Normal, Return, Break, Continue }

    private object? _returnValue;

    /// <summary>A Python exception raised at import time.</summary>
    internal sealed class Raised(object? exception, SourceLocation location) : Exception("exception at import time")
    {
        public object? Exception { get; } = exception;

        public SourceLocation Location { get; } = location;
    }

    private SourceLocation At(LocatedNode node) => new(source, node.Span);

    private FlowError Error(LocatedNode node, string message) => new(At(node), message);

    public void RunModule(ImmutableArray<Stmt> body, ImportScope scope, DiagnosticBag diagnostics)
    {
        foreach (var stmt in body)
        {
            try
            {
                Execute(stmt, scope, "");
            }
            catch (FlowError e)
            {
                diagnostics.Add(e.Location.Source, e.Location.Span.Start, e.Message);
            }
            catch (Raised e)
            {
                diagnostics.Add(e.Location.Source, e.Location.Span.Start, $"exception raised at import time: {Describe(e.Exception)}");
            }
        }
    }

    private static string Describe(object? exception) => exception switch
    {
        PyInstance { Class: var c } i when i.Attributes.TryGetValue("args", out var args) && args is PyTuple { Items.Length: > 0 } t =>
            $"{c.Name}: {string.Join(", ", t.Items.Select(x => x is string s ? s : PyRepr.Of(x)))}",
        PyInstance i => i.Class.Name,
        _ => PyRepr.Of(exception),
    };

    // ---- statements ----

    private Signal ExecuteBlock(ImmutableArray<Stmt> body, ImportScope scope, string qualifier)
    {
        foreach (var stmt in body)
        {
            var signal = Execute(stmt, scope, qualifier);
            if (signal != Signal.Normal)
                return signal;
        }
        return Signal.Normal;
    }

    private Signal Execute(Stmt stmt, ImportScope scope, string qualifier)
    {
        switch (stmt)
        {
            case ExprStmt e:
                Evaluate(e.Value, scope);
                return Signal.Normal;
            case Pass:
                return Signal.Normal;
            case FunctionDef f:
                scope.Variables[f.Name] = Decorate(f.DecoratorList, MakeFunction(f.Name, qualifier + f.Name, f, f.Args, f.Body, scope), scope);
                return Signal.Normal;
            case ClassDef c:
                scope.Variables[c.Name] = Decorate(c.DecoratorList, MakeClass(c, scope, qualifier), scope);
                return Signal.Normal;
            case Assign a:
            {
                var value = Evaluate(a.Value, scope);
                foreach (var target in a.Targets)
                    Bind(target, value, scope);
                return Signal.Normal;
            }
            case AnnAssign a:
                if (a.Value is not null)
                    Bind(a.Target, Evaluate(a.Value, scope), scope);
                return Signal.Normal;
            case AugAssign a:
                Bind(a.Target, BinaryOp(FlowBuilder.BinaryOpName(a.Op), Evaluate(LocalNames.AsLoad(a.Target), scope), Evaluate(a.Value, scope), a, inPlace: true), scope);
                return Signal.Normal;
            case If i:
                return ExecuteBlock(Truth(Evaluate(i.Test, scope), i.Test) ? i.Body : i.Orelse, scope, qualifier);
            case While w:
                while (Truth(Evaluate(w.Test, scope), w.Test))
                {
                    var signal = ExecuteBlock(w.Body, scope, qualifier);
                    if (signal == Signal.Break)
                        return Signal.Normal;
                    if (signal == Signal.Return)
                        return signal;
                }
                return ExecuteBlock(w.Orelse, scope, qualifier);
            case For f:
                foreach (var item in Iterate(Evaluate(f.Iter, scope), f.Iter))
                {
                    Bind(f.Target, item, scope);
                    var signal = ExecuteBlock(f.Body, scope, qualifier);
                    if (signal == Signal.Break)
                        return Signal.Normal;
                    if (signal == Signal.Return)
                        return signal;
                }
                return ExecuteBlock(f.Orelse, scope, qualifier);
            case Break:
                return Signal.Break;
            case Continue:
                return Signal.Continue;
            case Return r:
                _returnValue = r.Value is null ? null : Evaluate(r.Value, scope);
                return Signal.Return;
            case Raise r:
                throw new Raised(r.Exc is null ? null : Instantiate(Evaluate(r.Exc, scope), r.Exc), At(r));
            case Try t:
                return ExecuteTry(t, scope, qualifier);
            case Ast.Assert a:
                if (!Truth(Evaluate(a.Test, scope), a.Test))
                    throw new Raised(NewException("AssertionError", a.Msg is null ? null : Evaluate(a.Msg, scope)), At(a));
                return Signal.Normal;
            case Import i:
                foreach (var alias in i.Names)
                    ImportModule(alias, scope);
                return Signal.Normal;
            case ImportFrom i:
                ImportFrom(i, scope);
                return Signal.Normal;
            case Delete d:
                foreach (var target in d.Targets)
                {
                    if (target is Name n && scope.Variables.Remove(n.Id))
                        continue;
                    if (target is Subscript s && Evaluate(s.Value, scope) is PyDict dict && dict.Remove(Evaluate(s.Slice, scope)))
                        continue;
                    throw Error(target, "this 'del' cannot be evaluated at import time");
                }
                return Signal.Normal;
            case Global or Nonlocal:
                throw Error(stmt, "'global' and 'nonlocal' are not supported at import time");
            default:
                throw Error(stmt, $"this statement ({stmt.GetType().Name}) cannot be evaluated at import time");
        }
    }

    private Signal ExecuteTry(Try t, ImportScope scope, string qualifier)
    {
        Signal signal;
        try
        {
            signal = ExecuteBlock(t.Body, scope, qualifier);
        }
        catch (Raised e)
        {
            var handler = t.Handlers.FirstOrDefault(h => h.Type is null || Matches(e.Exception, Evaluate(h.Type, scope)));
            if (handler is null)
                throw;
            if (handler.Name is not null)
                scope.Variables[handler.Name] = e.Exception;
            signal = ExecuteBlock(handler.Body, scope, qualifier);
            return FinishTry(t, scope, qualifier, signal);
        }
        if (signal == Signal.Normal)
            signal = ExecuteBlock(t.Orelse, scope, qualifier);
        return FinishTry(t, scope, qualifier, signal);
    }

    private Signal FinishTry(Try t, ImportScope scope, string qualifier, Signal signal)
    {
        var final = ExecuteBlock(t.Finalbody, scope, qualifier);
        return final != Signal.Normal ? final : signal;
    }

    private static bool Matches(object? exception, object? handlerType) => handlerType switch
    {
        PyClass c => exception is PyInstance i && i.Class.IsSubclassOf(c),
        PyTuple t => t.Items.Any(item => Matches(exception, item)),
        _ => false,
    };

    private void Bind(Expr target, object? value, ImportScope scope)
    {
        switch (target)
        {
            case Name n:
                scope.Variables[n.Id] = value;
                return;
            case Attribute a:
                SetAttribute(Evaluate(a.Value, scope), a.Attr, value, a);
                return;
            case Subscript s:
                SetItem(Evaluate(s.Value, scope), Evaluate(s.Slice, scope), value, s);
                return;
            case TupleExpr or ListExpr:
            {
                var elements = target is TupleExpr t ? t.Elts : ((ListExpr)target).Elts;
                var items = Iterate(value, target).ToList();
                if (elements.Any(e => e is Starred))
                    throw Error(target, "starred assignment cannot be evaluated at import time");
                if (items.Count != elements.Length)
                    throw Error(target, $"cannot unpack {items.Count} values into {elements.Length} targets");
                for (int k = 0; k < elements.Length; k++)
                    Bind(elements[k], items[k], scope);
                return;
            }
            default:
                throw Error(target, "this assignment target cannot be evaluated at import time");
        }
    }

    // ---- definitions ----

    private PyFunction MakeFunction(string name, string qualifiedName, Node definition, Arguments args, ImmutableArray<Stmt> body, ImportScope scope)
    {
        var defaults = args.Defaults.Select(d => Evaluate(d, scope)).ToImmutableArray();
        bool nested = scope.Variables != module.Globals;
        var function = new PyFunction(name, qualifiedName, definition, args, body, module, defaults, nested ? ClosureScope(scope) : null);
        for (int i = 0; i < args.KwOnlyArgs.Length; i++)
        {
            if (args.KwDefaults[i] is { } d)
                function.KeywordDefaults[args.KwOnlyArgs[i].Name] = Evaluate(d, scope);
        }
        return function;
    }

    /// <summary>The scope a nested function closes over: the nearest function scope (class bodies are not visible).</summary>
    private static ImportScope? ClosureScope(ImportScope scope)
    {
        var s = scope;
        while (s is not null && s.IsClassBody)
            s = s.Enclosing;
        return s?.Enclosing is null ? null : s;
    }

    private object? Decorate(ImmutableArray<Expr> decorators, object? value, ImportScope scope)
    {
        for (int i = decorators.Length - 1; i >= 0; i--)
        {
            var decorator = Evaluate(decorators[i], scope);
            if (decorator is PyExternal or PyExternalCall && value is PyFunction f)
                f.Hints.Add(decorator);
            else
                value = Call(decorator, [value], [], decorators[i]);
        }
        return value;
    }

    private PyClass MakeClass(ClassDef c, ImportScope scope, string qualifier)
    {
        var bases = c.Bases.Select(b => Evaluate(b, scope) as PyClass ?? throw Error(b, "a base class must be a class")).ToImmutableArray();
        if (c.Keywords.Length > 0)
            throw Error(c, "class keywords (metaclass=...) are not RPython");
        var cls = new PyClass(c.Name, module.Name, bases.IsEmpty ? [(PyClass)evaluator.Builtins["object"]!] : bases);
        var body = new ImportScope(cls.Dict, scope, isClassBody: true);
        var signal = ExecuteBlock(c.Body, body, qualifier + c.Name + ".");
        if (signal != Signal.Normal)
            throw Error(c, "'return', 'break' or 'continue' in a class body");
        return cls;
    }

    // ---- imports ----

    /// <summary>Modules the toolchain knows by name instead of running them: the RPython library and
    /// the parts of the standard library RPython programs may use (os.write, math.sqrt...).</summary>
    private static readonly HashSet<string> s_externalModules = new(StringComparer.Ordinal) { "rpython", "os", "sys", "math", "time", "errno", "typing", "__future__" };

    private static bool IsExternal(string moduleName) =>
        s_externalModules.Contains(moduleName.Split('.')[0]) && !ImportTimeEvaluator.IsToolchainModule(moduleName);

    private void ImportModule(Alias alias, ImportScope scope)
    {
        if (IsExternal(alias.Name))
        {
            scope.Variables[alias.AsName ?? alias.Name.Split('.')[0]] = new PyExternal(alias.AsName is null ? alias.Name.Split('.')[0] : alias.Name);
            return;
        }
        if (alias.AsName is null && alias.Name.Contains('.', StringComparison.Ordinal))
            throw Error(alias, "'import a.b' without 'as' is not supported at import time yet: write 'from a import b'");
        scope.Variables[alias.AsName ?? alias.Name] = evaluator.Import(alias.Name, At(alias));
    }

    private void ImportFrom(ImportFrom i, ImportScope scope)
    {
        string name = i.Module ?? "";
        if (i.Level > 0)
        {
            var parts = module.Name.Split('.').ToList();
            parts.RemoveRange(Math.Max(0, parts.Count - i.Level), Math.Min(parts.Count, i.Level));
            name = string.Join('.', parts.Append(name).Where(p => p.Length > 0));
        }
        foreach (var alias in i.Names)
        {
            if (alias.Name == "*")
                throw Error(alias, "'from ... import *' is not supported: import the names you use");
            if (IsExternal(name))
            {
                scope.Variables[alias.AsName ?? alias.Name] = PyExternal.Member(name + "." + alias.Name, evaluator.Builtins);
                continue;
            }
            var imported = evaluator.Import(name, At(alias));
            if (imported is null)
                continue;
            scope.Variables[alias.AsName ?? alias.Name] = imported.Globals.TryGetValue(alias.Name, out var value)
                ? value
                : throw Error(alias, $"cannot import name '{alias.Name}' from '{name}'");
        }
    }

    // ---- expressions ----

    private object? Evaluate(Expr expr, ImportScope scope)
    {
        switch (expr)
        {
            case Ast.Constant c:
                return c.Value;
            case Name n:
                if (scope.TryLookup(n.Id, out var value) || module.Globals.TryGetValue(n.Id, out value) || evaluator.Builtins.TryGetValue(n.Id, out value))
                    return value;
                throw Error(n, $"name '{n.Id}' is not defined");
            case TupleExpr t:
                return new PyTuple([.. t.Elts.Select(e => Evaluate(e, scope))]);
            case ListExpr l:
                return new PyList(l.Elts.Select(e => Evaluate(e, scope)));
            case DictExpr d:
            {
                var dict = new PyDict();
                for (int k = 0; k < d.Keys.Length; k++)
                {
                    if (d.Keys[k] is { } key)
                        dict.Set(Evaluate(key, scope), Evaluate(d.Values[k], scope));
                    else if (Evaluate(d.Values[k], scope) is PyDict other)
                        foreach (var entry in other.Entries)
                            dict.Set(entry.Key, entry.Value);
                    else
                        throw Error(d.Values[k], "'**' needs a dict");
                }
                return dict;
            }
            case Attribute a:
                return GetAttribute(Evaluate(a.Value, scope), a.Attr, a);
            case Subscript { Slice: Slice s } sub:
                return GetSlice(Evaluate(sub.Value, scope), s.Lower is null ? null : Evaluate(s.Lower, scope), s.Upper is null ? null : Evaluate(s.Upper, scope), s.Step, sub);
            case Subscript s:
                return GetItem(Evaluate(s.Value, scope), Evaluate(s.Slice, scope), s);
            case BinOp b:
                return BinaryOp(FlowBuilder.BinaryOpName(b.Op), Evaluate(b.Left, scope), Evaluate(b.Right, scope), b, inPlace: false);
            case UnaryOp { Op: UnaryOpKind.Not } u:
                return !Truth(Evaluate(u.Operand, scope), u);
            case UnaryOp u:
                return Fold(u.Op switch { UnaryOpKind.Invert => "invert", UnaryOpKind.UAdd => "pos", _ => "neg" }, u, Evaluate(u.Operand, scope));
            case BoolOp b:
            {
                object? last = null;
                foreach (var operand in b.Values)
                {
                    last = Evaluate(operand, scope);
                    if (Truth(last, operand) == (b.Op == BoolOpKind.Or))
                        return last;
                }
                return last;
            }
            case Compare c:
            {
                var left = Evaluate(c.Left, scope);
                for (int k = 0; k < c.Ops.Length; k++)
                {
                    var right = Evaluate(c.Comparators[k], scope);
                    if (!CompareOp(c.Ops[k], left, right, c))
                        return false;
                    left = right;
                }
                return true;
            }
            case IfExp i:
                return Evaluate(Truth(Evaluate(i.Test, scope), i.Test) ? i.Body : i.Orelse, scope);
            case Call c:
            {
                var callee = Evaluate(c.Func, scope);
                var args = new List<object?>();
                foreach (var arg in c.Args)
                {
                    if (arg is Starred s)
                        args.AddRange(Iterate(Evaluate(s.Value, scope), s));
                    else
                        args.Add(Evaluate(arg, scope));
                }
                var keywords = new List<KeyValuePair<string, object?>>();
                foreach (var k in c.Keywords)
                {
                    if (k.Arg is not null)
                        keywords.Add(new(k.Arg, Evaluate(k.Value, scope)));
                    else if (Evaluate(k.Value, scope) is PyDict dict)
                        keywords.AddRange(dict.Entries.Select(e => new KeyValuePair<string, object?>(e.Key as string ?? throw Error(k, "keywords must be strings"), e.Value)));
                    else
                        throw Error(k, "'**' needs a dict");
                }
                if (callee is PyExternal { QualifiedName: "rpython.rlib.objectmodel.import_from_mixin" })
                    return ImportFromMixin(args, keywords, scope, c);
                return Call(callee, args, keywords, c);
            }
            case Lambda l:
                return MakeFunction("<lambda>", "<lambda>", l, l.Args, [new Return(l.Body.Span, l.Body)], scope);
            case ListComp lc:
                return new PyList(Comprehension(lc.Generators, scope, inner => [Evaluate(lc.Elt, inner)]));
            case SetComp sc:
                throw Error(sc, "sets are not RPython");
            case DictComp dc:
            {
                var dict = new PyDict();
                foreach (var pair in Comprehension(dc.Generators, scope, inner => [new PyTuple([Evaluate(dc.Key, inner), Evaluate(dc.Value, inner)])]))
                {
                    var tuple = (PyTuple)pair!;
                    dict.Set(tuple.Items[0], tuple.Items[1]);
                }
                return dict;
            }
            case GeneratorExp g:
                return new PyList(Comprehension(g.Generators, scope, inner => [Evaluate(g.Elt, inner)]));
            case JoinedStr j:
                return string.Concat(j.Values.Select(v => v is FormattedValue f ? Str(Evaluate(f.Value, scope)) : (string?)Evaluate(v, scope)));
            default:
                throw Error(expr, $"this expression ({expr.GetType().Name}) cannot be evaluated at import time");
        }
    }

    /// <summary><c>import_from_mixin(M)</c> in a class body copies M's methods (each a function of its
    /// own, so each class gets its own graph) and class attributes into the class being defined.</summary>
    private object? ImportFromMixin(IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> keywords, ImportScope scope, LocatedNode at)
    {
        if (!scope.IsClassBody)
            throw Error(at, "import_from_mixin() must be called in a class body");
        if (args.Count < 1 || args[0] is not PyClass mixin)
            throw Error(at, "import_from_mixin() takes the mixin class");
        var special = args.Count > 1 ? IterateValue(args[1], at).Cast<string>().ToHashSet(StringComparer.Ordinal)
            : keywords.FirstOrDefault(k => k.Key == "special_methods").Value is { } given ? IterateValue(given, at).Cast<string>().ToHashSet(StringComparer.Ordinal)
            : ["__init__", "__del__"];
        var copied = new Dictionary<string, object?>(StringComparer.Ordinal);
        void Collect(PyClass cls)
        {
            if (cls.ModuleName == "builtins")
                return;
            foreach (var (name, value) in cls.Dict)
            {
                bool dunder = name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal);
                if ((!dunder || special.Contains(name)) && !copied.ContainsKey(name))
                    copied[name] = value is PyFunction f ? new PyFunction(f.Name, f.QualifiedName, f.Definition, f.Arguments, f.Body, f.Module, f.Defaults, f.Closure) : value;
            }
            foreach (var b in cls.Bases)
                Collect(b);
        }
        Collect(mixin);
        foreach (var (name, value) in copied)
        {
            if (!scope.Variables.TryAdd(name, value))
                throw Error(at, $"import_from_mixin({mixin.Name}) would overwrite '{name}', already defined in the class");
        }
        return null;
    }

    private List<object?> Comprehension(ImmutableArray<Comprehension> generators, ImportScope scope, Func<ImportScope, IEnumerable<object?>> element)
    {
        var results = new List<object?>();
        var inner = new ImportScope(new Dictionary<string, object?>(StringComparer.Ordinal), scope, isClassBody: false);
        void Run(int index)
        {
            if (index == generators.Length)
            {
                results.AddRange(element(inner));
                return;
            }
            var g = generators[index];
            foreach (var item in Iterate(Evaluate(g.Iter, index == 0 ? scope : inner), g.Iter).ToList())
            {
                Bind(g.Target, item, inner);
                if (g.Ifs.All(test => Truth(Evaluate(test, inner), test)))
                    Run(index + 1);
            }
        }
        Run(0);
        return results;
    }

    private bool Truth(object? value, LocatedNode at) =>
        PyValues.Truth(value) ?? throw Error(at, $"cannot take the truth of {PyValues.TypeName(value)} at import time");

    private object? Fold(string op, LocatedNode at, params object?[] args) =>
        ConstantFolder.TryFold(op, args, out var result)
            ? result
            : throw Error(at, $"unsupported operation {op}({string.Join(", ", args.Select(a => PyValues.TypeName(a)))}) at import time");

    private object? BinaryOp(string op, object? left, object? right, LocatedNode at, bool inPlace)
    {
        switch (op, left, right)
        {
            case ("add", PyList a, PyList b):
                if (inPlace)
                {
                    a.Items.AddRange(b.Items);
                    return a;
                }
                return new PyList(a.Items.Concat(b.Items));
            case ("add", PyTuple a, PyTuple b):
                return new PyTuple(a.Items.AddRange(b.Items));
            case ("mul", PyList a, long n):
                return new PyList(Enumerable.Range(0, (int)Math.Max(0, n)).SelectMany(_ => a.Items));
            case ("mul", PyTuple a, long n):
                return new PyTuple([.. Enumerable.Range(0, (int)Math.Max(0, n)).SelectMany(_ => a.Items)]);
            case ("mod", string format, _):
                return PyFormat.Percent(format, right)
                    ?? throw Error(at, $"cannot format {PyRepr.Of(format)} with {PyRepr.Of(right)} at import time (a conversion it does not support, or the wrong number of values)");
        }
        if (PyValues.IsNumber(left) && PyValues.IsNumber(right) && left is not double && right is not double
            && !ConstantFolder.TryFold(op, [left, right], out _))
            return BigIntegerOp(op, PyValues.ToBig(left!), PyValues.ToBig(right!), at);
        return Fold(op, at, left, right);
    }

    /// <summary>Python ints are unbounded: what overflows a long is computed exactly here.</summary>
    private object BigIntegerOp(string op, BigInteger a, BigInteger b, LocatedNode at) => op switch
    {
        "add" => ConstantValues.Integer(a + b),
        "sub" => ConstantValues.Integer(a - b),
        "mul" => ConstantValues.Integer(a * b),
        "lshift" when b >= 0 && b < 100000 => ConstantValues.Integer(a << (int)b),
        "rshift" when b >= 0 => ConstantValues.Integer(b > int.MaxValue ? (a.Sign < 0 ? -1 : 0) : a >> (int)b),
        "pow" when b >= 0 && b < 100000 => ConstantValues.Integer(BigInteger.Pow(a, (int)b)),
        "floordiv" when !b.IsZero => ConstantValues.Integer(BigInteger.Divide(a - (((a % b) + b) % b), b)),
        "mod" when !b.IsZero => ConstantValues.Integer(((a % b) + b) % b),
        "and_" => ConstantValues.Integer(a & b),
        "or_" => ConstantValues.Integer(a | b),
        "xor" => ConstantValues.Integer(a ^ b),
        _ => throw Error(at, $"cannot compute {op} on these ints at import time"),
    };

    private bool CompareOp(CmpOpKind op, object? left, object? right, LocatedNode at)
    {
        switch (op)
        {
            case CmpOpKind.Eq:
                return PyValues.AreEqual(left, right);
            case CmpOpKind.NotEq:
                return !PyValues.AreEqual(left, right);
            case CmpOpKind.Is:
                return left is null || right is null ? left is null && right is null : left is bool x && right is bool y ? x == y : ReferenceEquals(left, right);
            case CmpOpKind.IsNot:
                return !CompareOp(CmpOpKind.Is, left, right, at);
            case CmpOpKind.In:
                return Contains(right, left, at);
            case CmpOpKind.NotIn:
                return !Contains(right, left, at);
        }
        int order = PyValues.Compare(left, right) ?? throw Error(at, $"cannot order {PyValues.TypeName(left)} and {PyValues.TypeName(right)}");
        return op switch
        {
            CmpOpKind.Lt => order < 0,
            CmpOpKind.LtE => order <= 0,
            CmpOpKind.Gt => order > 0,
            _ => order >= 0,
        };
    }

    private bool Contains(object? container, object? item, LocatedNode at) => container switch
    {
        string s when item is string sub => s.Contains(sub, StringComparison.Ordinal),
        PyDict d => d.TryGetValue(item, out _),
        PyTuple or PyList => Iterate(container, at).Any(x => PyValues.AreEqual(x, item)),
        _ => throw Error(at, $"'in' on {PyValues.TypeName(container)} cannot be evaluated at import time"),
    };

    private IEnumerable<object?> Iterate(object? value, LocatedNode at) => value switch
    {
        PyTuple t => t.Items,
        PyList l => l.Items.ToList(),
        PyDict d => d.Entries.Select(e => e.Key).ToList(),
        string s => PyValues.Characters(s),
        _ => throw Error(at, $"cannot iterate over {PyValues.TypeName(value)} at import time"),
    };

    private object? GetItem(object? container, object? index, LocatedNode at)
    {
        switch (container)
        {
            case PyDict d:
                return d.TryGetValue(index, out var v) ? v : throw new Raised(NewException("KeyError", index), At(at));
            case PyTuple or PyList or string when index is long or bool:
            {
                var items = container is string s ? [.. PyValues.Characters(s)] : Iterate(container, at).ToList();
                long i = index is bool b ? (b ? 1 : 0) : (long)index;
                if (i < 0)
                    i += items.Count;
                return i >= 0 && i < items.Count ? items[(int)i] : throw new Raised(NewException("IndexError", "index out of range"), At(at));
            }
            default:
                throw Error(at, $"cannot index {PyValues.TypeName(container)} at import time");
        }
    }

    private object? GetSlice(object? container, object? lower, object? upper, Expr? step, LocatedNode at)
    {
        if (step is not null)
            throw Error(at, "slices with a step cannot be evaluated at import time yet");
        var items = container is string s ? [.. PyValues.Characters(s)] : Iterate(container, at).ToList();
        int Clamp(object? bound, int fallback)
        {
            if (bound is null)
                return fallback;
            long i = (long)bound;
            if (i < 0)
                i += items.Count;
            return (int)Math.Clamp(i, 0, items.Count);
        }
        int from = Clamp(lower, 0), to = Math.Max(from, Clamp(upper, items.Count));
        var slice = items.GetRange(from, to - from);
        return container switch
        {
            string => string.Concat(slice.Cast<string>()),
            PyTuple => new PyTuple([.. slice]),
            _ => new PyList(slice),
        };
    }

    private void SetItem(object? container, object? index, object? value, LocatedNode at)
    {
        switch (container)
        {
            case PyDict d:
                d.Set(index, value);
                return;
            case PyList l when index is long i && (i < 0 ? i + l.Items.Count : i) is var k && k >= 0 && k < l.Items.Count:
                l.Items[(int)k] = value;
                return;
            default:
                throw Error(at, $"cannot assign an item of {PyValues.TypeName(container)} at import time");
        }
    }

    private object? GetAttribute(object? owner, string name, LocatedNode at)
    {
        switch (owner)
        {
            case PyExternal e:
                return PyExternal.Member(e.QualifiedName + "." + name, evaluator.Builtins);
            case PyModule m when m.Globals.TryGetValue(name, out var member):
                return member;
            case PyClass c when c.TryLookup(name, out var member):
                return member is PyStaticMethod s ? s.Function : member;
            case PyClass c when name == "__name__":
                return c.Name;
            case PyInstance i when i.Attributes.TryGetValue(name, out var member):
                return member;
            case PyInstance i when i.Class.TryLookup(name, out var member):
                return member switch
                {
                    PyFunction method => new PyBoundMethod(i, method),
                    PyStaticMethod staticMethod => staticMethod.Function,
                    _ => member,
                };
            case PyFunction f when f.Attributes.TryGetValue(name, out var member):
                return member;
            case PyFunction f when name == "__name__":
                return f.Name;
            case PyList l when name == "append":
                return new PyBoundBuiltin(l, name);
            case PyDict d when name is "get" or "keys" or "values" or "items":
                return new PyBoundBuiltin(d, name);
            default:
                throw Error(at, $"{PyValues.TypeName(owner)} object has no attribute '{name}' at import time");
        }
    }

    private void SetAttribute(object? owner, string name, object? value, LocatedNode at)
    {
        switch (owner)
        {
            case PyInstance i:
                i.Attributes[name] = value;
                return;
            case PyClass c when c.ModuleName != "builtins":
                c.Dict[name] = value;
                return;
            case PyFunction f:
                f.Attributes[name] = value;
                return;
            default:
                throw Error(at, $"cannot set attribute '{name}' of {PyValues.TypeName(owner)} at import time");
        }
    }

    // ---- calls ----

    private sealed class PyBoundBuiltin(object self, string name)
    {
        public object Self { get; } = self;

        public string Name { get; } = name;
    }

    private object? Call(object? callee, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> keywords, LocatedNode at)
    {
        switch (callee)
        {
            case PyFunction f:
                return CallFunction(f, args, keywords, at);
            case PyBoundMethod m:
                return CallFunction(m.Function, [m.Self, .. args], keywords, at);
            case PyClass c when c.ModuleName == "builtins" && ImportTimeEvaluator.BuiltinTypes.Contains(c.Name):
                return ImportTimeBuiltins.Call(c.Name, args, at, this);
            case PyClass c when c.ModuleName == "builtins" && c.IsSubclassOf((PyClass)evaluator.Builtins["BaseException"]!):
                return NewException(c.Name, args.ToArray());
            case PyClass c:
            {
                var instance = new PyInstance(c);
                if (c.TryLookup("__init__", out var init) && init is PyFunction initFunction)
                    CallFunction(initFunction, [instance, .. args], keywords, at);
                else if (args.Count > 0 || keywords.Count > 0)
                    throw Error(at, $"{c.Name}() takes no arguments");
                return instance;
            }
            case PyExternal e:
                return new PyExternalCall(e, [.. args], [.. keywords]);
            case PyBuiltinFunction b:
                if (keywords.Count > 0)
                    throw Error(at, $"{b.Name}() with keyword arguments cannot be evaluated at import time");
                return ImportTimeBuiltins.Call(b.Name, args, at, this);
            case PyBoundBuiltin { Self: PyList list, Name: "append" }:
                list.Items.Add(args.Single());
                return null;
            case PyBoundBuiltin { Self: PyDict dict } bound:
                return bound.Name switch
                {
                    "get" => dict.TryGetValue(args[0], out var v) ? v : (args.Count > 1 ? args[1] : null),
                    "keys" => new PyList(dict.Entries.Select(e => e.Key)),
                    "values" => new PyList(dict.Entries.Select(e => e.Value)),
                    _ => new PyList(dict.Entries.Select(e => (object?)new PyTuple([e.Key, e.Value]))),
                };
            default:
                throw Error(at, $"{PyValues.TypeName(callee)} is not callable at import time");
        }
    }

    internal object? CallValue(object? callee, IReadOnlyList<object?> args, LocatedNode at) => Call(callee, args, [], at);

    internal IEnumerable<object?> IterateValue(object? value, LocatedNode at) => Iterate(value, at);

    internal FlowError ErrorAt(LocatedNode at, string message) => Error(at, message);

    private object? CallFunction(PyFunction f, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> keywords, LocatedNode at)
    {
        if (f.Module != module)
            return evaluator.InterpreterFor(f.Module).CallFunction(f, args, keywords, at);
        if (++_depth > MaxCallDepth)
            throw Error(at, "import-time recursion is too deep");
        try
        {
            var locals = BindArguments(f, args, keywords, at);
            var scope = new ImportScope(locals, f.Closure ?? new ImportScope(module.Globals, null, isClassBody: false), isClassBody: false);
            if (f.Body.Any(s => s is ExprStmt { Value: Yield or YieldFrom }))
                throw Error(at, $"{f.Name} is a generator: generators cannot run at import time");
            var signal = ExecuteBlock(f.Body, scope, f.QualifiedName + ".<locals>.");
            return signal == Signal.Return ? _returnValue : null;
        }
        finally
        {
            _depth--;
        }
    }

    private Dictionary<string, object?> BindArguments(PyFunction f, IReadOnlyList<object?> args, IReadOnlyList<KeyValuePair<string, object?>> keywords, LocatedNode at)
    {
        var locals = new Dictionary<string, object?>(StringComparer.Ordinal);
        var positional = f.Arguments.PosOnlyArgs.Concat(f.Arguments.Args).ToList();
        for (int i = 0; i < args.Count; i++)
        {
            if (i < positional.Count)
                locals[positional[i].Name] = args[i];
            else if (f.Arguments.VarArg is null)
                throw Error(at, $"{f.Name}() takes {positional.Count} positional arguments but {args.Count} were given");
        }
        if (f.Arguments.VarArg is { } varArg)
            locals[varArg.Name] = new PyTuple([.. args.Skip(positional.Count)]);
        PyDict? extra = f.Arguments.KwArg is null ? null : new PyDict();
        foreach (var (name, value) in keywords)
        {
            if (positional.Any(p => p.Name == name) || f.Arguments.KwOnlyArgs.Any(p => p.Name == name))
            {
                if (!locals.TryAdd(name, value))
                    throw Error(at, $"{f.Name}() got multiple values for argument '{name}'");
            }
            else if (extra is not null)
            {
                extra.Set(name, value);
            }
            else
            {
                throw Error(at, $"{f.Name}() got an unexpected keyword argument '{name}'");
            }
        }
        int firstDefault = positional.Count - f.Defaults.Length;
        for (int i = 0; i < positional.Count; i++)
        {
            if (locals.ContainsKey(positional[i].Name))
                continue;
            if (i >= firstDefault)
                locals[positional[i].Name] = f.Defaults[i - firstDefault];
            else
                throw Error(at, $"{f.Name}() missing required argument '{positional[i].Name}'");
        }
        foreach (var kwOnly in f.Arguments.KwOnlyArgs)
        {
            if (!locals.ContainsKey(kwOnly.Name))
                locals[kwOnly.Name] = f.KeywordDefaults.TryGetValue(kwOnly.Name, out var d) ? d : throw Error(at, $"{f.Name}() missing keyword argument '{kwOnly.Name}'");
        }
        if (f.Arguments.KwArg is { } kwArg)
            locals[kwArg.Name] = extra;
        return locals;
    }

    private object? Instantiate(object? raised, LocatedNode at) => raised switch
    {
        PyClass c => Call(c, [], [], at),
        PyInstance => raised,
        _ => throw Error(at, "exceptions must derive from BaseException"),
    };

    internal PyInstance NewException(string className, params object?[] args)
    {
        var instance = new PyInstance((PyClass)evaluator.Builtins[className]!);
        instance.Attributes["args"] = new PyTuple([.. args.Where(a => a is not null)]);
        return instance;
    }

    internal static string Str(object? value) => value switch
    {
        string s => s,
        _ => PyRepr.Of(value),
    };
}
