using System.Collections.Immutable;
using Rpython.Translator.Flow;

namespace Rpython.Translator.Annotation;

// Calls: of the program's functions (with their specialisations), methods, classes (instantiation
// and __init__), RPython's built-in functions and methods, and the rpython.rlib helpers, each with
// its translated meaning.

internal sealed partial class Annotator
{
    private SomeValue CallWithShape(SpaceOperation op, SomeValue[] args, Position position)
    {
        var shape = (PyTuple)((Constant)op.Args[1]).Value!;
        int positional = (int)(long)shape.Items[0]!;
        var names = ((PyTuple)shape.Items[1]!).Items.Cast<string>().ToList();
        var positionalArgs = args.Skip(2).Take(positional).ToList();
        var keywords = names.Select((n, i) => new KeyValuePair<string, SomeValue>(n, args[2 + positional + i])).ToList();
        if ((bool)shape.Items[2]!)
        {
            // f(a, *t): the items of a tuple of known length are more positional arguments.
            if (args[^1] is not SomeTuple star)
                throw new AnnotatorError($"'*' in a call needs a tuple in RPython, not {AnnotationFormatter.FormatType(args[^1])}");
            positionalArgs.AddRange(star.Items);
        }
        return Call(args[0], positionalArgs, keywords, position);
    }

    private SomeValue Call(SomeValue callee, IReadOnlyList<SomeValue> args, IReadOnlyList<KeyValuePair<string, SomeValue>> keywords, Position position)
    {
        switch (callee)
        {
            case SomePbc { CanBeNone: true }:
                throw new AnnotatorError($"calling {AnnotationFormatter.FormatType(callee)}: it may be None");
            case SomePbc { Kind: DescKind.Function } functions:
                return UnionOfResults(functions.Descs.Cast<FunctionDesc>().Select(d => CallFunction(d, args, keywords, position)));
            case SomePbc { Kind: DescKind.Method } methods:
                return UnionOfResults(methods.Descs.Cast<MethodDesc>().Select(m =>
                    CallFunction(m.Function, [new SomeInstance(m.SelfClass), .. args], keywords, position)));
            case SomePbc { Kind: DescKind.Class } classes:
                return UnionOfResults(classes.Descs.Cast<ClassDesc>().Select(c => Instantiate(c, args, keywords, position)));
            case SomeBuiltin builtin:
                return CallBuiltin(builtin.Name, args, keywords, position);
            case SomeJitDriverMethod method:
                return JitDriverCall(method, args, keywords);
            case SomePtr { Type.Target: RTyping.FuncType function } when keywords.Count == 0:
                return CallLowLevelFunction(function, args);
            case SomeBuiltinMethod method:
                if (keywords.Count > 0)
                    throw new AnnotatorError($"keyword arguments to .{method.Name}() are not RPython");
                return CallBuiltinMethod(method, args, position);
        }
        throw new AnnotatorError($"{AnnotationFormatter.FormatType(callee)} is not callable");
    }

    private static SomeValue UnionOfResults(IEnumerable<SomeValue> results) =>
        results.ToList().Aggregate((SomeValue)SomeImpossibleValue.Instance, Lattice.Union);

    private SomeValue CallMethod(SomeInstance instance, string name, IReadOnlyList<SomeValue> args, Position position)
    {
        var methods = Bookkeeper.MethodsOf(instance.ClassDef, name);
        if (methods.IsEmpty)
            throw new AnnotatorError($"instances of {instance.ClassDef.Name} have no method {name}");
        return Call(new SomePbc(methods), args, [], position);
    }

    private SomeValue Instantiate(ClassDesc desc, IReadOnlyList<SomeValue> args, IReadOnlyList<KeyValuePair<string, SomeValue>> keywords, Position position)
    {
        var instance = new SomeInstance(desc.ClassDef);
        if (desc.Class.TryLookup("__init__", out var init) && init is PyFunction initFunction)
        {
            var result = CallFunction(Bookkeeper.FunctionDescOf(initFunction), [instance, .. args], keywords, position);
            if (result is SomeImpossibleValue)
                return SomeImpossibleValue.Instance;
        }
        else if (desc.Class.ModuleName == "builtins")
        {
            // A built-in exception: its message, if any, must be a string.
            if (args.Count > 1 || args.Any(a => a is not SomeString))
                throw new AnnotatorError($"{desc.Class.Name}() takes at most one str argument in RPython");
        }
        else if (args.Count > 0 || keywords.Count > 0)
        {
            throw new AnnotatorError($"{desc.Class.Name}() takes no arguments (the class has no __init__)");
        }
        return instance;
    }

