using System.Collections.Immutable;
using Rpython.Translator.Flow;

namespace Rpython.Translator.Annotation;

// The meaning of each flow operation on annotations (RPython's unaryop.py and binaryop.py): the
// result annotation from the argument annotations, or an AnnotatorError saying what RPython
// requires. An argument that is not known yet (impossible) makes the result impossible: the block
// waits. Type facts learnt from isinstance() and 'is None' narrow the variable on the branch where
// they hold.

internal sealed partial class Annotator
{
    /// <summary>What a bool variable tells when it is true or false: the narrowed annotation of <see cref="Subject"/>.</summary>
    private sealed record KnownType(Variable Subject, SomeValue? WhenTrue, SomeValue? WhenFalse);

    private readonly Dictionary<Variable, KnownType> _knownTypes = [];
    private readonly Dictionary<Position, ListDef> _listDefs = [];
    private readonly Dictionary<Position, DictDef> _dictDefs = [];

    private static readonly SomeInteger s_int = new();
    private static readonly SomeInteger s_nonnegInt = new(nonneg: true);
    private static readonly SomeBool s_bool = new();
    private static readonly SomeString s_str = new();

    private SomeValue ConsiderOperation(SpaceOperation op, Position position)
    {
        var args = op.Args.Select(Binding).ToArray();
        if (args.Any(a => a is SomeImpossibleValue))
            return SomeImpossibleValue.Instance;
        if (op.OpName is not ("simple_call" or "call_args") && args.Any(IsLowLevel))
            return LowLevelOperation(op, args);
        var result = op.OpName switch
        {
            "simple_call" => Call(args[0], [.. args.Skip(1)], [], position),
            "call_args" => CallWithShape(op, args, position),
            "getattr" => GetAttr(args[0], ConstantString(op.Args[1]), position),
            "setattr" => SetAttr(args[0], ConstantString(op.Args[1]), args[2], op),
            "getitem" => GetItem(args[0], args[1], position),
            "setitem" => SetItem(args[0], args[1], args[2]),
            "delitem" => DelItem(args[0], args[1]),
            "delslice" => args[0] is SomeList deleted ? Resized(deleted) : throw new AnnotatorError($"cannot delete a slice of {AnnotationFormatter.FormatType(args[0])}"),
            "getslice" => GetSlice(args[0], position),
            "newlist" => NewList(args, position),
            "newdict" => NewDict(args, position),
            "newtuple" => new SomeTuple([.. args]),
            "iter" => Iter(args[0]),
            "next" => Next(args[0], position),
            "bool" => Truth(op, args[0]),
            "is_" => Is(op, args[0], args[1]),
            "type" => TypeOf(args[0]),
            "exception_match" => ExceptionMatch(op, args[0], op.Args[1]),
            "contains" => Contains(args[0], args[1], position),
            "neg" or "pos" or "invert" => Unary(op.OpName, args[0]),
            "lt" or "le" or "gt" or "ge" when args[0] is SomeInteger x && args[1] is SomeInteger y => IntegerComparison(op, x, y),
            _ when op.OpName.StartsWith("inplace_", StringComparison.Ordinal) => Binary(op.OpName["inplace_".Length..], args[0], args[1], position, inPlace: true),
            _ => Binary(op.OpName, args[0], args[1], position, inPlace: false),
        };
        return FoldConstant(op, args, result);
    }

    /// <summary>Pure operations on constants give constants (what was not folded while building).</summary>
    private static SomeValue FoldConstant(SpaceOperation op, SomeValue[] args, SomeValue result)
    {
        if (result is SomeImpossibleValue || result.IsConstant || !args.All(a => a.IsConstant) || args.Length is 0 or > 2)
            return result;
        return ConstantFolder.TryFold(op.OpName, [.. args.Select(a => a.Const)], out var value) && value is not null && Matches(result, value)
            ? result.WithConst(value)
            : result;
    }

    private static bool Matches(SomeValue annotation, object value) => (annotation, value) switch
    {
        (SomeBool, bool) => true,
        (SomeInteger and not SomeBool, long) => true,
        (SomeFloat, double) => true,
        (SomeString, string) => true,
        _ => false,
    };

