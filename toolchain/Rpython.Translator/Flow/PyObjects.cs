using System.Collections.Frozen;
using System.Collections.Immutable;
using Rpython.Translator.Syntax;

namespace Rpython.Translator.Flow;

// The objects of the frozen program that import-time evaluation builds, as flow-graph constants see
// them. Plain Python values are C# values: int → long (BigInteger when larger), float → double,
// str → string, bool → bool, None → null; tuples are PyTuple.

/// <summary>A module's namespace after its top level ran.</summary>
internal sealed class PyModule(string name, string path)
{
    public string Name { get; } = name;

    public string Path { get; } = path;

    public Dictionary<string, object?> Globals { get; } = new(StringComparer.Ordinal);

    public override string ToString() => $"<module {Name}>";
}

/// <summary>A function defined by <c>def</c> (or <c>lambda</c>) at import time.</summary>
internal sealed class PyFunction(string name, string qualifiedName, Node definition, Arguments arguments,
    ImmutableArray<Stmt> body, PyModule module, ImmutableArray<object?> defaults, ImportScope? closure = null)
{
    /// <summary>The enclosing function's scope when the def ran inside a function (a factory): its
    /// variables are import-time values, constants for the flow graph.</summary>
    public ImportScope? Closure { get; } = closure;

    /// <summary>Keyword-only defaults by name.</summary>
    public Dictionary<string, object?> KeywordDefaults { get; } = new(StringComparer.Ordinal);

    /// <summary>The rpython.rlib decorators applied to it (elidable, specialize.arg(0)...), outermost last.</summary>
    public List<object?> Hints { get; } = [];

    /// <summary>Function attributes set at import time (<c>f._always_inline_ = True</c>).</summary>
    public Dictionary<string, object?> Attributes { get; } = new(StringComparer.Ordinal);

    public string Name { get; } = name;

    public string QualifiedName { get; } = qualifiedName;

    /// <summary>The FunctionDef or Lambda node.</summary>
    public Node Definition { get; } = definition;

    public Arguments Arguments { get; } = arguments;

    public ImmutableArray<Stmt> Body { get; } = body;

    public PyModule Module { get; } = module;

    /// <summary>Default values of the last positional parameters, evaluated when the def ran.</summary>
    public ImmutableArray<object?> Defaults { get; } = defaults;

    public override string ToString() => $"<function {Module.Name}.{QualifiedName}>";
}

/// <summary>A class: built-in (exceptions, object) or defined by a class statement.</summary>
internal sealed class PyClass(string name, string moduleName, ImmutableArray<PyClass> bases)
{
    public string Name { get; } = name;

    public string ModuleName { get; } = moduleName;

    public ImmutableArray<PyClass> Bases { get; } = bases;

    /// <summary>The class body's namespace, in definition order (methods, class attributes).</summary>
    public Dictionary<string, object?> Dict { get; } = new(StringComparer.Ordinal);

    public bool IsSubclassOf(PyClass other) => ReferenceEquals(this, other) || Bases.Any(b => b.IsSubclassOf(other));

    /// <summary>Looks an attribute up along the bases (depth first, as RPython's single-inheritance classes need).</summary>
    public bool TryLookup(string attribute, out object? value)
    {
        if (Dict.TryGetValue(attribute, out value))
            return true;
        foreach (var b in Bases)
        {
            if (b.TryLookup(attribute, out value))
                return true;
        }
        return false;
    }

    public override string ToString() => ModuleName == "builtins" ? Name : $"{ModuleName}.{Name}";
}

/// <summary>A built-in function such as <c>len</c> or <c>isinstance</c>.</summary>
internal sealed class PyBuiltinFunction(string name)
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}

/// <summary>A name imported from a module the evaluator does not run (yet): the rpython.rlib helpers,
/// which the toolchain gives their translated meaning by name.</summary>
internal sealed class PyExternal(string qualifiedName)
{
    /// <summary>The constants of the host modules that programs read, with CPython's values on Linux
    /// (the platform the toolchain's tests compare with): the flags of os.open, math's constants,
    /// sys.maxsize. The translated program's runtime interprets the os flags with these values.</summary>
    private static readonly FrozenDictionary<string, object> s_constants = new Dictionary<string, object>(StringComparer.Ordinal)
    {
        ["os.O_RDONLY"] = 0L,
        ["os.O_WRONLY"] = 1L,
        ["os.O_RDWR"] = 2L,
        ["os.O_CREAT"] = 64L,
        ["os.O_EXCL"] = 128L,
        ["os.O_TRUNC"] = 512L,
        ["os.O_APPEND"] = 1024L,
        ["math.pi"] = Math.PI,
        ["math.e"] = Math.E,
        ["math.tau"] = Math.Tau,
        ["math.inf"] = double.PositiveInfinity,
        ["math.nan"] = Rpython.Runtime.PyMath.NaN,  // CPython's NaN, without the sign bit .NET's has
        ["sys.maxsize"] = long.MaxValue,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The rpython.rlib names that are builtin classes, as they are on CPython:
    /// rstackovf.StackOverflow is the RecursionError that stack_check raises.</summary>
    private static readonly FrozenDictionary<string, string> s_builtinAliases =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["rpython.rlib.rstackovf.StackOverflow"] = "RecursionError" }
            .ToFrozenDictionary(StringComparer.Ordinal);

    public string QualifiedName { get; } = qualifiedName;

