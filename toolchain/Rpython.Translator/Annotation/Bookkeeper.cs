using System.Collections.Immutable;
using Rpython.Translator.Flow;

namespace Rpython.Translator.Annotation;

/// <summary>A function of the program (one or several graphs, by specialisation).</summary>
internal sealed record FunctionDesc(PyFunction Function, string UniqueName) : Desc(DescKind.Function, UniqueName);

/// <summary>A class of the program or a built-in exception class.</summary>
internal sealed record ClassDesc(PyClass Class, ClassDef ClassDef) : Desc(DescKind.Class, ClassDef.Name);

/// <summary>A method found on instances of <see cref="SelfClass"/> (the class whose dict defines it).</summary>
internal sealed record MethodDesc(FunctionDesc Function, ClassDef SelfClass, string MethodName)
    : Desc(DescKind.Method, SelfClass.Name + "." + MethodName);

/// <summary>A frozen prebuilt object: an rlib object made at import time (a JitDriver...) or a module.</summary>
internal sealed record FrozenDesc(object Value, string FrozenName) : Desc(DescKind.Frozen, FrozenName);

/// <summary>An rpython.rlib.rstring.StringBuilder: appends strs and chars, then build() gives the str.</summary>
internal sealed record SomeStringBuilder : SomeValue;

/// <summary>A method of a prebuilt JitDriver (<c>driver.jit_merge_point</c>), bound to its driver.</summary>
internal sealed record SomeJitDriverMethod(string Name, PyExternalCall Driver) : SomeValue;

/// <summary>A bound built-in method such as <c>lst.append</c>: <see cref="Receiver"/> is the object's annotation.</summary>
internal sealed record SomeBuiltinMethod(string Name, SomeValue Receiver) : SomeValue;

/// <summary>
/// What the annotator knows of the frozen program (RPython's bookkeeper): the description of every
/// function, class and prebuilt object, the class definitions, and the annotation of every import-time
/// value (<see cref="Immutable"/>). A prebuilt list or dict gets one shared definition, a prebuilt
/// instance widens the attributes of its class with its own values.
/// </summary>
internal sealed class Bookkeeper(IReflowScheduler reflow, IReadOnlyDictionary<string, object?> builtins)
{
    private readonly Dictionary<object, Desc> _descs = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PyClass, ClassDef> _classDefs = [];
    private readonly Dictionary<ClassDef, PyClass> _classes = [];
    private readonly Dictionary<object, SomeValue> _prebuiltContainers = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<PyInstance> _seenInstances = [];
    private readonly HashSet<(ClassDef, string)> _seenClassAttributes = [];
    private readonly Dictionary<(ClassDef, string), ReadLocations> _methodReaders = [];
    private readonly HashSet<string> _usedNames = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, object?> Builtins { get; } = builtins;

    public IReflowScheduler Reflow { get; } = reflow;

    /// <summary>The class definitions, in the order they were made.</summary>
    public IEnumerable<ClassDef> ClassDefs => _classDefs.Values;

    public PyClass ClassOf(ClassDef classDef) => _classes[classDef];

    public PyClass BuiltinClass(string name) => (PyClass)Builtins[name]!;

    public FunctionDesc FunctionDescOf(PyFunction function)
    {
        if (_descs.TryGetValue(function, out var desc))
            return (FunctionDesc)desc;
        var made = new FunctionDesc(function, UniqueName(function.Module.Name + "." + function.QualifiedName));
        _descs[function] = made;
        return made;
    }

    /// <summary>Functions made by one factory share a name; so may classes: the second is name#2.</summary>
    private string UniqueName(string name)
    {
        string unique = name;
        for (int n = 2; !_usedNames.Add(unique); n++)
            unique = name + "#" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return unique;
    }