    private static string ConstantString(FlowValue value) =>
        value is Constant { Value: string s } ? s : throw new AnnotatorError("getattr() needs a constant attribute name in RPython");

    // ---- numbers and strings ----

    private static SomeValue Unary(string op, SomeValue x) => (op, x) switch
    {
        ("neg" or "pos", SomeBool) => s_int,
        ("neg", SomeInteger i) => new SomeInteger(kind: i.Kind),
        ("pos", SomeInteger i) => i,
        ("invert", SomeInteger i) => new SomeInteger(kind: i.Kind),
        ("neg" or "pos", SomeFloat) => new SomeFloat(),
        _ => throw new AnnotatorError($"unsupported operation '{op}' on {AnnotationFormatter.FormatType(x)}"),
    };

    private SomeValue Binary(string op, SomeValue x, SomeValue y, Position position, bool inPlace)
    {
        switch (op)
        {
            case "lt" or "le" or "gt" or "ge" or "eq" or "ne":
                return Comparison(op, x, y);
            case "add" when x is SomeList l1 && y is SomeList l2:
                if (inPlace)
                {
                    l1.ListDef.Resize();
                    return Lattice.Union(x, y);
                }
                return new SomeList(Offspring(position, l1, l2));
            case "add" when x is SomeString s1 && y is SomeString s2:
                NotNone(s1, op);
                NotNone(s2, op);
                return new SomeString(noNul: s1.NoNul && s2.NoNul);
            case "mul" when x is SomeString && y is SomeInteger:
                return new SomeString();
            case "mul" when x is SomeList list && y is SomeInteger:
                return new SomeList(Offspring(position, list));
            case "add" when x is SomeBytes && y is SomeBytes:
                return new SomeBytes();
            case "mod" when x is SomeString:
                CheckFormat(x, y);
                return new SomeString();
            case "add" when x is SomeTuple t1 && y is SomeTuple t2:
                return new SomeTuple(t1.Items.AddRange(t2.Items));
        }
        if (x is SomeInteger i && y is SomeInteger j)
            return IntegerArithmetic(op, i, j);
        if (x is SomeFloat or SomeInteger && y is SomeFloat or SomeInteger)
        {
            return op switch
            {
                "add" or "sub" or "mul" or "truediv" or "floordiv" or "mod" or "pow" => new SomeFloat(),
                _ => throw new AnnotatorError($"unsupported operation '{op}' on floats"),
            };
        }
        throw new AnnotatorError($"unsupported operation '{OperatorSpelling(op)}' between {AnnotationFormatter.FormatType(x)} and {AnnotationFormatter.FormatType(y)}");
    }

