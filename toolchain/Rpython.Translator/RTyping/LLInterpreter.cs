using Rpython.Translator.Flow;

namespace Rpython.Translator.RTyping;

/// <summary>An error in a low-level graph met while interpreting it: a bug in a phase, not in the program.</summary>
internal sealed class LLInterpreterError(string message) : Exception(message);

/// <summary>A struct of the low-level heap, as the interpreter models it: its fields by name,
/// those of the parents it embeds (<c>super</c>) included, so a pointer cast is the same object.
/// An inlined struct or array is an <see cref="LLObject"/> or <see cref="LLArray"/> held by the field.</summary>
internal sealed class LLObject(StructType type)
{
    public StructType Type { get; } = type;

    public Dictionary<string, object?> Fields { get; } = new(StringComparer.Ordinal);

    public override string ToString() => "<" + Type.Name + ">";
}

/// <summary>An array of the low-level heap (a GcArray, the inlined Array of a var-sized struct, or
/// a FixedSizeArray): its items, whose number never changes.</summary>
internal sealed class LLArray(ContainerType type, object?[] items)
{
    public ContainerType Type { get; } = type;

    public object?[] Items { get; } = items;

    public override string ToString() => FormattableString.Invariant($"<{Type} of {Items.Length}>");
}

/// <summary>An RPython exception in flight in the interpreter: its class's vtable and the instance.</summary>
internal sealed class LLException(ClassInfo type, object? value) : Exception($"RPython exception {type.Name}")
{
    public ClassInfo Type { get; } = type;

    public object? Value { get; } = value;
}

/// <summary>
/// Executes low-level graphs directly (RPython's llinterp.py): the oracle that checks the RTyper and
/// every later transform without compiling C#. Values are C# values of the low-level types: Signed
/// and SignedLongLong as long, Unsigned and UnsignedLongLong as ulong, Float as double, Bool as
/// bool, Char as byte, UniChar as int (a code point: a Python str may hold lone surrogates, which
/// neither char nor Rune can), a pointer as the <see cref="LLObject"/> or <see cref="LLArray"/> it
/// points to (null for NULL), a vtable as its <see cref="ClassInfo"/>, Void as whatever constant it
/// stands for. Operations follow the semantics of <see cref="LowLevelOperations"/>: machine integers
/// wrap around, division truncates toward zero, memory from malloc is zeroed.
/// <para>
/// Exceptions: a graph's except block throws an <see cref="LLException"/>, and a block whose last
/// operation is guarded takes the first exception exit whose class (its LowLevelExitCase) matches.
/// An operation that raises (the _ovf and _zer arithmetic, malloc) raises the prebuilt instance of
/// the standard exception of <see cref="ExceptionData"/>. Graphs after the exception transform
/// (<paramref name="exceptionsTransformed"/>) raise as the backend does: a raising operation stores
/// the exception into ExceptionData's exc_data, and the graph tests it. A misuse of an operation (an
/// index out of bounds, a division by zero without _zer, a field the struct does not have) is an
/// <see cref="LLInterpreterError"/>: the phase that produced the graph guards against it.
/// </para>
/// </summary>
internal sealed partial class LLInterpreter(ExceptionData? exceptionData = null, bool exceptionsTransformed = false)
{
    /// <summary>The depth of calls at which stack_check raises the stack overflow exception: CPython's
    /// default recursion limit, so that an interpreted program overflows where CPython's would.</summary>
    public const int StackCheckDepth = 1_000;

    private int _depth;
    private readonly Dictionary<string, LLObject> _prebuiltStrs = new(StringComparer.Ordinal);

    /// <summary>gc_identityhash: each object gets the next number the first time it is asked for its
    /// hash, and keeps it (deterministic, unlike an address).</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> _identityHashes = [];
    private long _lastIdentityHash;

