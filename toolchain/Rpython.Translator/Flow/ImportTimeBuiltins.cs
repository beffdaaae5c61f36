using System.Globalization;
using Rpython.Translator.Syntax;

namespace Rpython.Translator.Flow;

/// <summary>The built-in functions as import-time code calls them, with Python's results.</summary>
internal static class ImportTimeBuiltins
{
    public static object? Call(string name, IReadOnlyList<object?> args, LocatedNode at, ImportTimeInterpreter interpreter)
    {
        object? Arg(int i) => i < args.Count ? args[i] : throw interpreter.ErrorAt(at, $"{name}() needs at least {i + 1} arguments");
        long Int(int i) => Arg(i) switch
        {
            long l => l,
            bool b => b ? 1 : 0,
            var other => throw interpreter.ErrorAt(at, $"{name}() needs an int, not {PyValues.TypeName(other)}"),
        };
        switch (name)
        {
            case "staticmethod":
                return Arg(0) is PyFunction function ? new PyStaticMethod(function) : throw interpreter.ErrorAt(at, "staticmethod() takes a function");
            case "range":
            {
                long start = args.Count > 1 ? Int(0) : 0, stop = args.Count > 1 ? Int(1) : Int(0), step = args.Count > 2 ? Int(2) : 1;
                if (step == 0)
                    throw interpreter.ErrorAt(at, "range() step must not be zero");
                var items = new List<object?>();
                for (long i = start; step > 0 ? i < stop : i > stop; i += step)
                    items.Add(i);
                return new PyList(items);
            }
            case "len":
                return (long)(Arg(0) switch
                {
                    string text => PyValues.Characters(text).Count,
                    PyDict d => d.Count,
                    var other => interpreter.IterateValue(other, at).Count(),
                });
            case "list":
                return new PyList(args.Count == 0 ? [] : interpreter.IterateValue(Arg(0), at));
            case "tuple":
                return new PyTuple(args.Count == 0 ? [] : [.. interpreter.IterateValue(Arg(0), at)]);
            case "dict":
            {
                var dict = new PyDict();
                if (args.Count > 0)
                {
                    foreach (var pair in interpreter.IterateValue(Arg(0) is PyDict d ? new PyList(d.Entries.Select(e => (object?)new PyTuple([e.Key, e.Value]))) : Arg(0), at))
                    {
                        var items = interpreter.IterateValue(pair, at).ToList();
                        dict.Set(items[0], items[1]);
                    }
                }
                return dict;
            }
            case "isinstance":
                return IsInstance(Arg(0), Arg(1));
            case "issubclass":
                return Arg(0) is PyClass c && Classes(Arg(1)).Any(c.IsSubclassOf);
            case "hasattr" or "getattr":
            {
                string attribute = Arg(1) as string ?? throw interpreter.ErrorAt(at, $"{name}() needs a string attribute name");
                var found = Lookup(Arg(0), attribute, out var value);
                if (name == "hasattr")
                    return found;
                if (found)
                    return value;
                return args.Count > 2 ? args[2] : throw interpreter.ErrorAt(at, $"{PyValues.TypeName(Arg(0))} has no attribute '{attribute}'");
            }
            case "setattr":
            {
                string attribute = Arg(1) as string ?? throw interpreter.ErrorAt(at, "setattr() needs a string attribute name");
                switch (Arg(0))
                {
                    case PyClass { ModuleName: not "builtins" } cls:
                        cls.Dict[attribute] = Arg(2);
                        return null;
                    case PyInstance i:
                        i.Attributes[attribute] = Arg(2);
                        return null;
                    case PyFunction f:
                        f.Attributes[attribute] = Arg(2);
                        return null;
                    default:
                        throw interpreter.ErrorAt(at, $"cannot set attributes of {PyValues.TypeName(Arg(0))} at import time");
                }
            }
            case "enumerate":
                return new PyList(interpreter.IterateValue(Arg(0), at).Select((x, i) => (object?)new PyTuple([(long)i + (args.Count > 1 ? Int(1) : 0), x])));
            case "zip":
            {
                var lists = args.Select(a => interpreter.IterateValue(a, at).ToList()).ToList();
                int n = lists.Count == 0 ? 0 : lists.Min(l => l.Count);
                return new PyList(Enumerable.Range(0, n).Select(i => (object?)new PyTuple([.. lists.Select(l => l[i])])));
            }
            case "reversed":
                return new PyList(interpreter.IterateValue(Arg(0), at).Reverse());
            case "sorted":
            {
                var items = interpreter.IterateValue(Arg(0), at).ToList();
                items.Sort((a, b) => PyValues.Compare(a, b) ?? throw interpreter.ErrorAt(at, "sorted() needs comparable items"));
                return new PyList(items);
            }
            case "min" or "max":
            {
                var items = args.Count == 1 ? interpreter.IterateValue(Arg(0), at).ToList() : [.. args];
                if (items.Count == 0)
                    throw interpreter.ErrorAt(at, $"{name}() of an empty sequence");
                return items.Aggregate((a, b) =>
                {
                    int order = PyValues.Compare(b, a) ?? throw interpreter.ErrorAt(at, $"{name}() needs comparable items");
                    return (name == "min" ? order < 0 : order > 0) ? b : a;
                });
            }
            case "abs":
                return Arg(0) switch
                {
                    long l => checked(Math.Abs(l)),
                    double d => Math.Abs(d),
                    var other => throw interpreter.ErrorAt(at, $"abs() of {PyValues.TypeName(other)}"),
                };
            case "chr":
                return char.ConvertFromUtf32((int)Int(0));
            case "ord":
                return Arg(0) is string { Length: > 0 } s && char.ConvertToUtf32(s, 0) is var cp && char.ConvertFromUtf32(cp).Length == s.Length
                    ? (long)cp
                    : throw interpreter.ErrorAt(at, "ord() needs a string of one character");
            case "str" or "repr":
                return args.Count == 0 ? "" : name == "str" ? ImportTimeInterpreter.Str(Arg(0)) : PyRepr.Of(Arg(0));
            case "int":
                return Arg(0) switch
                {
                    long or bool => Int(0),
                    double d => (long)Math.Truncate(d),
                    string text when long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
                    var other => throw interpreter.ErrorAt(at, $"int() of {PyValues.TypeName(other)} at import time"),
                };
            case "float":
                return Arg(0) is long or bool or double ? PyValues.ToDouble(Arg(0)!) : throw interpreter.ErrorAt(at, "float() needs a number at import time");
            case "bool":
                return args.Count > 0 && (PyValues.Truth(Arg(0)) ?? throw interpreter.ErrorAt(at, "bool() of this value"));
            default:
                throw interpreter.ErrorAt(at, $"{name}() cannot be called at import time");
        }
    }

