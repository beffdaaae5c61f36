using Rpython.Translator.Annotation;

namespace Rpython.Translator.RTyping;

/// <summary>The low-level class of an exception that operations raise: its vtable and the GcStruct
/// of its instances.</summary>
internal sealed record StandardException(ClassInfo Vtable, StructType InstanceType);

/// <summary>
/// The exceptions raised by operations rather than by the program's <c>raise</c> statements
/// (RPython's exceptiondata standard exceptions): OverflowError from the <c>_ovf</c> operations,
/// ZeroDivisionError from the <c>_zer</c> ones. The LLInterpreter raises them, the exception
/// transform and the backend store them into the exception state. Only the classes the program
/// has (the annotator made a class definition for them) are known: an operation raising one it
/// does not have is a bug of the phase that produced the operation.
/// </summary>
internal sealed class StandardExceptions
{
    public static readonly StandardExceptions None = new([]);

    private readonly Dictionary<string, StandardException> _byName;

    private StandardExceptions(Dictionary<string, StandardException> byName) => _byName = byName;

    /// <summary>The standard exceptions among the classes <paramref name="classDefs"/> of a program
    /// whose instances <paramref name="instances"/> lays out.</summary>
    public static StandardExceptions From(InstanceLayouts instances, IEnumerable<ClassDef> classDefs)
    {
        var byName = new Dictionary<string, StandardException>(StringComparer.Ordinal);
        foreach (var classDef in classDefs)
        {
            if (Names.Contains(classDef.Name))
                byName[classDef.Name] = new StandardException(instances.VtableOf(classDef), instances.StructOf(classDef));
        }
        return new StandardExceptions(byName);
    }

    /// <summary>For tests: the given classes.</summary>
    public static StandardExceptions Of(params (string Name, StandardException Class)[] classes) =>
        new(classes.ToDictionary(c => c.Name, c => c.Class, StringComparer.Ordinal));

    /// <summary>The names an operation of <see cref="LowLevelOperations"/> can raise.</summary>
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        LowLevelExceptions.OverflowError, LowLevelExceptions.ZeroDivisionError, LowLevelExceptions.MemoryError, LowLevelExceptions.StackOverflow,
    };

    public bool TryGet(string name, out StandardException? exception) => _byName.TryGetValue(name, out exception);

    /// <summary>The standard exceptions the program has, by name.</summary>
    public IEnumerable<(string Name, StandardException Class)> All =>
        _byName.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value));
}