    public object? Run(FunctionGraph graph, IReadOnlyList<object?> args)
    {
        // As deep as the .NET stack allows (the translated program's main thread has 256 MB), never
        // into a stack overflow, which would end the process.
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new LLInterpreterError("the low-level call stack is too deep");
        _depth++;
        try
        {
            return RunGraph(graph, args);
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>The result of <paramref name="op"/> on constant arguments, as running it gives: constant
    /// folding reuses the interpreter's semantics instead of a copy of them. Throws an
    /// <see cref="LLException"/> when the operation raises, an <see cref="LLInterpreterError"/> when it
    /// is undefined on these values.</summary>
    public object? Fold(SpaceOperation op, IReadOnlyList<Constant> args) => Execute(op, [.. args.Select(a => Value(a, []))]);

    private object? RunGraph(FunctionGraph graph, IReadOnlyList<object?> args)
    {
        var block = graph.StartBlock;
        var values = new Dictionary<Variable, object?>();
        IReadOnlyList<object?> inputs = args;
        while (true)
        {
            if (block == graph.ReturnBlock)
                return inputs[0];
            if (block == graph.ExceptBlock)
                throw new LLException((ClassInfo)inputs[0]!, inputs[1]);
            values.Clear();
            for (int i = 0; i < block.InputArgs.Count; i++)
                values[block.InputArgs[i]] = inputs[i];
            Link? caughtBy = null;
            for (int i = 0; i < block.Operations.Count && caughtBy is null; i++)
            {
                var op = block.Operations[i];
                try
                {
                    values[op.Result] = Execute(op, op.Args.Select(a => Value(a, values)).ToArray());
                }
                catch (LLException e) when (exceptionsTransformed)
                {
                    // As the backend's raising operations do: store the exception, produce a zero.
                    exceptionData!.State.Fields["exc_type"] = e.Type;
                    exceptionData.State.Fields["exc_value"] = e.Value;
                    values[op.Result] = Zero(op.Result.ConcreteType ?? LowLevelTypes.Void);
                }
                catch (LLException e) when (block.CatchesExceptions && IsGuarded(block, i))
                {
                    caughtBy = block.Exits.Skip(1).FirstOrDefault(l => l.LowLevelExitCase is ClassInfo c && c.Range.Contains(e.Type.Range.Min));
                    if (caughtBy is null)
                        throw;
                    // A handler that does not look at the exception (a for loop's StopIteration) has no variables for it.
                    if (caughtBy.LastException is { } type)
                        values[type] = e.Type;
                    if (caughtBy.LastExceptionValue is { } value)
                        values[value] = e.Value;
                    break;  // the operations after the guarded one run only when it does not raise
                }
            }
            var link = caughtBy ?? ChooseExit(block, values);
            inputs = link.Args.Select(a => Value(a, values)).ToList();
            block = link.Target!;
        }
    }

    /// <summary>Whether the handlers of a block that catches exceptions guard its operation
    /// <paramref name="index"/>: the last one that can raise (what the RTyper lowered the guarded
    /// operation to ends with it), as the exception transform decides.</summary>
    private static bool IsGuarded(Block block, int index) =>
        !block.Operations.Skip(index + 1).Any(o => !LowLevelOperations.Get(o.OpName).CanRaise.IsEmpty);

    private object? Value(FlowValue value, Dictionary<Variable, object?> values) => value switch
    {
        Constant { Value: string text } c when c.ConcreteType == BuiltinTypes.StrPtr => PrebuiltStr(text),
        Constant c => c.Value,
        Variable v => values.TryGetValue(v, out var x) ? x : throw new LLInterpreterError($"variable {v} has no value"),
        _ => null,
    };

    private Link ChooseExit(Block block, Dictionary<Variable, object?> values)
    {
        if (block.ExitSwitch is null)
            return block.Exits[0];
        if (block.CatchesExceptions)
            return block.Exits[0]; // no exception was raised: the normal exit
        bool truth = Value(block.ExitSwitch, values) is true;
        return block.Exits.First(l => Equals(l.ExitCase, truth));
    }

    private object? Execute(SpaceOperation op, object?[] a)
    {
        string name = op.OpName;
        switch (name)
        {
            case "direct_call":
                return Run((FunctionGraph)a[0]!, a[1..]);
            case "indirect_call":
                return a[0] is FunctionGraph callee ? Run(callee, a[1..^1]) : throw new LLInterpreterError($"indirect_call of {a[0] ?? "a null function pointer"}");
            case "int_between":
                return (long)a[0]! <= (long)a[1]! && (long)a[1]! < (long)a[2]!;
            case "int_force_ge_zero":
                return Math.Max((long)a[0]!, 0L);
        }
        if (LowLevelOperations.TryGet(name, out var info) && info.Runtime is { } function)
            return CallRuntime(info, function, a);
        int underscore = name.IndexOf('_', StringComparison.Ordinal);
        string prefix = underscore < 0 ? name : name[..underscore];
        if (Category(name) == "io")
            return Io(name, a);
        if (Category(name) == "unicode")
            return Unicode(name, a);
        switch (prefix)
        {
            case "int" or "llong" when name.EndsWith("_ovf", StringComparison.Ordinal) || name.Contains("_ovf_", StringComparison.Ordinal):
                return CheckedInteger(name[(underscore + 1)..], (long)a[0]!, a.Length > 1 ? (long)a[1]! : 0);
            case "int" or "llong":
                return Integer(prefix, ZeroChecked(name[(underscore + 1)..], a), (long)a[0]!, a.Length > 1 ? (long)a[1]! : 0);
            case "uint" or "ullong":
                return Integer(prefix, ZeroChecked(name[(underscore + 1)..], a), (ulong)a[0]!, a.Length > 1 ? a[1] is long shift ? (ulong)shift : (ulong)a[1]! : 0);
            case "float":
                return FloatOp(name[6..], (double)a[0]!, a.Length > 1 ? (double)a[1]! : 0);
            case "char":
                return Comparison(name[5..], (byte)a[0]!, (byte)a[1]!);
            case "unichar":
                return Comparison(name[8..], (int)a[0]!, (int)a[1]!);
            case "cast" or "truncate" when name is not ("cast_pointer" or "cast_opaque_ptr"):
                return Cast(name, a[0]);
        }
        return name switch
        {
            "same_as" or "hint" or "cast_opaque_ptr" => a[0],
            "bool_not" => !(bool)a[0]!,
            "malloc" => a[0] is StructType { IsVarSize: false } s ? NewStruct(s, 0)
                : throw new LLInterpreterError($"malloc of {a[0]}: only fixed-size structs (arrays and var-sized structs need malloc_varsize)"),
            "malloc_varsize" => NewVarSize(a[0], (long)a[2]!),
            // Objects never move here: spilling and reloading roots, and write barriers, change nothing.
            "free" or "keepalive" or "jit_marker" or "debug_print" or "gc_push_roots" or "gc_pop_roots" or "gc_writebarrier" => null,
            "getfield" => Field(a[0], (string)a[1]!),
            "setfield" or "bare_setfield" => SetField(a[0], (string)a[1]!, a[2]),
            "getsubstruct" => Field(a[0], (string)a[1]!),
            "getarrayitem" or "getarraysubstruct" => Array(a[0], name).Items[Index(Array(a[0], name), a[1])],
            "setarrayitem" or "bare_setarrayitem" => SetItem(Array(a[0], name), a[1], a[2]),
            "getarraysize" => (long)Array(a[0], name).Items.Length,
            "getinteriorfield" => Interior(a[0], a.AsSpan(1)),
            "setinteriorfield" or "bare_setinteriorfield" => SetInterior(a[0], a.AsSpan(1, a.Length - 2), a[^1]),
            "getinteriorarraysize" => (long)Array(Interior(a[0], a.AsSpan(1)), name).Items.Length,
            "cast_pointer" => a[0],
            "ptr_iszero" => a[0] is null,
            "ptr_nonzero" => a[0] is not null,
            "ptr_eq" => ReferenceEquals(a[0], a[1]),
            "ptr_ne" => !ReferenceEquals(a[0], a[1]),
            "gc_identityhash" => a[0] is null ? 0L : _identityHashes.GetValue(a[0]!, _ => ++_lastIdentityHash),
            "stack_check" => _depth > StackCheckDepth ? throw Raise(LowLevelExceptions.StackOverflow) : null,
            "debug_assert" => a[0] is true ? null : throw new LLInterpreterError($"debug_assert failed: {a[1]}"),
            _ => throw new LLInterpreterError($"the low-level interpreter does not run '{name}' yet"),
        };
    }

    // ---- the heap ----

    /// <summary>The zero value of a type, as zeroed memory holds it; an inlined struct or
    /// fixed-size array is a fresh zeroed one.</summary>
    internal static object? Zero(LowLevelType type) => type.Resolved() switch
    {
        PrimitiveType { Kind: PrimitiveKind.Signed or PrimitiveKind.SignedLongLong } => (object)0L, // boxed: see Cast
        PrimitiveType { Kind: PrimitiveKind.Unsigned or PrimitiveKind.UnsignedLongLong } => 0UL,
        PrimitiveType { Kind: PrimitiveKind.Float } => 0.0,
        PrimitiveType { Kind: PrimitiveKind.SingleFloat } => 0f,
        PrimitiveType { Kind: PrimitiveKind.Bool } => false,
        PrimitiveType { Kind: PrimitiveKind.Char } => (byte)0,
        PrimitiveType { Kind: PrimitiveKind.UniChar } => 0,
        StructType s => NewStruct(s, 0),
        FixedSizeArrayType f => NewArray(f, f.ItemType, f.Length),
        _ => null, // Void, pointers, addresses
    };

    /// <summary>A zeroed struct; <paramref name="length"/> is the length of its inlined array, if any.</summary>
    internal static LLObject NewStruct(StructType type, long length)
    {
        var o = new LLObject(type);
        for (StructType? s = type; s is not null; s = s.Super)
        {
            foreach (var field in s.Fields)
            {
                if (field.Name == "super" && s.Super is not null)
                    continue;
                var fieldType = field.Type.Resolved();
                o.Fields[field.Name] = fieldType is ArrayType inlined ? NewArray(inlined, inlined.ItemType, length) : Zero(fieldType);
            }
        }
        return o;
    }

    private static LLArray NewArray(ContainerType type, LowLevelType itemType, long length)
    {
        var items = new object?[length];
        for (long i = 0; i < length; i++)
            items[i] = Zero(itemType);
        return new LLArray(type, items);
    }

    /// <summary>A prebuilt str (a constant of the graphs holds its text), made once per text.</summary>
    private LLObject PrebuiltStr(string text)
    {
        if (!_prebuiltStrs.TryGetValue(text, out var made))
        {
            made = NewStr(text);
            _prebuiltStrs[text] = made;
        }
        return made;
    }

    /// <summary>A new rpy_str holding <paramref name="text"/> (as code points; a lone surrogate stays one).</summary>
    public static LLObject NewStr(string text)
    {
        var codePoints = new List<object?>();
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                codePoints.Add(char.ConvertToUtf32(text, i));
                i++;
            }
            else
            {
                codePoints.Add((int)text[i]);
            }
        }
        var str = (LLObject)NewVarSize(BuiltinTypes.Str, codePoints.Count);
        str.Fields["hash"] = 0L;
        codePoints.CopyTo(((LLArray)str.Fields["chars"]!).Items);
        return str;
    }