    private static IEnumerable<PyClass> Classes(object? spec) => spec switch
    {
        PyClass c => [c],
        PyTuple t => t.Items.SelectMany(Classes),
        _ => [],
    };

    private static bool IsInstance(object? value, object? spec)
    {
        foreach (var c in Classes(spec))
        {
            bool matches = (c.ModuleName, c.Name, value) switch
            {
                (_, _, PyInstance i) => i.Class.IsSubclassOf(c),
                ("builtins", "object", _) => true,
                ("builtins", "int", long or bool or System.Numerics.BigInteger) => true,
                ("builtins", "bool", bool) => true,
                ("builtins", "float", double) => true,
                ("builtins", "str", string) => true,
                ("builtins", "tuple", PyTuple) => true,
                ("builtins", "list", PyList) => true,
                ("builtins", "dict", PyDict) => true,
                _ => false,
            };
            if (matches)
                return true;
        }
        return false;
    }

    private static bool Lookup(object? owner, string attribute, out object? value)
    {
        value = null;
        return owner switch
        {
            PyInstance i => i.Attributes.TryGetValue(attribute, out value) || i.Class.TryLookup(attribute, out value),
            PyClass c => c.TryLookup(attribute, out value),
            PyModule m => m.Globals.TryGetValue(attribute, out value),
            PyFunction f => f.Attributes.TryGetValue(attribute, out value),
            _ => false,
        };
    }
}
