using System.Collections.Immutable;
using Rpython.Translator.Diagnostics;
using Rpython.Translator.Syntax;
using Ast = Rpython.Translator.Syntax;
using Attribute = Rpython.Translator.Syntax.Attribute;

namespace Rpython.Translator.Flow;

/// <summary>
/// Runs module top levels the way CPython would at import time, producing the frozen program that
/// flow graphs see as constants: functions, classes, constants and the program's own modules.
/// This first version runs: def (decorators from rpython.rlib are kept as hints), class bodies with
/// methods and constant attributes, assignments of constant expressions (with tuple unpacking),
/// if/else on constants, docstrings, and imports of the program's modules (absolute from the entry
/// file's folder, or relative) and of <c>rpython.*</c> names, which stay external references until
/// the rlib modules are evaluated too. Anything else is a diagnostic at its position, not a crash.
/// </summary>
internal sealed class ImportTimeEvaluator
{
    private readonly DiagnosticBag _diagnostics;
    private readonly string _root;
    private readonly Dictionary<string, PyModule?> _modules = new(StringComparer.Ordinal);
    private readonly Dictionary<PyModule, SourceText> _sources = [];

    public ImportTimeEvaluator(string entryFile, DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        _root = Path.GetDirectoryName(Path.GetFullPath(entryFile)) ?? ".";
        Builtins = CreateBuiltins();
    }

    public IReadOnlyDictionary<string, object?> Builtins { get; }

    public SourceText SourceOf(PyModule module) => _sources[module];

    /// <summary>Evaluates a file as the module <paramref name="name"/>; null when it could not be parsed.</summary>
    public PyModule? Load(string path, string name)
    {
        if (_modules.TryGetValue(name, out var cached))
            return cached;
        var tree = Parser.ParseFile(path);
        foreach (var d in tree.Diagnostics)
            _diagnostics.Add(d.Source, d.Offset, d.Message);
        if (tree.HasErrors)
        {
            _modules[name] = null;
            return null;
        }
        var module = new PyModule(name, path);
        _modules[name] = module;
        _sources[module] = tree.Source;
        module.Globals["__name__"] = name;
        new ModuleRun(this, module, tree.Source).Statements(tree.Module.Body, module.Globals, qualifier: "");
        return module;
    }

    private static Dictionary<string, object?> CreateBuiltins()
    {
        var builtins = new Dictionary<string, object?>(StringComparer.Ordinal);
        PyClass Class(string name, PyClass? baseClass)
        {
            var c = new PyClass(name, "builtins", baseClass is null ? [] : [baseClass]);
            builtins[name] = c;
            return c;
        }
        var obj = Class("object", null);
        var baseException = Class("BaseException", obj);
        var exception = Class("Exception", baseException);
        Class("KeyboardInterrupt", baseException);
        Class("SystemExit", baseException);
        var arithmetic = Class("ArithmeticError", exception);
        Class("ZeroDivisionError", arithmetic);
        Class("OverflowError", arithmetic);
        var lookup = Class("LookupError", exception);
        Class("IndexError", lookup);
        Class("KeyError", lookup);
        var runtime = Class("RuntimeError", exception);
        Class("RecursionError", runtime);
        Class("NotImplementedError", runtime);
        foreach (var name in new[] { "ValueError", "TypeError", "StopIteration", "AssertionError", "AttributeError", "OSError", "EOFError", "NameError" })
            Class(name, exception);
        Class("UnicodeDecodeError", (PyClass)builtins["ValueError"]!);
        foreach (var name in new[]
        {
            "abs", "bool", "chr", "dict", "divmod", "enumerate", "float", "getattr", "hasattr", "hash", "id", "int", "isinstance",
            "issubclass", "iter", "len", "list", "max", "min", "next", "ord", "print", "range", "repr", "reversed", "setattr",
            "sorted", "str", "tuple", "type", "zip",
        })
        {
            builtins[name] = new PyBuiltinFunction(name);
        }
        builtins["None"] = null;
        return builtins;
    }