    /// <summary>The text of an rpy_str (null for a null pointer).</summary>
    public static string? StrText(object? str)
    {
        if (str is not LLObject { Fields: var fields } || fields["chars"] is not LLArray chars)
            return null;
        var text = new System.Text.StringBuilder();
        foreach (var c in chars.Items)
        {
            int codePoint = (int)c!;
            if (codePoint is >= 0xD800 and <= 0xDFFF)
                text.Append((char)codePoint);
            else
                text.Append(char.ConvertFromUtf32(codePoint));
        }
        return text.ToString();
    }

    private static object NewVarSize(object? type, long length)
    {
        if (length < 0)
            throw new LLInterpreterError(FormattableString.Invariant($"malloc_varsize of {type} with the negative length {length}"));
        return type switch
        {
            ArrayType array => NewArray(array, array.ItemType, length),
            StructType { IsVarSize: true } s => NewStruct(s, length),
            _ => throw new LLInterpreterError($"malloc_varsize of {type}, which is not var-sized"),
        };
    }

    private static object? Field(object? target, string name) => target switch
    {
        LLObject o => o.Fields.TryGetValue(name, out var value) ? value : throw new LLInterpreterError($"{o.Type.Name} has no field '{name}'"),
        ClassInfo { Vtable: { } vtable } => Field(vtable, name),
        ClassInfo vtable when name == "subclassrange_min" => (long)vtable.Range.Min,
        ClassInfo vtable when name == "subclassrange_max" => (long)vtable.Range.Max,
        null => throw new LLInterpreterError($"getfield '{name}' of a null pointer"),
        _ => throw new LLInterpreterError($"getfield '{name}' of {target}"),
    };