    /// <summary>The class definition of a class. RPython classes have single inheritance: the first
    /// base that is not <c>object</c> is the base class.</summary>
    public ClassDef ClassDefOf(PyClass cls)
    {
        if (_classDefs.TryGetValue(cls, out var existing))
            return existing;
        var baseClass = cls.Bases.FirstOrDefault(b => !(b.ModuleName == "builtins" && b.Name == "object"));
        string name = UniqueName(cls.ToString());
        var classDef = baseClass is null ? new ClassDef(name, Reflow) : new ClassDef(name, ClassDefOf(baseClass));
        _classDefs[cls] = classDef;
        _classes[classDef] = cls;
        // A class met after its bases' attributes were read overrides their class-level values,
        // and its methods are more of the methods the reads through its bases may reach.
        foreach (var (attribute, value) in cls.Dict)
        {
            if (classDef.Base?.OwnerOf(attribute) is not null)
                SeeClassAttribute(classDef, attribute);
            if (value is PyFunction or PyStaticMethod)
            {
                for (var b = classDef.Base; b is not null; b = b.Base)
                    _methodReaders.GetValueOrDefault((b, attribute))?.ReflowAll(Reflow);
            }
        }
        return classDef;
    }

    public ClassDesc ClassDescOf(PyClass cls)
    {
        if (_descs.TryGetValue(cls, out var desc))
            return (ClassDesc)desc;
        var made = new ClassDesc(cls, ClassDefOf(cls));
        _descs[cls] = made;
        return made;
    }

    public FrozenDesc FrozenDescOf(object value)
    {
        if (_descs.TryGetValue(value, out var desc))
            return (FrozenDesc)desc;
        var made = new FrozenDesc(value, PyRepr.Of(value));
        _descs[value] = made;
        return made;
    }

    /// <summary>The most precise annotation of an import-time value (RPython's immutablevalue).</summary>
    public SomeValue Immutable(object? value)
    {
        switch (value)
        {
            case null:
                return SomeNone.Instance;
            case bool b:
                return new SomeBool().WithConst(b);
            case long l:
                return new SomeInteger(nonneg: l >= 0).WithConst(l);
            case System.Numerics.BigInteger:
                throw new AnnotatorError($"the prebuilt integer {PyRepr.Of(value)} does not fit in a machine word: RPython ints are 64-bit");
            case double d:
                return new SomeFloat().WithConst(d);
            case RTyping.LowLevelType type:
                return new SomeLowLevelType(type);
            case string s:
                return (PyValues.Characters(s).Count == 1 ? new SomeChar(noNul: s[0] != '\0') : new SomeString(noNul: !s.Contains('\0', StringComparison.Ordinal))).WithConst(s);
            case PyTuple t:
                return new SomeTuple([.. t.Items.Select(Immutable)]);
            case Syntax.Bytes:
                return new SomeBytes().WithConst(value);
            case PyList list:
                return Prebuilt(list, () =>
                {
                    var def = new ListDef(Reflow, SomeImpossibleValue.Instance);
                    var result = new SomeList(def);
                    _prebuiltContainers[list] = result; // a list that contains itself
                    foreach (var item in list.Items)
                        def.Generalize(Immutable(item));
                    return result;
                });
            case PyDict dict:
                return Prebuilt(dict, () =>
                {
                    var def = new DictDef(Reflow, SomeImpossibleValue.Instance, SomeImpossibleValue.Instance);
                    var result = new SomeDict(def);
                    _prebuiltContainers[dict] = result;
                    foreach (var entry in dict.Entries)
                    {
                        def.GeneralizeKey(Immutable(entry.Key));
                        def.GeneralizeValue(Immutable(entry.Value));
                    }
                    return result;
                });
            case PyInstance instance:
                return SeeInstance(instance);
            case PyFunction f:
                return new SomePbc([FunctionDescOf(f)]);
            case PyClass c when c.ModuleName == "builtins" && ImportTimeEvaluator.BuiltinTypes.Contains(c.Name):
                return new SomeBuiltin(c.Name);
            case PyClass c:
                return new SomePbc([ClassDescOf(c)]);
            case PyBuiltinFunction f:
                return new SomeBuiltin(f.Name);
            case PyExternal e when Annotator.NamedLowLevelType(e.QualifiedName) is { } type:
                return new SomeLowLevelType(type);
            case PyExternal e:
                return new SomeBuiltin(e.QualifiedName);
            case PyExternalCall or PyModule:
                return new SomePbc([FrozenDescOf(value)]);
            case PyBoundMethod m:
                throw new AnnotatorError($"the prebuilt bound method {m} is not supported: store the function and call it with the instance");
            default:
                throw new AnnotatorError($"the prebuilt value {PyRepr.Of(value)} has no RPython type");
        }
    }

