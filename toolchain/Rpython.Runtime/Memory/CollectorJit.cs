using System.Reflection;
using System.Runtime.CompilerServices;

namespace Rpython.Runtime.Memory;

/// <summary>
/// The collector's hottest loops and the runtime's tiered compilation. As ReadyToRun code they went
/// through tiers: the ReadyToRun code, then, once hot, an instrumented copy collecting profile data
/// (TieredPGO), then tier 1; the pauses that ran the first two took up to twice the CPU or more (the
/// second minor collection of binary trees 5.5 ms instead of 2.7, the first major cycle's marking
/// steps 0.8-1.5 ms instead of 0.25, on a busy machine). Marked AggressiveOptimization (the copying
/// and tracing of minor collections, marking, sweeping a page, the arenas' allocation), they are
/// compiled once, fully optimised, and never again. ReadyToRun images leave such methods out, so they
/// are compiled before the first collection needs them, a step at a time by the allocation slow path
/// between collections once a quarter of a nursery is allocated (IncMiniMarkGc.BetweenCollections):
/// finding them by reflection, a class per step (up to a millisecond or two: reflection's first use),
/// then a method per step (0.2-0.6 ms). A program that never allocates that much never compiles them;
/// the others have them before the nursery is full (about 16 steps of its 48 chunks).
/// </summary>
internal static class CollectorJit
{
    private const int ClassCount = 3;

    private static List<Type>? s_visitors;
    private static List<MethodInfo>? s_methods;  // of a reference type: List's shared code, which is precompiled
    private static int s_classesSearched;
    private static int s_compiled;

    /// <summary>Whether every method is compiled (once per process).</summary>
    public static bool Done { get; private set; }

    /// <summary>The next step: the collector's visitors, the methods of one of its classes, or the
    /// compile of one method.</summary>
    public static void CompileNext()
    {
        if (s_visitors is null)
            s_visitors = FindVisitors();
        else if (s_classesSearched < ClassCount)
            AddMethods(s_methods ??= [], ClassAt(s_classesSearched++), s_visitors);
        else if (s_compiled < s_methods!.Count)
            Compile(s_methods[s_compiled++]);
        Done = s_classesSearched == ClassCount && s_compiled == s_methods!.Count;
    }

    /// <summary>Every step at once.</summary>
    internal static void CompileAll()
    {
        while (!Done)
            CompileNext();
    }

    /// <summary>Starts again from the first step (tests; compiling a method again does nothing).</summary>
    internal static void Reset()
    {
        s_visitors = null;
        s_methods = null;
        s_classesSearched = s_compiled = 0;
        Done = false;
    }

    /// <summary>The methods compiled so far, as Class.Method or Class.Method[Visitor], for tests.</summary>
    internal static IEnumerable<string> Compiled => (s_methods ?? []).Take(s_compiled).Select(m =>
        m.DeclaringType!.Name + "." + m.Name + (m.IsGenericMethod ? "[" + m.GetGenericArguments()[0].Name + "]" : ""));

    private static Type ClassAt(int index) => index switch
    {
        0 => typeof(IncMiniMarkGc),
        1 => typeof(GcTypes),
        _ => typeof(ArenaCollection),
    };

    /// <summary>The visitors the collector traces objects with: what the generic tracing loops are
    /// compiled for.</summary>
    private static List<Type> FindVisitors()
    {
        var visitors = new List<Type>();
        foreach (var type in typeof(IncMiniMarkGc).GetNestedTypes(BindingFlags.NonPublic))
        {
            if (type.IsValueType && typeof(IGcSlotVisitor).IsAssignableFrom(type))
                visitors.Add(type);
        }
        return visitors;
    }

    /// <summary>Adds the methods of <paramref name="type"/> marked AggressiveOptimization, a generic one
    /// for each visitor.</summary>
    private static void AddMethods(List<MethodInfo> methods, Type type, List<Type> visitors)
    {
        const BindingFlags all = BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var method in type.GetMethods(all))
        {
            if ((method.MethodImplementationFlags & MethodImplAttributes.AggressiveOptimization) == 0)
                continue;
            if (!method.IsGenericMethodDefinition)
                methods.Add(method);
            else
            {
                foreach (var visitor in visitors)
                    methods.Add(method.MakeGenericMethod(visitor));
            }
        }
    }

    private static void Compile(MethodInfo method)
    {
        RuntimeTypeHandle[]? instantiation = null;
        if (method.IsGenericMethod)
        {
            var arguments = method.GetGenericArguments();
            instantiation = new RuntimeTypeHandle[arguments.Length];
            for (int i = 0; i < arguments.Length; i++)
                instantiation[i] = arguments[i].TypeHandle;
        }
        RuntimeHelpers.PrepareMethod(method.MethodHandle, instantiation);
    }
}