    private static object? SetField(object? target, string name, object? value)
    {
        if (target is not LLObject o)
            throw new LLInterpreterError($"setfield '{name}' of {(target is null ? "a null pointer" : target)}");
        if (!o.Fields.ContainsKey(name))
            throw new LLInterpreterError($"{o.Type.Name} has no field '{name}'");
        o.Fields[name] = value;
        return null;
    }

    private static LLArray Array(object? target, string opName) =>
        target as LLArray ?? throw new LLInterpreterError($"{opName} of {(target is null ? "a null pointer" : target)}, which is not an array");

    /// <summary>An index checked against the array's bounds: the RTyper's helpers check them before.</summary>
    private static long Index(LLArray array, object? index) =>
        index is long i && i >= 0 && i < array.Items.Length
            ? i
            : throw new LLInterpreterError(FormattableString.Invariant($"index {index} out of the bounds of an array of length {array.Items.Length}"));

    private static object? SetItem(LLArray array, object? index, object? value)
    {
        array.Items[Index(array, index)] = value;
        return null;
    }

    /// <summary>Follows a path of field names and array indices from a container.</summary>
    private static object? Interior(object? container, ReadOnlySpan<object?> path)
    {
        foreach (var step in path)
            container = step is string name ? Field(container, name) : Array(container, "getinteriorfield").Items[Index(Array(container, "getinteriorfield"), step)];
        return container;
    }