    private PyModule? Import(string moduleName, SourceLocation at)
    {
        string relative = moduleName.Replace('.', Path.DirectorySeparatorChar);
        foreach (var candidate in new[] { Path.Combine(_root, relative + ".py"), Path.Combine(_root, relative, "__init__.py") })
        {
            if (File.Exists(candidate))
                return Load(candidate, moduleName);
        }
        throw new FlowError(at, $"cannot find the module '{moduleName}' (looked for {relative}.py and {relative}/__init__.py in the folder of the entry file)");
    }

    /// <summary>The evaluation of one module's (or class body's) statements.</summary>
    private sealed class ModuleRun(ImportTimeEvaluator evaluator, PyModule module, SourceText source)
    {
        private SourceLocation At(LocatedNode node) => new(source, node.Span);

        public void Statements(ImmutableArray<Stmt> body, Dictionary<string, object?> scope, string qualifier)
        {
            foreach (var stmt in body)
            {
                try
                {
                    Statement(stmt, scope, qualifier);
                }
                catch (FlowError e)
                {
                    evaluator._diagnostics.Add(e.Location.Source, e.Location.Span.Start, e.Message);
                }
            }
        }

        private void Statement(Stmt stmt, Dictionary<string, object?> scope, string qualifier)
        {
            switch (stmt)
            {
                case ExprStmt { Value: Ast.Constant }:
                case Pass:
                    return;
                case FunctionDef f:
                {
                    var defaults = f.Args.Defaults.Select(d => Evaluate(d, scope)).ToImmutableArray();
                    foreach (var decorator in f.DecoratorList)
                    {
                        if (Evaluate(decorator is Call c ? c.Func : decorator, scope) is not PyExternal)
                            throw new FlowError(At(decorator), "only decorators from rpython.rlib are supported at import time yet");
                    }
                    scope[f.Name] = new PyFunction(f.Name, qualifier + f.Name, f, f.Args, f.Body, module, defaults);
                    return;
                }
                case ClassDef c:
                {
                    var bases = c.Bases.Select(b => Evaluate(b, scope) as PyClass ?? throw new FlowError(At(b), "a base class must be a class known at import time")).ToImmutableArray();
                    if (c.DecoratorList.Length > 0 || c.Keywords.Length > 0)
                        throw new FlowError(At(c), "class decorators and class keywords are not supported at import time yet");
                    var cls = new PyClass(c.Name, module.Name, bases.IsEmpty ? [(PyClass)evaluator.Builtins["object"]!] : bases);
                    var classScope = new Dictionary<string, object?>(scope, StringComparer.Ordinal);
                    var before = classScope.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
                    Statements(c.Body, classScope, qualifier + c.Name + ".");
                    foreach (var (name, value) in classScope)
                    {
                        if (!before.TryGetValue(name, out var old) || !ReferenceEquals(old, value))
                            cls.Dict[name] = value;
                    }
                    scope[c.Name] = cls;
                    return;
                }
                case Assign a:
                {
                    var value = Evaluate(a.Value, scope);
                    foreach (var target in a.Targets)
                        Bind(target, value, scope);
                    return;
                }
                case AnnAssign { Value: not null } a:
                    Bind(a.Target, Evaluate(a.Value, scope), scope);
                    return;
                case If i:
                {
                    var test = Evaluate(i.Test, scope);
                    bool truth = ConstantFolder.Truth(test) ?? throw new FlowError(At(i.Test), "cannot decide this condition at import time");
                    Statements(truth ? i.Body : i.Orelse, scope, qualifier);
                    return;
                }
                case Import i:
                    foreach (var alias in i.Names)
                    {
                        if (alias.Name.StartsWith("rpython.", StringComparison.Ordinal) || alias.Name == "rpython")
                            scope[alias.AsName ?? alias.Name.Split('.')[0]] = new PyExternal(alias.AsName is null ? alias.Name.Split('.')[0] : alias.Name);
                        else if (alias.AsName is null && alias.Name.Contains('.', StringComparison.Ordinal))
                            throw new FlowError(At(alias), "'import a.b' without 'as' is not supported at import time yet");
                        else
                            scope[alias.AsName ?? alias.Name] = evaluator.Import(alias.Name, At(alias));
                    }
                    return;
                case ImportFrom i:
                    ImportFrom(i, scope);
                    return;
                default:
                    throw new FlowError(At(stmt), $"this statement ({stmt.GetType().Name}) cannot be evaluated at import time yet");
            }
        }