    /// <summary>A member of a host module: the builtin it is an alias of, its value when it is a known
    /// constant, a reference otherwise.</summary>
    public static object? Member(string qualifiedName, IReadOnlyDictionary<string, object?> builtins) =>
        s_builtinAliases.TryGetValue(qualifiedName, out var builtin) ? builtins[builtin]
        : s_constants.TryGetValue(qualifiedName, out var value) ? value
        : new PyExternal(qualifiedName);

    public override string ToString() => QualifiedName;
}

/// <summary>An immutable tuple of import-time values.</summary>
internal sealed class PyTuple(ImmutableArray<object?> items)
{
    public ImmutableArray<object?> Items { get; } = items;

    public override bool Equals(object? obj) =>
        obj is PyTuple other && Items.Length == other.Items.Length && Items.Zip(other.Items).All(p => Equals(p.First, p.Second));

    public override int GetHashCode() => Items.Length;

    public override string ToString() => "(" + string.Join(", ", Items.Select(PyRepr.Of)) + (Items.Length == 1 ? ",)" : ")");
}

/// <summary>A list built at import time. Once frozen into the program it is a prebuilt constant.</summary>
internal sealed class PyList(IEnumerable<object?> items)
{
    public List<object?> Items { get; } = [.. items];

    public override string ToString() => "[" + string.Join(", ", Items.Select(PyRepr.Of)) + "]";
}

/// <summary>A dict built at import time, in insertion order, with Python's key equality (1 == 1.0 == True).</summary>
internal sealed class PyDict
{
    private readonly Dictionary<object, int> _index = new(PyKeyComparer.Instance);
    private readonly List<KeyValuePair<object?, object?>> _entries = [];

    public IEnumerable<KeyValuePair<object?, object?>> Entries => _entries.Where(e => e.Key is not Removed);

    public int Count => _index.Count;

    public bool TryGetValue(object? key, out object? value)
    {
        if (_index.TryGetValue(Wrap(key), out int i))
        {
            value = _entries[i].Value;
            return true;
        }
        value = null;
        return false;
    }

    public void Set(object? key, object? value)
    {
        if (_index.TryGetValue(Wrap(key), out int i))
        {
            _entries[i] = new(_entries[i].Key, value);
            return;
        }
        _index[Wrap(key)] = _entries.Count;
        _entries.Add(new(key, value));
    }

    public bool Remove(object? key)
    {
        if (!_index.Remove(Wrap(key), out int i))
            return false;
        _entries[i] = new(Removed.Instance, null);
        return true;
    }

    private static object Wrap(object? key) => key ?? NoneKey.Instance;

    private sealed class NoneKey
    {
        public static readonly NoneKey Instance = new();
    }

    private sealed class Removed
    {
        public static readonly Removed Instance = new();
    }

    public override string ToString() => "{" + string.Join(", ", Entries.Select(e => PyRepr.Of(e.Key) + ": " + PyRepr.Of(e.Value))) + "}";
}

/// <summary>Python's equality and hash for dict keys and 'in' tests: numbers compare by value across
/// int, float and bool; strings and tuples by content; everything else by identity.</summary>
internal sealed class PyKeyComparer : IEqualityComparer<object>
{
    public static readonly PyKeyComparer Instance = new();

    public new bool Equals(object? x, object? y) => PyValues.AreEqual(x, y);

    public int GetHashCode(object obj) => obj switch
    {
        bool b => b ? 1 : 0,
        long l => l.GetHashCode(),
        double d when d == Math.Floor(d) && Math.Abs(d) < 9.2e18 => ((long)d).GetHashCode(),
        string s => StringComparer.Ordinal.GetHashCode(s),
        PyTuple t => t.Items.Aggregate(17, (h, item) => (h * 31) + (item is null ? 0 : GetHashCode(item))),
        _ => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj),
    };
}

/// <summary>An instance created at import time (a prebuilt instance once frozen).</summary>
internal sealed class PyInstance(PyClass cls)
{
    public PyClass Class { get; } = cls;

    public Dictionary<string, object?> Attributes { get; } = new(StringComparer.Ordinal);

    public override string ToString() => $"<{Class} instance>";
}

/// <summary>A function wrapped by <c>staticmethod</c>: looked up on a class or an instance, it is the plain function.</summary>
internal sealed class PyStaticMethod(PyFunction function)
{
    public PyFunction Function { get; } = function;

    public override string ToString() => $"<staticmethod {Function.QualifiedName}>";
}

/// <summary>A function bound to the instance it was looked up on.</summary>
internal sealed class PyBoundMethod(object? self, PyFunction function)
{
    public object? Self { get; } = self;

    public PyFunction Function { get; } = function;

    public override string ToString() => $"<bound method {Function.QualifiedName}>";
}

/// <summary>The result of calling an rpython.rlib name at import time (<c>JitDriver(greens=...)</c>,
/// <c>specialize.arg(0)</c>): kept as the call it is, for the toolchain to give its meaning.</summary>
internal sealed class PyExternalCall(PyExternal callee, ImmutableArray<object?> args, ImmutableArray<KeyValuePair<string, object?>> keywords)
{
    public PyExternal Callee { get; } = callee;

    public ImmutableArray<object?> Args { get; } = args;

    public ImmutableArray<KeyValuePair<string, object?>> Keywords { get; } = keywords;

    public override string ToString() =>
        Callee.QualifiedName + "(" + string.Join(", ", Args.Select(PyRepr.Of).Concat(Keywords.Select(k => k.Key + "=" + PyRepr.Of(k.Value)))) + ")";
}