    private SomeValue Prebuilt(object container, Func<SomeValue> make)
    {
        if (_prebuiltContainers.TryGetValue(container, out var known))
            return known;
        return make();
    }

    /// <summary>A prebuilt instance: its attribute values widen its class's attributes, once.</summary>
    private SomeInstance SeeInstance(PyInstance instance)
    {
        var classDef = ClassDefOf(instance.Class);
        if (_seenInstances.Add(instance))
        {
            foreach (var (name, value) in instance.Attributes)
                classDef.GeneralizeAttribute(name, Immutable(value), $"the prebuilt instance {instance}");
        }
        return new SomeInstance(classDef);
    }

    /// <summary>The class-level value of an attribute (not a method) defined in this class's own dict
    /// widens the attribute: it is what instances read until they set their own.</summary>
    public void SeeClassAttribute(ClassDef classDef, string name)
    {
        // Once per class and name: attribute reads call this on every flow of their block.
        if (!_seenClassAttributes.Add((classDef, name)))
            return;
        var cls = ClassOf(classDef);
        if (cls.Dict.TryGetValue(name, out var value) && value is not PyFunction)
            classDef.GeneralizeAttribute(name, Immutable(value), $"the class attribute {cls.Name}.{name}");
    }

    /// <summary>Records that <paramref name="location"/> read attribute <paramref name="name"/> of
    /// instances of <paramref name="classDef"/>: a subclass met later that defines a method of that
    /// name reflows it (RPython's read locations of a class attribute), or the override would be
    /// missing from the methods it may call.</summary>
    public void ReadMethods(ClassDef classDef, string name, object location)
    {
        if (!_methodReaders.TryGetValue((classDef, name), out var readers))
            _methodReaders[(classDef, name)] = readers = new ReadLocations();
        readers.Add(location);
    }

    /// <summary>The methods a call of <paramref name="name"/> on an instance of <paramref name="classDef"/>
    /// may reach: the one it inherits or defines, and the overrides in its subclasses.</summary>
    public ImmutableArray<MethodDesc> MethodsOf(ClassDef classDef, string name)
    {
        var found = new List<MethodDesc>();
        var inherited = classDef.Mro().Select(c => (Def: c, Class: ClassOf(c))).FirstOrDefault(p => p.Class.Dict.TryGetValue(name, out var v) && v is PyFunction);
        if (inherited.Def is not null)
            found.Add(new MethodDesc(FunctionDescOf((PyFunction)inherited.Class.Dict[name]!), classDef, name));
        foreach (var sub in Subclasses(classDef))
        {
            if (ClassOf(sub).Dict.TryGetValue(name, out var v) && v is PyFunction f)
                found.Add(new MethodDesc(FunctionDescOf(f), sub, name));
        }
        return [.. found];
    }

    /// <summary>A staticmethod found on instances of the class: the plain function.</summary>
    public PyFunction? StaticMethodOf(ClassDef classDef, string name) =>
        classDef.Mro().Select(c => ClassOf(c).Dict.GetValueOrDefault(name)).OfType<PyStaticMethod>().FirstOrDefault()?.Function;

    public IEnumerable<ClassDef> SubclassesOf(ClassDef classDef) => Subclasses(classDef);

    private static IEnumerable<ClassDef> Subclasses(ClassDef classDef) =>
        classDef.Subclasses.SelectMany(s => Subclasses(s).Prepend(s));
}