        private void ImportFrom(ImportFrom i, Dictionary<string, object?> scope)
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
                    throw new FlowError(At(alias), "'from ... import *' is not supported: import the names you use");
                if (name == "rpython" || name.StartsWith("rpython.", StringComparison.Ordinal))
                {
                    scope[alias.AsName ?? alias.Name] = new PyExternal(name + "." + alias.Name);
                    continue;
                }
                var imported = evaluator.Import(name, At(alias));
                if (imported is null)
                    continue;
                scope[alias.AsName ?? alias.Name] = imported.Globals.TryGetValue(alias.Name, out var value)
                    ? value
                    : throw new FlowError(At(alias), $"cannot import name '{alias.Name}' from '{name}'");
            }
        }

        private void Bind(Expr target, object? value, Dictionary<string, object?> scope)
        {
            switch (target)
            {
                case Name n:
                    scope[n.Id] = value;
                    return;
                case TupleExpr or ListExpr when value is PyTuple tuple:
                {
                    var elements = target is TupleExpr t ? t.Elts : ((ListExpr)target).Elts;
                    if (elements.Length != tuple.Items.Length)
                        throw new FlowError(At(target), $"cannot unpack {tuple.Items.Length} values into {elements.Length} targets");
                    for (int k = 0; k < elements.Length; k++)
                        Bind(elements[k], tuple.Items[k], scope);
                    return;
                }
                default:
                    throw new FlowError(At(target), "this assignment target cannot be evaluated at import time yet");
            }
        }

        private object? Evaluate(Expr expr, Dictionary<string, object?> scope)
        {
            switch (expr)
            {
                case Ast.Constant c:
                    return c.Value;
                case Name n:
                    if (scope.TryGetValue(n.Id, out var value))
                        return value;
                    if (evaluator.Builtins.TryGetValue(n.Id, out var builtin))
                        return builtin;
                    throw new FlowError(At(n), $"name '{n.Id}' is not defined");
                case TupleExpr t:
                    return new PyTuple([.. t.Elts.Select(e => Evaluate(e, scope))]);
                case Attribute a:
                {
                    var owner = Evaluate(a.Value, scope);
                    return owner switch
                    {
                        PyExternal external => new PyExternal(external.QualifiedName + "." + a.Attr),
                        PyModule m when m.Globals.TryGetValue(a.Attr, out var member) => member,
                        PyClass cls when cls.TryLookup(a.Attr, out var member) => member,
                        _ => throw new FlowError(At(a), $"{PyRepr.Of(owner)} has no attribute '{a.Attr}' at import time"),
                    };
                }
                case BinOp b:
                    return Fold(FlowBuilder.BinaryOpName(b.Op), b, Evaluate(b.Left, scope), Evaluate(b.Right, scope));
                case UnaryOp { Op: UnaryOpKind.Not } u:
                    return !(ConstantFolder.Truth(Evaluate(u.Operand, scope)) ?? throw new FlowError(At(u), "cannot decide this condition at import time"));
                case UnaryOp u:
                    return Fold(u.Op switch { UnaryOpKind.Invert => "invert", UnaryOpKind.UAdd => "pos", _ => "neg" }, u, Evaluate(u.Operand, scope));
                case Compare { Ops.Length: 1 } c:
                {
                    string op = c.Ops[0] switch
                    {
                        CmpOpKind.Eq => "eq", CmpOpKind.NotEq => "ne", CmpOpKind.Lt => "lt", CmpOpKind.LtE => "le",
                        CmpOpKind.Gt => "gt", CmpOpKind.GtE => "ge", CmpOpKind.Is => "is_",
                        _ => throw new FlowError(At(c), "this comparison cannot be evaluated at import time yet"),
                    };
                    return Fold(op, c, Evaluate(c.Left, scope), Evaluate(c.Comparators[0], scope));
                }
                default:
                    throw new FlowError(At(expr), $"this expression ({expr.GetType().Name}) cannot be evaluated at import time yet");
            }
        }

        private object? Fold(string op, LocatedNode at, params object?[] args) =>
            ConstantFolder.TryFold(op, args, out var result)
                ? result
                : throw new FlowError(At(at), $"cannot compute {op}({string.Join(", ", args.Select(PyRepr.Of))}) at import time");
    }
}