    /// <summary>Calls one function: binds the arguments to its parameters (defaults fill in), picks
    /// the graph of the specialisation the call needs, and returns its result so far.</summary>
    private SomeValue CallFunction(FunctionDesc desc, IReadOnlyList<SomeValue> args, IReadOnlyList<KeyValuePair<string, SomeValue>> keywords, Position position)
    {
        var function = desc.Function;
        var sources = CallBinding.Bind(function, args.Count, [.. keywords.Select(k => k.Key)]);
        // *args: the extra arguments as a tuple, one graph per number of them.
        var extra = sources.OfType<ParameterSource.Extra>().FirstOrDefault();
        if (function.Hints.Any(h => h is PyExternalCall { Callee.QualifiedName: "rpython.rlib.objectmodel.specialize.memo" }))
            return MemoCall(function, [.. CallBinding.Apply<SomeValue>(sources, args, [.. keywords.Select(k => k.Value)], Bookkeeper.Immutable, items => new SomeTuple([.. items]))]);
        var inputs = CallBinding.Apply<SomeValue>(sources, args, [.. keywords.Select(k => k.Value)], Bookkeeper.Immutable, items => new SomeTuple([.. items]));
        string key = SpecialisationKey(function, [.. inputs]);
        if (extra is not null)
            key = (key.Length > 0 ? key + "_" : "") + "star" + extra.Indexes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var graph = GraphFor(desc, key, IsLowLevelHelper(function) ? ShortKey(inputs) : null);
        if (graph is null)
            return SomeImpossibleValue.Instance;
        return CallGraph(graph, inputs, position);
    }

    /// <summary><c>@specialize.memo()</c>: the function runs at import time for every combination of
    /// its (constant) arguments; translated, a call is a lookup of the precomputed result.</summary>
    private SomeValue MemoCall(PyFunction function, SomeValue[] args) =>
        MemoTable(function, args).Aggregate((SomeValue)SomeImpossibleValue.Instance, (result, row) => Lattice.Union(result, Bookkeeper.Immutable(row.Result)));

    /// <summary>The results of a <c>@specialize.memo()</c> function for every combination of the
    /// values its arguments may have (import-time values: classes, functions, frozen objects, bools,
    /// constants), computed by running it at import time.</summary>
    public List<(object?[] Args, object? Result)> MemoTable(PyFunction function, IReadOnlyList<SomeValue> args)
    {
        var choices = args.Select((a, i) => a switch
        {
            SomePbc pbc => pbc.Descs.Select(DescValue).ToList(),
            SomeBool { IsConstant: false } => [false, true],
            _ when a.IsConstant => [a.Const],
            _ => throw new AnnotatorError($"{function.Name}() is specialize.memo: argument {i} must be a constant or a prebuilt object, not {AnnotationFormatter.Format(a)}"),
        }).ToList();
        IEnumerable<object?[]> combinations = [[]];
        foreach (var options in choices)
            combinations = combinations.SelectMany(c => options.Select(o => (object?[])[.. c, o]));
        var interpreter = _evaluator.InterpreterFor(function.Module);
        var table = new List<(object?[] Args, object? Result)>();
        foreach (var combination in combinations)
        {
            object? value;
            try
            {
                value = interpreter.CallValue(function, combination, (Syntax.LocatedNode)function.Definition);
            }
            catch (FlowError e)
            {
                throw new AnnotatorError($"running the memo function {function.Name}() at import time failed: {e.Message}");
            }
            catch (ImportTimeInterpreter.Raised)
            {
                throw new AnnotatorError($"the memo function {function.Name}() raised an exception at import time");
            }
            table.Add((combination, value));
        }
        return table;
    }

    private static object? DescValue(Desc desc) => desc switch
    {
        FunctionDesc f => f.Function,
        ClassDesc c => c.Class,
        FrozenDesc f => f.Value,
        _ => throw new AnnotatorError($"{desc.Name} cannot be an argument of a memo function"),
    };

