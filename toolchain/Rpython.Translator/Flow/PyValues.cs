using System.Numerics;

namespace Rpython.Translator.Flow;

/// <summary>A scope of import-time execution: a module's globals, a class body or a function call.</summary>
internal sealed class ImportScope(Dictionary<string, object?> variables, ImportScope? enclosing, bool isClassBody)
{
    public Dictionary<string, object?> Variables { get; } = variables;

    /// <summary>The scope of the enclosing function, for closures (class bodies are skipped, as in Python).</summary>
    public ImportScope? Enclosing { get; } = enclosing;

    public bool IsClassBody { get; } = isClassBody;

    public bool TryLookup(string name, out object? value)
    {
        for (var scope = this; scope is not null; scope = scope.Enclosing)
        {
            if ((scope == this || !scope.IsClassBody) && scope.Variables.TryGetValue(name, out value))
                return true;
        }
        value = null;
        return false;
    }
}

/// <summary>Python's equality, truth and ordering on import-time values.</summary>
internal static class PyValues
{
    /// <summary>The characters of a str as Python counts them, each a str: code points (a .NET
    /// string holds one above U+FFFF as a surrogate pair, which is one character; a lone
    /// surrogate is one too).</summary>
    public static List<string> Characters(string s)
    {
        var characters = new List<string>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            bool pair = char.IsSurrogatePair(s, i);
            characters.Add(s.Substring(i, pair ? 2 : 1));
            if (pair)
                i++;
        }
        return characters;
    }

    public static bool AreEqual(object? a, object? b)
    {
        if (a is null || b is null)
            return a is null && b is null;
        if (IsNumber(a) && IsNumber(b))
        {
            if (a is double || b is double)
                return ToDouble(a) == ToDouble(b);
            return ToBig(a) == ToBig(b);
        }
        return (a, b) switch
        {
            (string x, string y) => x == y,
            (PyTuple x, PyTuple y) => x.Items.Length == y.Items.Length && x.Items.Zip(y.Items).All(p => AreEqual(p.First, p.Second)),
            (PyList x, PyList y) => x.Items.Count == y.Items.Count && x.Items.Zip(y.Items).All(p => AreEqual(p.First, p.Second)),
            _ => ReferenceEquals(a, b),
        };
    }

    public static bool IsNumber(object? value) => value is bool or long or BigInteger or double;

    public static double ToDouble(object value) => value switch
    {
        bool b => b ? 1 : 0,
        long l => l,
        BigInteger big => (double)big,
        double d => d,
        _ => throw new InvalidCastException(),
    };

    public static BigInteger ToBig(object value) => value switch
    {
        bool b => b ? 1 : 0,
        long l => l,
        BigInteger big => big,
        _ => throw new InvalidCastException(),
    };

    /// <summary>Python truth of any import-time value, prebuilt lists and dicts by their content (RPython
    /// treats prebuilt containers as read-only); <see cref="ConstantFolder.Truth"/> is the part of it that
    /// holds for immutable values only.</summary>
    public static bool? Truth(object? value) => value switch
    {
        PyList list => list.Items.Count > 0,
        PyDict dict => dict.Count > 0,
        PyInstance or PyBoundMethod or PyExternalCall => true,
        _ => ConstantFolder.Truth(value),
    };

    /// <summary>Orders two values as Python's &lt; does, or returns null when they are not comparable.</summary>
    public static int? Compare(object? a, object? b)
    {
        if (IsNumber(a) && IsNumber(b))
        {
            return a is double || b is double
                ? ToDouble(a!).CompareTo(ToDouble(b!))
                : ToBig(a!).CompareTo(ToBig(b!));
        }
        if (a is string x && b is string y)
            return string.CompareOrdinal(x, y) switch { < 0 => -1, 0 => 0, _ => 1 };
        if (a is PyTuple t && b is PyTuple u)
            return CompareSequences(t.Items, u.Items);
        if (a is PyList l && b is PyList m)
            return CompareSequences(l.Items, m.Items);
        return null;
    }

    private static int? CompareSequences(IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        for (int i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            if (!AreEqual(a[i], b[i]))
                return Compare(a[i], b[i]);
        }
        return a.Count.CompareTo(b.Count);
    }

    public static string TypeName(object? value) => value switch
    {
        null => "NoneType",
        bool => "bool",
        long or BigInteger => "int",
        double => "float",
        string => "str",
        PyTuple => "tuple",
        PyList => "list",
        PyDict => "dict",
        PyInstance i => i.Class.Name,
        PyClass => "type",
        PyFunction or PyBuiltinFunction => "function",
        PyModule => "module",
        _ => value.GetType().Name,
    };
}