    /// <summary><c>"..." % args</c> with a constant format: each conversion must get a value it can format.</summary>
    private static void CheckFormat(SomeValue format, SomeValue args)
    {
        if (!format.IsConstant || format.Const is not string text)
            throw new AnnotatorError("string formatting requires a constant string on the left of '%' in RPython");
        var values = args is SomeTuple t ? t.Items : [args];
        var conversions = new List<char>();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '%')
                continue;
            i++;
            while (i < text.Length && !char.IsAsciiLetter(text[i]) && text[i] != '%')
                i++;
            if (i < text.Length && text[i] != '%')
                conversions.Add(text[i]);
        }
        if (conversions.Count != values.Length)
            throw new AnnotatorError($"the format {PyRepr.Of(text)} has {conversions.Count} conversions but gets {values.Length} values");
        for (int i = 0; i < conversions.Count; i++)
        {
            bool fits = conversions[i] switch
            {
                's' or 'r' => true,
                'd' or 'i' or 'x' or 'X' or 'o' => values[i] is SomeInteger,
                'f' or 'e' or 'g' or 'F' or 'E' or 'G' => values[i] is SomeFloat or SomeInteger,
                'c' => values[i] is SomeChar or SomeInteger,
                _ => throw new AnnotatorError($"the conversion %{conversions[i]} is not supported in RPython"),
            };
            if (!fits)
                throw new AnnotatorError($"%{conversions[i]} in {PyRepr.Of(text)} needs a number, not {AnnotationFormatter.FormatType(values[i])}");
        }
    }

    private static string ComparisonSpelling(string op) => op switch
    {
        "lt" => "<", "le" => "<=", "gt" => ">", "ge" => ">=", "eq" => "==", _ => "!=",
    };

    private static string OperatorSpelling(string op) => op switch
    {
        "add" => "+", "sub" => "-", "mul" => "*", "truediv" => "/", "floordiv" => "//", "mod" => "%", "pow" => "**",
        "lshift" => "<<", "rshift" => ">>", "and_" => "&", "or_" => "|", "xor" => "^", "matmul" => "@",
        _ => op,
    };

    private static void NotNone(SomeString s, string op)
    {
        if (s.CanBeNone)
            throw new AnnotatorError($"'{OperatorSpelling(op)}' on a str that may be None: check 'is not None' first");
    }

    private static SomeValue IntegerArithmetic(string op, SomeInteger x, SomeInteger y)
    {
        // The result type of mixing int kinds is the union's (unsigned is contagious).
        var kind = ((SomeInteger)Lattice.Union(new SomeInteger(nonneg: true, x.Kind), new SomeInteger(nonneg: true, y.Kind))).Kind;
        bool bothNonneg = x.Nonneg && y.Nonneg;
        return op switch
        {
            "add" or "mul" or "floordiv" or "lshift" or "pow" => new SomeInteger(bothNonneg, kind),
            "sub" => new SomeInteger(kind: kind),
            "mod" => new SomeInteger(y.Nonneg, kind),
            "rshift" => new SomeInteger(x.Nonneg, kind),
            "and_" => new SomeInteger(x.Nonneg || y.Nonneg, kind),
            "or_" or "xor" => new SomeInteger(bothNonneg, kind),
            "truediv" => new SomeFloat(),
            _ => throw new AnnotatorError($"unsupported operation '{OperatorSpelling(op)}' on integers"),
        };
    }

    private static SomeValue Comparison(string op, SomeValue x, SomeValue y)
    {
        bool comparable = (x, y) switch
        {
            (SomeInteger or SomeFloat, SomeInteger or SomeFloat) => true,
            (SomeString, SomeString) or (SomeBytes, SomeBytes) => true,
            (SomeTuple, SomeTuple) => true,
            _ when op is "eq" or "ne" => true,
            _ => false,
        };
        if (!comparable)
            throw new AnnotatorError($"cannot compare {AnnotationFormatter.FormatType(x)} and {AnnotationFormatter.FormatType(y)} with '{ComparisonSpelling(op)}'");
        return s_bool;
    }

    // ---- truth and identity, with the type facts they carry ----

    /// <summary>An ordering of two integers. Where it proves one of them non-negative (<c>i >= 0</c>,
    /// <c>n > i</c> for a non-negative i, <c>i &lt; 0</c> when false), that variable narrows on that
    /// branch (RPython's _compare_helper), so that indexing with it needs no negative-index path:
    /// <c>assert sp >= 0</c> is how an interpreter says so.</summary>
    private SomeValue IntegerComparison(SpaceOperation op, SomeInteger x, SomeInteger y)
    {
        // Whether "v >= bound" (strict: "v > bound") makes v non-negative.
        static bool Bounds(SomeInteger bound, bool strict) =>
            bound.Nonneg || strict && bound.IsConstant && bound.Const is long c && c >= -1;
        static SomeInteger Nonneg(SomeInteger i) => new(nonneg: true, i.Kind);
        var (left, right) = (op.Args[0] as Variable, op.Args[1] as Variable);
        KnownType? known = op.OpName switch
        {
            "ge" or "gt" when left is not null && !x.Nonneg && Bounds(y, op.OpName == "gt") => new KnownType(left, Nonneg(x), null),
            "le" or "lt" when right is not null && !y.Nonneg && Bounds(x, op.OpName == "lt") => new KnownType(right, Nonneg(y), null),
            "lt" or "le" when left is not null && !x.Nonneg && Bounds(y, op.OpName == "le") => new KnownType(left, null, Nonneg(x)),
            "gt" or "ge" when right is not null && !y.Nonneg && Bounds(x, op.OpName == "ge") => new KnownType(right, null, Nonneg(y)),
            _ => null,
        };
        return known is null ? s_bool : Remember(op.Result, known);
    }

    private SomeValue Truth(SpaceOperation op, SomeValue x)
    {
        if (op.Args[0] is Variable v && _knownTypes.TryGetValue(v, out var known))
            _knownTypes[op.Result] = known;
        return x switch
        {
            SomeNone => new SomeBool().WithConst(false),
            SomeInstance { CanBeNone: false } or SomePbc { CanBeNone: false } => new SomeBool().WithConst(true),
            _ when x.IsConstant && PyValues.Truth(x.Const) is { } truth => new SomeBool().WithConst(truth),
            SomeInstance { CanBeNone: true } i when op.Args[0] is Variable subject =>
                Remember(op.Result, new KnownType(subject, i with { CanBeNone = false }, null)),
            SomeString { CanBeNone: true } s when op.Args[0] is Variable subject =>
                Remember(op.Result, new KnownType(subject, null, null)),
            _ => s_bool,
        };
    }

    /// <summary>Whether the exception value is an instance of the class (or classes) an 'except' names;
    /// where it is, the value narrows to that class.</summary>
    private SomeValue ExceptionMatch(SpaceOperation op, SomeValue value, FlowValue classes)
    {
        var caught = classes is Constant { Value: PyClass single } ? [single]
            : classes is Constant { Value: PyTuple tuple } ? tuple.Items.Cast<PyClass>().ToList() : [];
        if (value is not SomeInstance instance || op.Args[0] is not Variable subject)
            return s_bool;
        var defs = caught.Select(Bookkeeper.ClassDefOf).ToList();
        if (defs.Any(d => instance.ClassDef.IsSubclassOf(d)))
            return new SomeBool().WithConst(true);
        var narrowed = defs.Where(d => d.IsSubclassOf(instance.ClassDef)).Select(d => new SomeInstance(d)).ToList();
        return narrowed.Count == 0 ? new SomeBool().WithConst(false)
            : Remember(op.Result, new KnownType(subject, narrowed.Aggregate((SomeValue)SomeImpossibleValue.Instance, Lattice.Union), null));
    }

    private SomeBool Remember(Variable result, KnownType known)
    {
        _knownTypes[result] = known;
        return s_bool;
    }

    private SomeValue Is(SpaceOperation op, SomeValue x, SomeValue y)
    {
        if (x is SomeNone && y is SomeNone)
            return new SomeBool().WithConst(true);
        var (subject, other) = y is SomeNone ? (op.Args[0], x) : x is SomeNone ? (op.Args[1], y) : (null, x);
        if (subject is Variable v && other is not SomeNone)
        {
            if (!CanBeNone(other))
                return new SomeBool().WithConst(false);
            return Remember(op.Result, new KnownType(v, SomeNone.Instance, WithoutNone(other)));
        }
        return s_bool;
    }

    private static bool CanBeNone(SomeValue value) => value switch
    {
        SomeInstance i => i.CanBeNone,
        SomeString s => s.CanBeNone,
        SomeUnicodeString u => u.CanBeNone,
        SomePbc p => p.CanBeNone,
        SomeList or SomeDict => true,
        _ => false,
    };

    private static SomeValue WithoutNone(SomeValue value) => value switch
    {
        SomeInstance i => i with { CanBeNone = false },
        SomeChar => value,
        SomeString s => new SomeString(canBeNone: false, s.NoNul),
        SomePbc p => new SomePbc(p.Descs),
        _ => value,
    };

    /// <summary>A link argument's annotation, narrowed by what the block's switch proves on this link.</summary>
    private SomeValue Narrowed(Block block, Link link, FlowValue arg)
    {
        var annotation = Binding(arg);
        if (block.ExitSwitch is Variable condition && link.ExitCase is bool truth
            && _knownTypes.TryGetValue(condition, out var known) && known.Subject == arg
            && (truth ? known.WhenTrue : known.WhenFalse) is { } narrowed)
            return Lattice.Contains(annotation, narrowed) ? narrowed : annotation;
        return annotation;
    }

    // ---- containers ----

    /// <summary>The list definition of the lists made at one operation: the same on every reflow, so
    /// the fixpoint sees one list, not a new one each time.</summary>
    private ListDef ListDefAt(Position position, int? rangeStep = null)
    {
        if (!_listDefs.TryGetValue(position, out var def))
            _listDefs[position] = def = new ListDef(this, SomeImpossibleValue.Instance, rangeStep: rangeStep);
        return def;
    }

    private DictDef DictDefAt(Position position)
    {
        if (!_dictDefs.TryGetValue(position, out var def))
            _dictDefs[position] = def = new DictDef(this, SomeImpossibleValue.Instance, SomeImpossibleValue.Instance);
        return def;
    }

    private SomeValue NewList(SomeValue[] items, Position position)
    {
        var list = new SomeList(ListDefAt(position));
        foreach (var item in items)
            AddItem(list, item, "list display");
        return list;
    }

    /// <summary>The list that <c>l1 + l2</c>, <c>l * n</c> or <c>l[a:b]</c> makes (RPython's ListDef.offspring):
    /// its items are theirs, and theirs grow with its own, since the ll helpers copy items from one
    /// low-level list to the other (<c>[None] * n</c> becomes a list of instances when instances are
    /// stored into the copy).</summary>
    private ListDef Offspring(Position position, params SomeList[] operands)
    {
        var def = ListDefAt(position);
        foreach (var operand in operands)
            def.Generalize(operand.ListDef.ReadItem(position));
        var item = def.ReadItem(position);
        foreach (var operand in operands)
            operand.ListDef.Generalize(item);
        return def;
    }

    private ListDef CopyOf(SomeList list, Position position) => NewListOf(position, list.ListDef.ReadItem(position));

    private SomeValue NewDict(SomeValue[] keysAndValues, Position position)
    {
        var dict = new SomeDict(DictDefAt(position));
        for (int i = 0; i + 1 < keysAndValues.Length; i += 2)
            AddEntry(dict, keysAndValues[i], keysAndValues[i + 1], "dict display");
        return dict;
    }

    /// <summary>Widens a dict's key and value types for an entry stored into it, explaining a conflict in terms of the dict.</summary>
    private static void AddEntry(SomeDict dict, SomeValue key, SomeValue value, string how)
    {
        var (keyBefore, valueBefore) = (dict.DictDef.Key, dict.DictDef.Value);
        try
        {
            dict.DictDef.GeneralizeKey(Hashable(key));
            dict.DictDef.GeneralizeValue(value);
        }
        catch (UnionError e)
        {
            throw new AnnotatorError($"{e.Message}: this {how} puts {AnnotationFormatter.Format(key)} -> {AnnotationFormatter.Format(value)} into a dict of "
                + $"{AnnotationFormatter.Format(keyBefore)} -> {AnnotationFormatter.Format(valueBefore)} (a dict's keys have one type, and so do its values)");
        }
    }

    private static SomeValue Hashable(SomeValue key) => key is SomeFloat or SomeList or SomeDict
        ? throw new AnnotatorError($"{AnnotationFormatter.FormatType(key)} cannot be a dict key in RPython")
        : key;

    private SomeValue GetItem(SomeValue container, SomeValue index, Position position)
    {
        switch (container)
        {
            case SomeList list when index is SomeInteger:
                return list.ListDef.ReadItem(position);
            case SomeString s when index is SomeInteger:
                NotNone(s, "[]");
                return new SomeChar(s.NoNul);
            case SomeBytes when index is SomeInteger:
                return new SomeInteger(nonneg: true);
            case SomeTuple t when index is SomeInteger { IsConstant: true, Const: long i }:
                long k = i < 0 ? i + t.Items.Length : i;
                return k >= 0 && k < t.Items.Length ? t.Items[(int)k] : throw new AnnotatorError($"tuple index {i} out of range");
            case SomeTuple:
                throw new AnnotatorError("a tuple index must be a constant in RPython (tuples are not lists)");
            case SomeDict d:
                d.DictDef.GeneralizeKey(Hashable(index));
                d.DictDef.ReadKey(position);
                return d.DictDef.ReadValue(position);
            case SomeInstance i:
                return CallMethod(i, "__getitem__", [index], position);
        }
        throw new AnnotatorError($"cannot index {AnnotationFormatter.FormatType(container)} with {AnnotationFormatter.FormatType(index)}");
    }

    private SomeValue SetItem(SomeValue container, SomeValue index, SomeValue value)
    {
        switch (container)
        {
            case SomeList list when index is SomeInteger:
                list.ListDef.Mutate();
                AddItem(list, value, "item assignment");
                return SomeNone.Instance;
            case SomeDict d:
                AddEntry(d, index, value, "item assignment");
                return SomeNone.Instance;
        }
        throw new AnnotatorError($"cannot assign an item of {AnnotationFormatter.FormatType(container)}");
    }

    private static SomeValue Resized(SomeList list)
    {
        list.ListDef.Resize();
        return SomeNone.Instance;
    }

    private static SomeValue DelItem(SomeValue container, SomeValue index)
    {
        switch (container)
        {
            case SomeList list when index is SomeInteger:
                list.ListDef.Resize();
                return SomeNone.Instance;
            case SomeDict d:
                d.DictDef.GeneralizeKey(Hashable(index));
                return SomeNone.Instance;
        }
        throw new AnnotatorError($"cannot delete an item of {AnnotationFormatter.FormatType(container)}");
    }

    /// <summary>A slice of a list is a new list (RPython's offspring): a copy of a list that grows
    /// need not grow, so `code = ops[:]` is a fixed-size array.</summary>
    private SomeValue GetSlice(SomeValue container, Position position) => container switch
    {
        SomeBytes => new SomeBytes(),
        SomeString s => new SomeString(noNul: s.NoNul),
        SomeList list => new SomeList(Offspring(position, list)),
        _ => throw new AnnotatorError($"cannot slice {AnnotationFormatter.FormatType(container)}"),
    };

    private SomeValue Contains(SomeValue container, SomeValue item, Position position)
    {
        switch (container)
        {
            case SomeList list:
                list.ListDef.ReadItem(position);
                return s_bool;
            case SomeDict d:
                d.DictDef.GeneralizeKey(Hashable(item));
                return s_bool;
            case SomeString when item is SomeString:
            case SomeTuple:
                return s_bool;
        }
        throw new AnnotatorError($"'in' is not supported on {AnnotationFormatter.FormatType(container)}");
    }

    private static SomeValue Iter(SomeValue container) => container switch
    {
        SomeIterator => container,
        SomeList or SomeDict or SomeString or SomeBytes => new SomeIterator(container),
        SomeTuple => throw new AnnotatorError("iterating over a tuple is not RPython (tuples are fixed records): use a list, or unrolling_iterable for constant tuples"),
        _ => throw new AnnotatorError($"cannot iterate over {AnnotationFormatter.FormatType(container)}"),
    };

    private static SomeValue Next(SomeValue iterator, Position position) => iterator switch
    {
        SomeIterator { Container: SomeList list, Variant: "" } => list.ListDef.ReadItem(position),
        SomeIterator { Container: SomeList list, Variant: "enumerate" } => new SomeTuple([s_nonnegInt, list.ListDef.ReadItem(position)]),
        SomeIterator { Container: SomeDict d } => d.DictDef.ReadKey(position),
        SomeIterator { Container: SomeString s, Variant: "enumerate" } => new SomeTuple([s_nonnegInt, new SomeChar(s.NoNul)]),
        SomeIterator { Container: SomeString s } => new SomeChar(s.NoNul),
        SomeIterator { Container: SomeBytes } => s_nonnegInt,
        _ => throw new AnnotatorError($"next() of {AnnotationFormatter.FormatType(iterator)}"),
    };

    /// <summary>The type of an exception being raised ('raise' makes this operation).</summary>
    private SomeValue TypeOf(SomeValue value) => value switch
    {
        SomeInstance i when !i.ClassDef.IsSubclassOf(Bookkeeper.ClassDefOf(Bookkeeper.BuiltinClass("BaseException"))) =>
            throw new AnnotatorError($"exceptions must derive from BaseException: cannot raise {AnnotationFormatter.FormatType(value)}"),
        _ => ClassOfInstance(value),
    };

    /// <summary>type(x) of an instance: its class, which may be any subclass of the class it is known as.</summary>
    private SomePbc ClassOfInstance(SomeValue value) => value switch
    {
        SomeInstance i => new SomePbc([.. Bookkeeper.SubclassesOf(i.ClassDef).Prepend(i.ClassDef).Select(c => Bookkeeper.ClassDescOf(Bookkeeper.ClassOf(c)))]),
        _ => throw new AnnotatorError($"type() of {AnnotationFormatter.FormatType(value)} is not supported in RPython (only of instances)"),
    };

    // ---- attributes ----

    private SomeValue GetAttr(SomeValue owner, string name, Position position)
    {
        switch (owner)
        {
            case SomeInstance instance:
                return InstanceAttribute(instance, name, position);
            case SomePbc { Kind: DescKind.Class } classes when classes.Descs.Length == 1:
            {
                var cls = ((ClassDesc)classes.Descs[0]).Class;
                if (name == "__init__" && cls.ModuleName == "builtins")
                    return new SomeBuiltin("BaseException.__init__");
                if (cls.TryLookup(name, out var value))
                {
                    return value switch
                    {
                        PyFunction f => new SomePbc([Bookkeeper.FunctionDescOf(f)]),
                        PyStaticMethod s => new SomePbc([Bookkeeper.FunctionDescOf(s.Function)]),
                        _ => Bookkeeper.Immutable(value),
                    };
                }
                throw new AnnotatorError($"class {cls.Name} has no attribute '{name}'");
            }
            case SomePbc { Kind: DescKind.Frozen } frozen when frozen.Descs.Length == 1:
                return FrozenAttribute(((FrozenDesc)frozen.Descs[0]).Value, name);
            case SomeList or SomeDict or SomeString or SomeStringBuilder or SomeBytes:
                return new SomeBuiltinMethod(name, owner);
        }
        throw new AnnotatorError($"{AnnotationFormatter.FormatType(owner)} has no attribute '{name}' in RPython");
    }

    private static SomeValue FrozenAttribute(object frozen, string name) => frozen switch
    {
        PyExternalCall { Callee.QualifiedName: "rpython.rlib.jit.JitDriver" } driver when name is "jit_merge_point" or "can_enter_jit" or "loop_header" =>
            new SomeJitDriverMethod(name, driver),
        _ => throw new AnnotatorError($"{PyRepr.Of(frozen)} has no attribute '{name}' in RPython"),
    };

    /// <summary>An attribute read. As in RPython, an instance that may be None is read as if it were
    /// not (the translated program checks it). A class-level value of the attribute, in the class,
    /// its bases or its subclasses, is a default of it.</summary>
    private SomeValue InstanceAttribute(SomeInstance instance, string name, Position position)
    {
        Bookkeeper.ReadMethods(instance.ClassDef, name, position);
        var methods = Bookkeeper.MethodsOf(instance.ClassDef, name);
        if (!methods.IsEmpty)
            return new SomePbc(methods);
        if (Bookkeeper.StaticMethodOf(instance.ClassDef, name) is { } function)
            return new SomePbc([Bookkeeper.FunctionDescOf(function)]);
        foreach (var c in instance.ClassDef.Mro().Concat(Bookkeeper.SubclassesOf(instance.ClassDef)))
            Bookkeeper.SeeClassAttribute(c, name);
        return instance.ClassDef.ReadAttribute(name, position);
    }

    private SomeValue SetAttr(SomeValue owner, string name, SomeValue value, SpaceOperation op)
    {
        if (owner is not SomeInstance instance)
            throw new AnnotatorError($"cannot set attribute '{name}' of {AnnotationFormatter.FormatType(owner)}: only instances have writable attributes in RPython");
        string source = op.Location is { } l ? $"{Path.GetFileName(l.Source.Path)}:{l.Line}" : "?";
        try
        {
            instance.ClassDef.GeneralizeAttribute(name, value, source);
        }
        catch (UnionError e)
        {
            var writes = instance.ClassDef.FindAttribute(name).Writes.Select(w => $"{AnnotationFormatter.Format(w.Value)} at {w.Source}");
            throw new AnnotatorError($"{e.Message}: attribute '{name}' of {instance.ClassDef.Name} gets {AnnotationFormatter.Format(value)} here, "
                + $"but earlier {string.Join(", ", writes)}");
        }
        return SomeNone.Instance;
    }
}
