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
    ImmutableArray<Stmt> body, PyModule module, ImmutableArray<object?> defaults)
{
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
    public string QualifiedName { get; } = qualifiedName;

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