    /// <summary>The graph key of a call under the function's <c>@specialize</c> hint: one graph per
    /// constant value of the named arguments (<c>arg</c>), or per their annotation (<c>argtype</c>).</summary>
    private string SpecialisationKey(PyFunction function, SomeValue[] args)
    {
        if (IsLowLevelHelper(function))
            return LowLevelKey(args);
        foreach (var hint in function.Hints)
        {
            if (hint is not PyExternalCall { Callee.QualifiedName: var name } call)
                continue;
            bool byValue = name == "rpython.rlib.objectmodel.specialize.arg";
            if (!byValue && name != "rpython.rlib.objectmodel.specialize.argtype")
                continue;
            var parts = new List<string>();
            foreach (var index in call.Args.OfType<long>())
            {
                var arg = args[(int)index];
                if (byValue && !arg.IsConstant)
                    throw new AnnotatorError($"{function.Name}() is specialized on argument {index}, which must be a constant at every call (it is {AnnotationFormatter.Format(arg)})");
                parts.Add(byValue ? PyRepr.Of(arg.Const is Desc d ? d.Name : arg.Const) : AnnotationFormatter.FormatType(arg));
            }
            return string.Join("_", parts);
        }
        return "";
    }

    // ---- built-in functions ----

    private SomeValue CallBuiltin(string name, IReadOnlyList<SomeValue> args, IReadOnlyList<KeyValuePair<string, SomeValue>> keywords, Position position)
    {
        if (keywords.Count > 0)
            throw new AnnotatorError($"{ShortName(name)}() takes no keyword arguments in RPython");
        void Arity(int min, int max)
        {
            if (args.Count < min || args.Count > max)
                throw new AnnotatorError($"{ShortName(name)}() takes {(min == max ? min.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{min} to {max}")} arguments, {args.Count} given");
        }
        if (LowLevelBuiltin(name, args) is { } lowLevel)
            return lowLevel;
        switch (name)
        {
            case "len":
                Arity(1, 1);
                return args[0] switch
                {
                    SomeTuple t => new SomeInteger(nonneg: true).WithConst((long)t.Items.Length),
                    SomeString { IsConstant: true, Const: string text } => new SomeInteger(nonneg: true).WithConst((long)PyValues.Characters(text).Count),
                    SomeList or SomeDict or SomeBytes { CanBeNone: false } => s_nonnegInt,
                    SomeString s when !s.CanBeNone => s_nonnegInt,
                    var other => throw new AnnotatorError($"{AnnotationFormatter.FormatType(other)} has no len()"),
                };
            case "hash" or "id":
                throw new AnnotatorError($"{name}() is not RPython: use rpython.rlib.objectmodel.compute_hash() or compute_unique_id()");
            case "getattr" or "setattr" or "hasattr":
                throw new AnnotatorError($"{name}() with a name computed at run time is not RPython: write obj.attribute, or dispatch with a dict of functions");
            case "type":
                Arity(1, 1);
                return ClassOfInstance(args[0]);
            case "isinstance":
                Arity(2, 2);
                return IsInstance(args[0], args[1], position);
            case "range":
            {
                Arity(1, 3);
                if (args.Any(a => a is not SomeInteger))
                    throw new AnnotatorError("range() takes integers");
                var def = RangeList(position, args);
                return new SomeList(def);
            }
            case "enumerate":
                Arity(1, 1);
                return args[0] is SomeList or SomeString { CanBeNone: false } ? new SomeIterator(args[0], "enumerate") : throw new AnnotatorError("enumerate() takes a list or a str in RPython");
            case "chr":
                Arity(1, 1);
                return args[0] is SomeInteger ? new SomeChar() : throw new AnnotatorError("chr() takes an int");
            case "ord":
                Arity(1, 1);
                return args[0] is SomeChar ? s_nonnegInt : throw new AnnotatorError($"ord() takes a str of length 1 (a char), not {AnnotationFormatter.FormatType(args[0])}");
            case "abs":
                Arity(1, 1);
                return args[0] switch
                {
                    SomeInteger i => new SomeInteger(nonneg: true, i.Kind),
                    SomeFloat => new SomeFloat(),
                    var other => throw new AnnotatorError($"abs() of {AnnotationFormatter.FormatType(other)}"),
                };
            case "min" or "max":
                if (args.Count < 2)
                    throw new AnnotatorError($"{name}() takes two or more arguments in RPython (not an iterable)");
            {
                var union = args.Aggregate(Lattice.Union);
                return union is SomeInteger or SomeFloat or SomeString ? union : throw new AnnotatorError($"{name}() of {AnnotationFormatter.FormatType(union)}");
            }
            case "int":
                Arity(1, 2);
                return args[0] is SomeInteger or SomeFloat or SomeString ? s_int : throw new AnnotatorError($"int() of {AnnotationFormatter.FormatType(args[0])}");
            case "float":
                Arity(1, 1);
                return args[0] is SomeInteger or SomeFloat or SomeString ? new SomeFloat() : throw new AnnotatorError($"float() of {AnnotationFormatter.FormatType(args[0])}");
            case "str":
                Arity(1, 1);
                return args[0] is SomeInteger or SomeFloat or SomeString or SomeInstance ? s_str : throw new AnnotatorError($"str() of {AnnotationFormatter.FormatType(args[0])}");
            case "bool":
                Arity(1, 1);
                return s_bool;
            case "list":
                Arity(1, 1);
                return args[0] is SomeList l ? new SomeList(CopyOf(l, position)) : throw new AnnotatorError("list() takes a list in RPython");
            case "rpython.rlib.rfile.write_stdout" or "rpython.rlib.rfile.write_stderr":
                Arity(1, 1);
                return args[0] is SomeString { CanBeNone: false } ? SomeNone.Instance : throw new AnnotatorError($"{ShortName(name)}() takes a str");
            case "rpython.rlib.rfile.flush_stdout":
                Arity(0, 0);
                return SomeNone.Instance;
            case "rpython.rlib.rfile.read_file":
                Arity(1, 1);
                return args[0] is SomeString ? s_str : throw new AnnotatorError("read_file() takes a path (str)");
            case "rpython.rlib.rfile.read_stdin_line":
                Arity(0, 0);
                return s_str;
            case "rpython.rlib.rfile.read_stdin_byte":
                Arity(0, 0);
                return s_int;
            case "os.read":
                Arity(2, 2);
                return args[0] is SomeInteger && args[1] is SomeInteger ? new SomeBytes() : throw new AnnotatorError("os.read() takes a file descriptor and a count (ints)");
            case "os.open":
                Arity(2, 3);
                return args[0] is SomeString { CanBeNone: false } && args.Skip(1).All(a => a is SomeInteger)
                    ? s_nonnegInt : throw new AnnotatorError("os.open() takes a path (str), flags and an optional mode (ints)");
            case "os.close":
                Arity(1, 1);
                return args[0] is SomeInteger ? SomeNone.Instance : throw new AnnotatorError("os.close() takes a file descriptor (int)");
            case "os.write":
                Arity(2, 2);
                return args[0] is SomeInteger && args[1] is SomeBytes { CanBeNone: false } ? s_nonnegInt : throw new AnnotatorError("os.write() takes a file descriptor (int) and bytes (use s.encode())");
            case "rpython.rlib.jit.we_are_jitted" or "rpython.rlib.objectmodel.we_are_translated":
                Arity(0, 0);
                return s_bool;
            case "rpython.rlib.jit.promote" or "rpython.rlib.jit.promote_string" or "rpython.rlib.jit.hint":
                return args[0];
            case "rpython.rlib.rarithmetic.intmask":
                Arity(1, 1);
                return args[0] is SomeInteger or SomeFloat ? s_int : throw new AnnotatorError("intmask() takes an integer");
            case "rpython.rlib.rarithmetic.r_uint" or "rpython.rlib.rarithmetic.r_uint64" or "rpython.rlib.rarithmetic.r_ulonglong":
                Arity(1, 1);
                return args[0] is SomeInteger or SomeFloat
                    ? new SomeInteger(nonneg: true, name.EndsWith("r_uint", StringComparison.Ordinal) ? IntegerKind.Unsigned : IntegerKind.ULongLong)
                    : throw new AnnotatorError($"{ShortName(name)}() takes a number");
            case "rpython.rlib.rarithmetic.r_int64" or "rpython.rlib.rarithmetic.r_longlong":
                Arity(1, 1);
                return args[0] is SomeInteger or SomeFloat ? new SomeInteger(kind: IntegerKind.LongLong) : throw new AnnotatorError($"{ShortName(name)}() takes a number");
            case "rpython.rlib.rarithmetic.widen" or "rpython.rlib.rarithmetic.r_int":
                Arity(1, 1);
                return args[0] is SomeInteger i3 ? new SomeInteger(i3.Nonneg && !i3.Unsigned) : throw new AnnotatorError($"{ShortName(name)}() takes an integer");
            case "rpython.rlib.objectmodel.r_dict":
            {
                // A dict whose keys compare with key_eq(a, b) and hash with key_hash(a): both are called on
                // the keys, and the dict's definition records them for the RTyper.
                Arity(2, 3);
                var dict = (SomeDict)NewDict([], position);
                dict.DictDef.SetKeyFunctions(args[0], args[1]);
                var key = dict.DictDef.ReadKey(position);
                if (key is not SomeImpossibleValue)
                {
                    Call(args[0], [key, key], [], position);
                    Call(args[1], [key], [], position);
                }
                return dict;
            }
            case "rpython.rlib.rstring.split" or "rpython.rlib.rstring.rsplit":
                Arity(1, 3);
                return args[0] is SomeString ? new SomeList(NewListOf(position, s_str)) : throw new AnnotatorError($"{ShortName(name)}() takes a str");
            case "rpython.rlib.rstring.replace":
                Arity(3, 4);
                return args.Take(3).All(a => a is SomeString) ? s_str : throw new AnnotatorError("replace() takes three strs");
            case "rpython.rlib.rstring.startswith" or "rpython.rlib.rstring.endswith":
                Arity(2, 4);
                return args[0] is SomeString && args[1] is SomeString ? s_bool : throw new AnnotatorError($"{ShortName(name)}() takes two strs");
            case "rpython.rlib.rstring.find" or "rpython.rlib.rstring.rfind" or "rpython.rlib.rstring.count":
                Arity(2, 4);
                return args[0] is SomeString && args[1] is SomeString ? s_int : throw new AnnotatorError($"{ShortName(name)}() takes two strs");
            case "rpython.rlib.rstring.StringBuilder" or "rpython.rlib.rstring.UnicodeBuilder":
                Arity(0, 1);
                return new SomeStringBuilder();
            case "rpython.rlib.objectmodel.compute_hash" or "rpython.rlib.objectmodel.compute_identity_hash" or "rpython.rlib.objectmodel.compute_unique_id":
                Arity(1, 1);
                return s_int;
            case "rpython.rlib.objectmodel.instantiate":
                Arity(1, 2);
                return args[0] is SomePbc { Kind: DescKind.Class } classes
                    ? UnionOfResults(classes.Descs.Cast<ClassDesc>().Select(c => (SomeValue)new SomeInstance(c.ClassDef)))
                    : throw new AnnotatorError("instantiate() takes a class");
            case "rpython.rlib.objectmodel.newlist_hint":
                Arity(0, 1);
                return new SomeList(NewListOf(position, SomeImpossibleValue.Instance));
            case "rpython.rlib.objectmodel.keepalive_until_here" or "rpython.rlib.jit.set_param" or "rpython.rlib.jit.record_exact_class"
                or "rpython.rlib.jit.jit_debug" or "rpython.rlib.jit.assert_green":
                return SomeNone.Instance;
            case "rpython.rlib.jit.isconstant" or "rpython.rlib.jit.isvirtual":
                Arity(1, 1);
                return s_bool;
            case "rpython.rlib.jit.current_trace_length":
                Arity(0, 0);
                return s_int;
            case "rpython.rlib.jit.conditional_call":
                if (args.Count < 2 || args[0] is not SomeBool)
                    throw new AnnotatorError("conditional_call(condition, function, *args) needs a bool condition and a function");
                Call(args[1], [.. args.Skip(2)], [], position);
                return SomeNone.Instance;
            case "math.sqrt" or "math.floor" or "math.ceil" or "math.fabs" or "math.exp" or "math.log" or "math.log10" or "math.sin" or "math.cos"
                or "math.tan" or "math.atan" or "math.pow" or "math.atan2" or "math.fmod" or "math.hypot" or "math.copysign":
            {
                int arity = name is "math.pow" or "math.atan2" or "math.fmod" or "math.hypot" or "math.copysign" ? 2 : 1;
                Arity(arity, arity);
                if (!args.All(a => a is SomeFloat or SomeInteger))
                    throw new AnnotatorError($"{name}() takes numbers");
                // Python 3's floor and ceil return ints (RPython's, Python 2's, return floats).
                return name is "math.floor" or "math.ceil" ? s_int : new SomeFloat();
            }
            case "math.isnan" or "math.isinf":
                Arity(1, 1);
                return s_bool;
            case "time.time" or "time.perf_counter" or "time.clock":
                Arity(0, 0);
                return new SomeFloat();
            case "BaseException.__init__":
                // Exception.__init__(self, message) from a subclass's __init__.
                return SomeNone.Instance;
            case "set" or "frozenset":
                throw new AnnotatorError("sets are not RPython: use a dict (with None values) or a list");
            case "rpython.rlib.rarithmetic.ovfcheck":
                Arity(1, 1);
                return args[0] is SomeInteger i2 ? i2 : throw new AnnotatorError("ovfcheck() takes the result of one integer operation");
        }
        throw new AnnotatorError($"{ShortName(name)}() is not supported in RPython (or not yet by this annotator)");
    }

    private static string ShortName(string name) => name.StartsWith("rpython.", StringComparison.Ordinal) ? name[(name.LastIndexOf('.') + 1)..] : name;

    private ListDef RangeList(Position position, IReadOnlyList<SomeValue> args)
    {
        int step = args.Count == 3 ? (args[2].IsConstant && args[2].Const is long s ? (int)s : 0) : 1;
        var def = ListDefAt(position, step);
        bool nonneg = args.Count == 1 ? true : args[0] is SomeInteger { Nonneg: true } && (args.Count < 3 || args[2] is SomeInteger { Nonneg: true });
        def.Generalize(new SomeInteger(nonneg));
        return def;
    }

    private SomeValue IsInstance(SomeValue value, SomeValue classes, Position position)
    {
        var targets = classes switch
        {
            SomePbc { Kind: DescKind.Class } pbc => pbc.Descs.Cast<ClassDesc>().Select(c => c.ClassDef).ToList(),
            SomeTuple tuple when tuple.Items.All(i => i is SomePbc { Kind: DescKind.Class }) =>
                tuple.Items.SelectMany(i => ((SomePbc)i).Descs.Cast<ClassDesc>()).Select(c => c.ClassDef).ToList(),
            SomeBuiltin { Name: "int" or "str" or "float" or "bool" or "list" or "dict" } => null,
            _ => throw new AnnotatorError("isinstance() needs a class known at import time"),
        };
        // simple_call(isinstance, x, C): the fact is about x.
        var op = position.Block.Operations[position.Index];
        if (targets is null)
        {
            string builtin = ((SomeBuiltin)classes).Name;
            bool matches = (builtin, value) switch
            {
                ("int", SomeInteger) or ("bool", SomeBool) or ("float", SomeFloat) or ("str", SomeString) or ("list", SomeList) or ("dict", SomeDict) => true,
                _ => false,
            };
            return new SomeBool().WithConst(matches);
        }
        if (value is not SomeInstance instance)
            return new SomeBool().WithConst(false);
        // Classes unrelated to the instance's cannot match; a base class of it always does (unless None).
        var related = targets.Where(t => t.IsSubclassOf(instance.ClassDef) || instance.ClassDef.IsSubclassOf(t)).ToList();
        if (related.Count == 0)
            return new SomeBool().WithConst(false);
        if (related.Any(t => instance.ClassDef.IsSubclassOf(t)) && !instance.CanBeNone)
            return new SomeBool().WithConst(true);
        var narrowed = related
            .Select(t => instance.ClassDef.IsSubclassOf(t) ? instance with { CanBeNone = false } : new SomeInstance(t))
            .Aggregate((SomeValue)SomeImpossibleValue.Instance, Lattice.Union);
        if (op.Args.Length > 1 && op.Args[1] is Variable subject)
            return Remember(op.Result, new KnownType(subject, narrowed, null));
        return s_bool;
    }

    /// <summary>jit_merge_point and can_enter_jit name every green and red variable of the driver, by
    /// keyword, and nothing else; loop_header takes nothing.</summary>
    private static SomeValue JitDriverCall(SomeJitDriverMethod method, IReadOnlyList<SomeValue> args, IReadOnlyList<KeyValuePair<string, SomeValue>> keywords)
    {
        if (args.Count > 0)
            throw new AnnotatorError($"{method.Name}() takes keyword arguments only: the green and red variables by name");
        if (method.Name == "loop_header")
            return keywords.Count == 0 ? SomeNone.Instance : throw new AnnotatorError("loop_header() takes no arguments");
        var declared = new[] { "greens", "reds" }
            .SelectMany(kind => method.Driver.Keywords.Where(k => k.Key == kind).Select(k => k.Value))
            .SelectMany(names => names switch
            {
                PyList list => list.Items.OfType<string>(),
                PyTuple tuple => tuple.Items.OfType<string>(),
                _ => [],
            })
            .ToHashSet(StringComparer.Ordinal);
        if (method.Driver.Keywords.Any(k => k.Key == "reds" && k.Value is "auto"))
            return SomeNone.Instance;
        var given = keywords.Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
        var missing = declared.Except(given).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var unexpected = given.Except(declared).OrderBy(n => n, StringComparer.Ordinal).ToList();
        if (missing.Count > 0 || unexpected.Count > 0)
        {
            throw new AnnotatorError($"{method.Name}() must name exactly the driver's greens and reds"
                + (missing.Count > 0 ? $"; missing: {string.Join(", ", missing)}" : "")
                + (unexpected.Count > 0 ? $"; not declared: {string.Join(", ", unexpected)}" : ""));
        }
        return SomeNone.Instance;
    }

    // ---- built-in methods of str, list and dict ----

    private SomeValue CallBuiltinMethod(SomeBuiltinMethod method, IReadOnlyList<SomeValue> args, Position position)
    {
        switch (method.Receiver, method.Name)
        {
            case (SomeList list, "append"):
                Expect(method, args, 1);
                list.ListDef.Resize();
                AddItem(list, args[0], "append");
                return SomeNone.Instance;
            case (SomeList list, "pop"):
                list.ListDef.Resize();
                return list.ListDef.ReadItem(position);
            case (SomeList list, "insert"):
                Expect(method, args, 2);
                list.ListDef.Resize();
                list.ListDef.Generalize(args[1]);
                return SomeNone.Instance;
            case (SomeList list, "extend"):
                Expect(method, args, 1);
                list.ListDef.Resize();
                Lattice.Union(list, args[0]);
                return SomeNone.Instance;
            case (SomeList list, "reverse" or "sort"):
                list.ListDef.Mutate();
                return SomeNone.Instance;
            case (SomeList list, "index" or "count"):
                Expect(method, args, 1);
                list.ListDef.ReadItem(position);
                return s_nonnegInt;
            case (SomeList list, "remove"):
                Expect(method, args, 1);
                list.ListDef.Resize();
                list.ListDef.ReadItem(position);
                return SomeNone.Instance;
            case (SomeDict d, "get"):
                d.DictDef.GeneralizeKey(Hashable(args[0]));
                return args.Count > 1 ? Lattice.Union(d.DictDef.ReadValue(position), args[1]) : Lattice.Union(d.DictDef.ReadValue(position), SomeNone.Instance);
            case (SomeDict d, "keys"):
                return new SomeList(NewListOf(position, d.DictDef.ReadKey(position)));
            case (SomeDict d, "values"):
                return new SomeList(NewListOf(position, d.DictDef.ReadValue(position)));
            case (SomeDict d, "items"):
                return new SomeList(NewListOf(position, new SomeTuple([d.DictDef.ReadKey(position), d.DictDef.ReadValue(position)])));
            case (SomeDict d, "pop"):
                d.DictDef.GeneralizeKey(Hashable(args[0]));
                return args.Count > 1 ? Lattice.Union(d.DictDef.ReadValue(position), args[1]) : d.DictDef.ReadValue(position);
            case (SomeDict d, "popitem"):
                Expect(method, args, 0);
                return new SomeTuple([d.DictDef.ReadKey(position), d.DictDef.ReadValue(position)]);
            case (SomeDict d, "update"):
                Expect(method, args, 1);
                Lattice.Union(d, args[0] is SomeDict ? args[0] : throw new AnnotatorError("dict.update() takes a dict in RPython"));
                return SomeNone.Instance;
            case (SomeDict d, "copy"):
                Expect(method, args, 0);
                // The copy shares the dict's definition, as in RPython: one low-level type for both, so
                // copying is a copy of the table (and an r_dict's keys stay those its functions take).
                return d;
            case (SomeDict, "clear"):
                Expect(method, args, 0);
                return SomeNone.Instance;
            case (SomeDict d, "setdefault"):
                Expect(method, args, 2);
                d.DictDef.GeneralizeKey(Hashable(args[0]));
                d.DictDef.GeneralizeValue(args[1]);
                return d.DictDef.ReadValue(position);
            case (SomeString, "join"):
            {
                Expect(method, args, 1);
                var item = args[0] is SomeList parts ? parts.ListDef.ReadItem(position) : null;
                return item switch
                {
                    SomeImpossibleValue => item,
                    SomeString { CanBeNone: false } => s_str,
                    _ => throw new AnnotatorError($"str.join() takes a list of str, not {AnnotationFormatter.FormatType(args[0])}"),
                };
            }
            case (SomeString, "split" or "rsplit"):
                return new SomeList(NewListOf(position, s_str));
            case (SomeString, "strip" or "lstrip" or "rstrip" or "lower" or "upper" or "casefold" or "title" or "capitalize" or "swapcase" or "replace"):
                return s_str;
            case (SomeString, "startswith" or "endswith" or "isdigit" or "isdecimal" or "isnumeric" or "isalpha" or "isalnum" or "isspace" or "islower" or "isupper" or "istitle"):
                return s_bool;
            case (SomeString, "find" or "rfind" or "count" or "index" or "rindex"):
                return s_int;
            case (SomeString, "encode"):
                return new SomeBytes();
            case (SomeBytes, "decode"):
                return s_str;
            case (SomeStringBuilder, "append"):
                Expect(method, args, 1);
                return args[0] is SomeString { CanBeNone: false } ? SomeNone.Instance : throw new AnnotatorError($"StringBuilder.append() takes a str, not {AnnotationFormatter.FormatType(args[0])}");
            case (SomeStringBuilder, "append_slice"):
                Expect(method, args, 3);
                return args[0] is SomeString && args[1] is SomeInteger && args[2] is SomeInteger ? SomeNone.Instance : throw new AnnotatorError("append_slice() takes a str and two ints");
            case (SomeStringBuilder, "append_multiple_char"):
                Expect(method, args, 2);
                return args[0] is SomeChar && args[1] is SomeInteger ? SomeNone.Instance : throw new AnnotatorError("append_multiple_char() takes a char and an int");
            case (SomeStringBuilder, "build"):
                Expect(method, args, 0);
                return s_str;
            case (SomeStringBuilder, "getlength"):
                Expect(method, args, 0);
                return s_nonnegInt;
        }
        throw new AnnotatorError($"{AnnotationFormatter.FormatType(method.Receiver)} has no method '{method.Name}' in RPython");
    }

    /// <summary>Widens a list's item type for a value stored into it, explaining a conflict in terms of the list.</summary>
    private static void AddItem(SomeList list, SomeValue value, string how)
    {
        var before = list.ListDef.Item;
        try
        {
            list.ListDef.Generalize(value);
        }
        catch (UnionError e)
        {
            throw new AnnotatorError($"{e.Message}: this {how} puts {AnnotationFormatter.Format(value)} into a list of {AnnotationFormatter.Format(before)} (a list's items have one type)");
        }
    }

    private ListDef NewListOf(Position position, SomeValue item)
    {
        var def = ListDefAt(position);
        def.Generalize(item);
        return def;
    }

    private static void Expect(SomeBuiltinMethod method, IReadOnlyList<SomeValue> args, int count)
    {
        if (args.Count != count)
            throw new AnnotatorError($".{method.Name}() takes {count} argument{(count == 1 ? "" : "s")}, {args.Count} given");
    }
}
