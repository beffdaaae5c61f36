using Rpython.Translator.Diagnostics;
using Rpython.Translator.Syntax;

namespace Rpython.Translator.Flow;

/// <summary>
/// Loads the program's modules, running each top level with <see cref="ImportTimeInterpreter"/> the
/// way CPython would at import time, and produces the frozen program that flow graphs see as
/// constants: functions, classes, prebuilt instances and tables. Program modules are found beside the
/// entry file (absolute or relative imports); <c>rpython.*</c> names stay <see cref="PyExternal"/>
/// references, which the toolchain gives their translated meaning. Errors are diagnostics.
/// </summary>
internal sealed class ImportTimeEvaluator
{
    private readonly DiagnosticBag _diagnostics;
    private readonly string _root;
    private readonly Dictionary<string, PyModule?> _modules = new(StringComparer.Ordinal);
    private readonly Dictionary<PyModule, SourceText> _sources = [];
    private readonly Dictionary<PyModule, ImportTimeInterpreter> _interpreters = [];

    public ImportTimeEvaluator(string entryFile, DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        _root = Path.GetDirectoryName(Path.GetFullPath(entryFile)) ?? ".";
        Builtins = CreateBuiltins();
    }

    public IReadOnlyDictionary<string, object?> Builtins { get; }

    public SourceText SourceOf(PyModule module) => _sources[module];

    /// <summary>The file of every module loaded so far, in load order: what a translation depends on.</summary>
    public IReadOnlyList<string> LoadedFiles => [.. _sources.Values.Select(s => s.Path)];

    /// <summary>Evaluates a file as the module <paramref name="name"/>; null when it could not be parsed.</summary>
    public PyModule? Load(string path, string name)
    {
        if (_modules.TryGetValue(name, out var cached))
            return cached;
        return Evaluate(Parser.ParseFile(path), path, name);
    }

    /// <summary>The toolchain's own RPython modules: the ll helpers of toolchain/rpython/rtyper/, embedded
    /// in it and translated with every program (rpython.rtyper.lltypesystem is known by name instead).</summary>
    public static bool IsToolchainModule(string moduleName) =>
        moduleName.StartsWith("rpython.rtyper.", StringComparison.Ordinal) && !moduleName.StartsWith("rpython.rtyper.lltypesystem", StringComparison.Ordinal);

    /// <summary>Evaluates a module of the toolchain (<see cref="IsToolchainModule"/>); an error in it is a toolchain bug, thrown.</summary>
    public PyModule ToolchainModule(string moduleName)
    {
        if (_modules.TryGetValue(moduleName, out var cached))
            return cached ?? throw new InvalidOperationException($"the toolchain module {moduleName} does not load");
        using var stream = typeof(ImportTimeEvaluator).Assembly.GetManifestResourceStream(moduleName + ".py")
            ?? throw new InvalidOperationException($"the toolchain has no module {moduleName}");
        using var reader = new StreamReader(stream);
        var source = SourceText.FromEmbedded(moduleName.Replace('.', '/') + ".py", reader.ReadToEnd());
        int errors = _diagnostics.Count;
        var module = Evaluate(Parser.Parse(source), source.Path, moduleName);
        if (module is null || _diagnostics.Count > errors)
            throw new InvalidOperationException($"the toolchain module {moduleName} does not load: {string.Join("; ", _diagnostics.Items.Skip(errors))}");
        return module;
    }

    private PyModule? Evaluate(SyntaxTree tree, string path, string name)
    {
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
        var interpreter = new ImportTimeInterpreter(this, module, tree.Source);
        _interpreters[module] = interpreter;
        interpreter.RunModule(tree.Module.Body, new ImportScope(module.Globals, null, isClassBody: false), _diagnostics);
        return module;
    }

    /// <summary>The built-in types that are also conversion functions: calling one calls the builtin.</summary>
    public static readonly IReadOnlySet<string> BuiltinTypes = new HashSet<string>(StringComparer.Ordinal) { "bool", "dict", "float", "int", "list", "str", "tuple" };

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
        foreach (var name in new[] { "ValueError", "TypeError", "StopIteration", "AssertionError", "AttributeError", "OSError", "EOFError", "NameError", "MemoryError" })
            Class(name, exception);
        var unicodeError = Class("UnicodeError", (PyClass)builtins["ValueError"]!);
        Class("UnicodeDecodeError", unicodeError);
        Class("UnicodeEncodeError", unicodeError);
        foreach (var name in BuiltinTypes)
            Class(name, obj);
        foreach (var name in new[]
        {
            "abs", "chr", "divmod", "enumerate", "staticmethod", "set", "frozenset", "getattr", "hasattr", "hash", "id", "isinstance",
            "issubclass", "iter", "len", "max", "min", "next", "ord", "print", "range", "repr", "reversed", "setattr",
            "sorted", "type", "zip",
        })
        {
            builtins[name] = new PyBuiltinFunction(name);
        }
        builtins["None"] = null;
        return builtins;
    }

    /// <summary>The interpreter that runs a module's code: a function executes with its own module's globals.</summary>
    internal ImportTimeInterpreter InterpreterFor(PyModule module) => _interpreters[module];

    internal PyModule? Import(string moduleName, SourceLocation at)
    {
        if (IsToolchainModule(moduleName))
            return ToolchainModule(moduleName);
        string relative = moduleName.Replace('.', Path.DirectorySeparatorChar);
        foreach (var candidate in new[] { Path.Combine(_root, relative + ".py"), Path.Combine(_root, relative, "__init__.py") })
        {
            if (File.Exists(candidate))
                return Load(candidate, moduleName);
        }
        throw new FlowError(at, $"cannot find the module '{moduleName}' (looked for {relative}.py and {relative}/__init__.py in the folder of the entry file)");
    }
}