    private static object? SetInterior(object? container, ReadOnlySpan<object?> path, object? value)
    {
        var owner = Interior(container, path[..^1]);
        return path[^1] is string name ? SetField(owner, name, value) : SetItem(Array(owner, "setinteriorfield"), path[^1], value);
    }

    /// <summary>The operations on CPython's character database.</summary>
    private static object Unicode(string name, object?[] a)
    {
        int code = (int)a[0]!;
        return name switch
        {
            "unichar_isalpha" => Rpython.Runtime.UnicodeDatabase.IsAlpha(code),
            "unichar_isdecimal" => Rpython.Runtime.UnicodeDatabase.IsDecimal(code),
            "unichar_isdigit" => Rpython.Runtime.UnicodeDatabase.IsDigit(code),
            "unichar_isnumeric" => Rpython.Runtime.UnicodeDatabase.IsNumeric(code),
            "unichar_isupper" => Rpython.Runtime.UnicodeDatabase.IsUpper(code),
            "unichar_islower" => Rpython.Runtime.UnicodeDatabase.IsLower(code),
            "unichar_istitle" => Rpython.Runtime.UnicodeDatabase.IsTitle(code),
            "unichar_isspace" => Rpython.Runtime.UnicodeDatabase.IsSpace(code),
            "unichar_iscaseignorable" => Rpython.Runtime.UnicodeDatabase.IsCaseIgnorable(code),
            "unichar_toupper" => (long)Rpython.Runtime.UnicodeDatabase.ToUpper(code, (int)(long)a[1]!),
            "unichar_tolower" => (long)Rpython.Runtime.UnicodeDatabase.ToLower(code, (int)(long)a[1]!),
            "unichar_totitle" => (long)Rpython.Runtime.UnicodeDatabase.ToTitle(code, (int)(long)a[1]!),
            "unichar_casefold" => (long)Rpython.Runtime.UnicodeDatabase.CaseFold(code, (int)(long)a[1]!),
            _ => throw new LLInterpreterError($"the low-level interpreter does not run '{name}' yet"),
        };
    }

    // ---- arithmetic ----

    /// <summary>The name of an integer operation without its _zer suffix, after raising
    /// ZeroDivisionError if the divisor is zero.</summary>
    private string ZeroChecked(string name, object?[] a)
    {
        if (!name.EndsWith("_zer", StringComparison.Ordinal))
            return name;
        if (a[1] is 0L or 0UL)
            throw Raise(LowLevelExceptions.ZeroDivisionError);
        return name[..^4];
    }

    /// <summary>The signed operations that raise OverflowError instead of wrapping around (and
    /// ZeroDivisionError for the _ovf_zer ones).</summary>
    private long CheckedInteger(string name, long x, long y)
    {
        if (name.EndsWith("_zer", StringComparison.Ordinal) && y == 0)
            throw Raise(LowLevelExceptions.ZeroDivisionError);
        try
        {
            return name switch
            {
                "add_ovf" or "add_nonneg_ovf" => checked(x + y),
                "sub_ovf" => checked(x - y),
                "mul_ovf" => checked(x * y),
                "neg_ovf" => checked(-x),
                "abs_ovf" => x < 0 ? checked(-x) : x,
                "floordiv_ovf" or "floordiv_ovf_zer" => y == 0 ? throw new LLInterpreterError("int_floordiv_ovf by zero") : checked(x / y),
                "mod_ovf" or "mod_ovf_zer" => y == 0 ? throw new LLInterpreterError("int_mod_ovf by zero")
                    : x == long.MinValue && y == -1 ? throw new OverflowException() : x % y,
                "lshift_ovf" => y is < 0 or >= 64 ? throw new LLInterpreterError(FormattableString.Invariant($"int_lshift_ovf by {y}"))
                    : (x << (int)y) >> (int)y == x ? x << (int)y : throw new OverflowException(),
                _ => throw new LLInterpreterError($"the low-level interpreter does not run 'int_{name}' yet"),
            };
        }
        catch (OverflowException)
        {
            throw Raise(LowLevelExceptions.OverflowError);
        }
    }

