using Rpython.Translator.Flow;

namespace Rpython.Translator.RTyping;

/// <summary>An error in a low-level graph met while interpreting it: a bug in a phase, not in the program.</summary>
internal sealed class LLInterpreterError(string message) : Exception(message);

/// <summary>A GC object of the low-level heap, as the interpreter models it: its fields by name,
/// those of the parts it embeds (<c>super</c>) included, so a pointer cast is the same object.</summary>
internal sealed class LLObject(StructType type)
{
    public StructType Type { get; } = type;

    public Dictionary<string, object?> Fields { get; } = new(StringComparer.Ordinal);

    public override string ToString() => "<" + Type.Name + ">";
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
/// as long, Unsigned as ulong, Float as double, Bool as bool, Void as whatever constant it stands
/// for. Operations follow the semantics of <see cref="LowLevelOperations"/> (machine integers wrap
/// around; division truncates toward zero). This version runs the operations the RTyper emits for
/// primitive values, instances (malloc, fields, pointer casts and tests), direct calls and
/// exceptions: a graph's except block throws an <see cref="LLException"/>, and a block whose last
/// operation is guarded takes the first exception exit whose class (its LowLevelExitCase) matches.
/// </summary>
internal sealed class LLInterpreter
{
    private const int MaxDepth = 10_000;
    private int _depth;

    public object? Run(FunctionGraph graph, IReadOnlyList<object?> args)
    {
        if (++_depth > MaxDepth)
            throw new LLInterpreterError("the low-level call stack is too deep");
        try
        {
            return RunGraph(graph, args);
        }
        finally
        {
            _depth--;
        }
    }

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
            for (int i = 0; i < block.Operations.Count; i++)
            {
                var op = block.Operations[i];
                try
                {
                    values[op.Result] = Execute(op, op.Args.Select(a => Value(a, values)).ToArray());
                }
                catch (LLException e) when (i == block.Operations.Count - 1 && block.CatchesExceptions)
                {
                    caughtBy = block.Exits.Skip(1).FirstOrDefault(l => l.LowLevelExitCase is ClassInfo c && c.Range.Contains(e.Type.Range.Min));
                    if (caughtBy is null)
                        throw;
                    values[caughtBy.LastException!] = e.Type;
                    values[caughtBy.LastExceptionValue!] = e.Value;
                }
            }
            var link = caughtBy ?? ChooseExit(block, values);
            inputs = link.Args.Select(a => Value(a, values)).ToList();
            block = link.Target!;
        }
    }

    private static object? Value(FlowValue value, Dictionary<Variable, object?> values) => value switch
    {
        Constant c => c.Value,
        Variable v => values.TryGetValue(v, out var x) ? x : throw new LLInterpreterError($"variable {v} has no value"),
        _ => null,
    };

    private static Link ChooseExit(Block block, Dictionary<Variable, object?> values)
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
        if (name == "direct_call")
            return Run((FunctionGraph)a[0]!, a[1..]);
        if (name == "same_as")
            return a[0];
        if (name == "int_between")
            return (long)a[0]! <= (long)a[1]! && (long)a[1]! < (long)a[2]!;
        if (name.StartsWith("int_", StringComparison.Ordinal))
            return Integer("int", name[4..], (long)a[0]!, a.Length > 1 ? (long)a[1]! : 0);
        if (name.StartsWith("uint_", StringComparison.Ordinal))
            return Integer("uint", name[5..], (ulong)a[0]!, a.Length > 1 ? a[1] is long shift ? (ulong)shift : (ulong)a[1]! : 0);
        if (name.StartsWith("float_", StringComparison.Ordinal))
            return FloatOp(name[6..], (double)a[0]!, a.Length > 1 ? (double)a[1]! : 0);
        return name switch
        {
            "malloc" => new LLObject((StructType)a[0]!),
            "getfield" => Field(a[0], (string)a[1]!),
            "setfield" => SetField(a[0], (string)a[1]!, a[2]),
            "cast_pointer" => a[0],
            "ptr_iszero" => a[0] is null,
            "ptr_nonzero" => a[0] is not null,
            "ptr_eq" => ReferenceEquals(a[0], a[1]),
            "ptr_ne" => !ReferenceEquals(a[0], a[1]),
            "cast_bool_to_int" => (bool)a[0]! ? 1L : 0L,
            "cast_bool_to_uint" => (bool)a[0]! ? 1UL : 0UL,
            "cast_bool_to_float" => (bool)a[0]! ? 1.0 : 0.0,
            "cast_int_to_float" => (double)(long)a[0]!,
            "cast_uint_to_float" => (double)(ulong)a[0]!,
            "cast_int_to_uint" => unchecked((ulong)(long)a[0]!),
            "cast_uint_to_int" => unchecked((long)(ulong)a[0]!),
            "cast_float_to_int" => (long)(double)a[0]!,
            "bool_not" => !(bool)a[0]!,
            _ => throw new LLInterpreterError($"the low-level interpreter does not run '{name}' yet"),
        };
    }

    private static object? Field(object? target, string name) => target switch
    {
        LLObject o => o.Fields.TryGetValue(name, out var value) ? value : DefaultOf(o, name),
        ClassInfo vtable when name == "subclassrange_min" => (long)vtable.Range.Min,
        ClassInfo vtable when name == "subclassrange_max" => (long)vtable.Range.Max,
        null => throw new LLInterpreterError($"getfield '{name}' of a null pointer"),
        _ => throw new LLInterpreterError($"getfield '{name}' of {target}"),
    };

    /// <summary>A field never set holds zero, as GC memory is zeroed.</summary>
    private static object? DefaultOf(LLObject o, string name)
    {
        for (StructType? s = o.Type; s is not null; s = s.Super)
        {
            if (s.Fields.FirstOrDefault(f => f.Name == name) is { } field)
            {
                return field.Type switch
                {
                    var t when t == LowLevelTypes.Signed => 0L,
                    var t when t == LowLevelTypes.Unsigned => 0UL,
                    var t when t == LowLevelTypes.Float => 0.0,
                    var t when t == LowLevelTypes.Bool => false,
                    _ => null,
                };
            }
        }
        throw new LLInterpreterError($"{o.Type.Name} has no field '{name}'");
    }

    private static object? SetField(object? target, string name, object? value)
    {
        if (target is not LLObject o)
            throw new LLInterpreterError($"setfield '{name}' of {(target is null ? "a null pointer" : target)}");
        o.Fields[name] = value;
        return null;
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
            "lt" => x < y,
            "le" => x <= y,
            "eq" => x == y,
            "ne" => x != y,
            "gt" => x > y,
            "ge" => x >= y,
            _ => throw new LLInterpreterError($"the low-level interpreter does not run '{prefix}_{name}' yet"),
        };
    }

    private static object FloatOp(string name, double x, double y) => name switch
    {
        "add" => x + y,
        "sub" => x - y,
        "mul" => x * y,
        "truediv" => x / y,
        "neg" => -x,
        "abs" => Math.Abs(x),
        "is_true" => x != 0.0,
        "lt" => x < y,
        "le" => x <= y,
        "eq" => x == y,
        "ne" => x != y,
        "gt" => x > y,
        "ge" => x >= y,
        _ => throw new LLInterpreterError($"the low-level interpreter does not run 'float_{name}' yet"),
    };
}
