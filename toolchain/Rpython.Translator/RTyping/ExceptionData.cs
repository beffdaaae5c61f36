using Rpython.Translator.Annotation;

namespace Rpython.Translator.RTyping;

/// <summary>
/// The exception state of a translated program (RPython's rtyper/exceptiondata.py and the
/// exc_data of exceptiontransform.py): one prebuilt, non-GC struct <c>exc_data</c> holding the class
/// (<c>exc_type</c>, a vtable pointer; null when no exception is in flight) and the instance
/// (<c>exc_value</c>) of the exception being raised. After the exception transform, raising stores
/// both and returns, and every call that can raise is followed by a test of <c>exc_type</c>.
/// <para>
/// The standard exceptions are those that operations raise rather than the program's <c>raise</c>
/// statements: OverflowError from the _ovf arithmetic, ZeroDivisionError from the _zer operations,
/// MemoryError from malloc, OSError from I/O, RecursionError (rstackovf.StackOverflow) from
/// stack_check, ValueError (and the others) from the runtime's numeric operations (math.sqrt(-1.0),
/// float('x'), int(nan)). Each has a prebuilt instance: raising one never allocates (a MemoryError
/// could not). The LLInterpreter and the backend both raise through this object. Only the classes
/// the program has are known (the RTyper makes sure the standard ones exist): an operation raising
/// one it does not have is a bug of the phase that produced the operation.
/// </para>
/// </summary>
internal sealed class ExceptionData
{
    /// <summary>The names an operation of <see cref="LowLevelOperations"/> can raise.</summary>
    public static readonly IReadOnlySet<string> StandardNames = new HashSet<string>(StringComparer.Ordinal)
    {
        LowLevelExceptions.OverflowError, LowLevelExceptions.ZeroDivisionError, LowLevelExceptions.MemoryError, LowLevelExceptions.StackOverflow,
        LowLevelExceptions.OSError, LowLevelExceptions.ValueError,
    };

    /// <summary>The root of every exception class: exc_value points to its struct.</summary>
    public const string RootClass = "BaseException";

    private readonly Dictionary<string, (ClassInfo Vtable, LLObject Instance)> _standard = new(StringComparer.Ordinal);

    /// <param name="valuePointer">the type of exc_value: a pointer to the root exception struct.</param>
    /// <param name="standard">the standard exceptions the program has: each one's vtable and instance struct.</param>
    /// <param name="classes">the vtables of every exception class of the program.</param>
    public ExceptionData(PtrType valuePointer, IEnumerable<(string Name, ClassInfo Vtable, StructType InstanceType)> standard, IEnumerable<ClassInfo> classes)
    {
        TypePointer = LowLevelTypes.Ptr(InstanceLayouts.VtableType);
        ValuePointer = valuePointer;
        StateType = LowLevelTypes.Struct("exc_data", ("exc_type", TypePointer), ("exc_value", ValuePointer));
        State = LLInterpreter.NewStruct(StateType, 0);
        foreach (var (name, vtable, instanceType) in standard)
        {
            var instance = LLInterpreter.NewStruct(instanceType, 0);
            instance.Fields["typeptr"] = vtable;
            _standard[name] = (vtable, instance);
        }
        Classes = [.. classes.OrderBy(v => v.Range.Min)];
    }

    /// <summary>The exception data of a program whose instances <paramref name="instances"/> lays out.</summary>
    public static ExceptionData From(InstanceLayouts instances, IEnumerable<ClassDef> classDefs)
    {
        var all = classDefs.ToList();
        var root = all.FirstOrDefault(c => c.Name == RootClass)
            ?? throw new InvalidOperationException("the program has no BaseException class: the RTyper makes the standard exceptions' classes before it lays out instances");
        return new ExceptionData(
            instances.PointerTo(root),
            all.Where(c => StandardNames.Contains(c.Name)).Select(c => (c.Name, instances.VtableOf(c), instances.StructOf(c))),
            all.Where(c => c.IsSubclassOf(root)).Select(instances.VtableOf));
    }

    /// <summary>A vtable pointer: the type of exc_type.</summary>
    public PtrType TypePointer { get; }

    /// <summary>A pointer to the root exception struct: the type of exc_value.</summary>
    public PtrType ValuePointer { get; }

    /// <summary><c>Struct exc_data { exc_type, exc_value }</c>.</summary>
    public StructType StateType { get; }

    /// <summary>The prebuilt exc_data, a constant of the transformed graphs.</summary>
    public LLObject State { get; }

    /// <summary>The vtables of every exception class of the program, in class id order (the entry
    /// glue names an exception that escapes the entry point by its class).</summary>
    public IReadOnlyList<ClassInfo> Classes { get; }

    /// <summary>The name an escaping exception is reported with: the class's own name, without its module.</summary>
    public static string ShortName(ClassInfo vtable) => vtable.Name[(vtable.Name.LastIndexOf('.') + 1)..];

    /// <summary>The vtable and the prebuilt instance of the standard exception <paramref name="name"/>.</summary>
    public (ClassInfo Vtable, LLObject Instance) StandardException(string name) =>
        _standard.TryGetValue(name, out var exception)
            ? exception
            : throw new InvalidOperationException($"an operation raises {name}, but the program has no class {name}");

    /// <summary>The standard exceptions, by name, in a stable order.</summary>
    public IEnumerable<(string Name, ClassInfo Vtable, LLObject Instance)> StandardExceptionInstances =>
        _standard.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value.Vtable, e.Value.Instance));
}