    /// <summary>The prebuilt instance of the standard exception <paramref name="name"/>, to throw.</summary>
    private LLException Raise(string name)
    {
        if (exceptionData is null)
            throw new LLInterpreterError($"an operation raised {name}, but the interpreter was given no exception data");
        var (vtable, instance) = exceptionData.StandardException(name);
        return new LLException(vtable, instance);
    }

    /// <summary>The int_ and uint_ operations: machine integers that wrap around, division truncating.</summary>
    private static object Integer<T>(string prefix, string name, T x, T y)
        where T : System.Numerics.IBinaryInteger<T>, System.Numerics.IMinMaxValue<T>
    {
        // long.MinValue / -1 overflows the machine; RPython's int_floordiv wraps it around.
        bool overflowingDivision = T.IsNegative(T.MinValue) && x == T.MinValue && y == T.Zero - T.One;
        return name switch
        {
            "add" => unchecked(x + y),
            "sub" => unchecked(x - y),
            "mul" => unchecked(x * y),
            "floordiv" => y == T.Zero ? throw new LLInterpreterError($"{prefix}_floordiv by zero") : overflowingDivision ? x : x / y,
            "mod" => y == T.Zero ? throw new LLInterpreterError($"{prefix}_mod by zero") : overflowingDivision ? T.Zero : x % y,
            "and" => x & y,
            "or" => x | y,
            "xor" => x ^ y,
            "lshift" => x << int.CreateTruncating(y),
            "rshift" => x >> int.CreateTruncating(y),
            "neg" => unchecked(T.Zero - x),
            "abs" => T.IsNegative(x) ? unchecked(T.Zero - x) : x,
            "invert" => ~x,
            "is_true" => x != T.Zero,
            _ => Comparison(name, x, y) ?? throw new LLInterpreterError($"the low-level interpreter does not run '{prefix}_{name}' yet"),
        };
    }

    /// <summary>lt, le, eq, ne, gt, ge; null for another name.</summary>
    private static object? Comparison<T>(string name, T x, T y)
        where T : IComparable<T> => name switch
        {
            "lt" => x.CompareTo(y) < 0,
            "le" => x.CompareTo(y) <= 0,
            "eq" => x.CompareTo(y) == 0,
            "ne" => x.CompareTo(y) != 0,
            "gt" => x.CompareTo(y) > 0,
            "ge" => x.CompareTo(y) >= 0,
            _ => null,
        };

    private static object FloatOp(string name, double x, double y) => name switch
    {
        "add" => x + y,
        "sub" => x - y,
        "mul" => x * y,
        "truediv" => x / y,
        "neg" => -x,
        "abs" => Math.Abs(x),
        "is_true" => x != 0.0,
        // IEEE: every comparison with a NaN is false but ne (CompareTo would order NaN first).
        "lt" => x < y,
        "le" => x <= y,
        "eq" => x == y,
        "ne" => x != y,
        "gt" => x > y,
        "ge" => x >= y,
        _ => throw new LLInterpreterError($"the low-level interpreter does not run 'float_{name}' yet"),
    };

    // Every arm is boxed as object: otherwise the switch would convert them all to double, the
    // numeric type they have in common.
    private static object Cast(string name, object? x) => name switch
    {
        "cast_bool_to_int" => (object)((bool)x! ? 1L : 0L),
        "cast_bool_to_uint" => (bool)x! ? 1UL : 0UL,
        "cast_bool_to_float" => (bool)x! ? 1.0 : 0.0,
        "cast_char_to_int" => (long)(byte)x!,
        "cast_int_to_char" => unchecked((byte)(long)x!),
        "cast_unichar_to_int" => (long)(int)x!,
        "cast_int_to_unichar" => unchecked((int)(long)x!),
        "cast_int_to_float" or "cast_longlong_to_float" => (double)(long)x!,
        "cast_uint_to_float" or "cast_ulonglong_to_float" => (double)(ulong)x!,
        "cast_int_to_uint" => unchecked((ulong)(long)x!),
        "cast_uint_to_int" => unchecked((long)(ulong)x!),
        "cast_float_to_int" or "cast_float_to_longlong" => (long)(double)x!,
        "cast_float_to_uint" or "cast_float_to_ulonglong" => (ulong)(double)x!,
        "cast_int_to_longlong" or "truncate_longlong_to_int" => (long)x!,
        _ => throw new LLInterpreterError($"the low-level interpreter does not run '{name}' yet"),
    };
}
