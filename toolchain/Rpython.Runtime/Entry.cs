using System.Runtime.InteropServices;

namespace Rpython.Runtime;

// The start of every translated program (RPython's entrypoint.c): the emitted Main calls Entry.Run
// with the layout of the low-level list of strs the entry point takes and a call of the entry graph.
// Run starts the RPython main on a thread with a large stack (DESIGN decision 6), whose limit it
// gives StackCheck first; builds argv in the raw heap (the executable's path first, as C's argv[0];
// then the command line's arguments, each as an rpy_str of UTF-32 code points), calls the entry
// point and turns its result into the exit code; an RPython exception that escaped the entry point
// prints "Fatal RPython error: <name>" to stderr and exits with 1.
//
// argv lives outside the collector's heap, in zeroed native memory that is never freed, as prebuilt
// objects do: its objects carry GcFlags.PrebuiltInitial and those holding GC pointers are declared
// with GcRoots.AddPrebuiltObject, so a moving collector traces them and never moves them. A framework
// GC is started by the glue's startGc before argv is built, and stopped (its gc-summary written)
// when the entry point returns.

/// <summary>Where the translator placed the parts of a var-sized GC object: an array, or a struct
/// ending in an inlined array (rpy_str). Offsets are in bytes from the start of the object.</summary>
public readonly record struct ArrayLayout(int TypeId, int LengthOffset, int ItemsOffset, int ItemSize, int Alignment)
{
    public nuint SizeFor(int length) => (nuint)((ItemsOffset + ((long)length * ItemSize) + Alignment - 1) / Alignment * Alignment);
}

/// <summary>A resizable list's GcStruct: its used length and its pointer to the items array.</summary>
public readonly record struct ListLayout(int TypeId, int Size, int LengthOffset, int ItemsOffset);

/// <summary>The low-level list of strs the entry point takes: its items array, holding pointers to
/// strs, is the list itself, or with <see cref="List"/> it is wrapped in a resizable list (the
/// shape the annotator chose for the program's argv).</summary>
public sealed record ArgvLayout(ArrayLayout Str, ArrayLayout Items, ListLayout? List);

public static unsafe class Entry
{
    /// <summary>The stack of the thread the RPython main runs on: deep recursion in an interpreter
    /// is the norm, and the stack check (DESIGN decision 6) needs room to report it.</summary>
    public const int StackSize = 256 << 20;

    /// <summary>Runs <paramref name="entryPoint"/> on a thread with a <see cref="StackSize"/> stack,
    /// with argv built from the executable's path and <paramref name="args"/>; returns the exit code.
    /// <paramref name="escapedException"/> is asked after the call for the class name of an RPython
    /// exception that escaped the entry point (null when none did). <paramref name="startGc"/> and
    /// <paramref name="stopGc"/> start and stop a framework GC on the main thread.</summary>
    public static int Run(string[] args, ArgvLayout layout, Func<nint, long> entryPoint, Func<string?> escapedException,
        Action? startGc = null, Action? stopGc = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(entryPoint);
        ArgumentNullException.ThrowIfNull(escapedException);
        int exitCode = 0;
        var main = new Thread(() =>
        {
            StackCheck.InitializeCurrentThread(StackSize);
            startGc?.Invoke();
            long result = entryPoint(BuildArgv(layout, [Environment.ProcessPath ?? "", .. args]));
            Io.FlushStdout();
            stopGc?.Invoke();
            if (escapedException() is { } name)
            {
                Console.Error.WriteLine("Fatal RPython error: " + name);
                exitCode = 1;
                return;
            }
            exitCode = unchecked((int)result);
        }, StackSize);
        main.Start();
        main.Join();
        return exitCode;
    }

    /// <summary>The low-level list of strs holding <paramref name="argv"/>, in the raw heap.</summary>
    public static nint BuildArgv(ArgvLayout layout, IReadOnlyList<string> argv)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(argv);
        byte* items = AllocateVarSize(layout.Items, argv.Count);
        for (int i = 0; i < argv.Count; i++)
            *(nint*)(items + layout.Items.ItemsOffset + ((long)i * layout.Items.ItemSize)) = (nint)Str(layout.Str, argv[i]);
        Memory.GcRoots.AddPrebuiltObject(items);
        if (layout.List is not { } list)
            return (nint)items;
        byte* wrapper = AllocateZeroed(list.TypeId, (nuint)list.Size);
        *(long*)(wrapper + list.LengthOffset) = argv.Count;
        *(nint*)(wrapper + list.ItemsOffset) = (nint)items;
        Memory.GcRoots.AddPrebuiltObject(wrapper);
        return (nint)wrapper;
    }

    /// <summary>An rpy_str: its characters as Unicode code points (a surrogate pair is one), hash 0
    /// (not computed yet, as zeroed memory says).</summary>
    private static byte* Str(ArrayLayout layout, string text)
    {
        var codePoints = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes())
            codePoints.Add(rune.Value);
        byte* str = AllocateVarSize(layout, codePoints.Count);
        for (int i = 0; i < codePoints.Count; i++)
            *(int*)(str + layout.ItemsOffset + ((long)i * layout.ItemSize)) = codePoints[i];
        return str;
    }

    private static byte* AllocateVarSize(ArrayLayout layout, int length)
    {
        byte* obj = AllocateZeroed(layout.TypeId, layout.SizeFor(length));
        *(long*)(obj + layout.LengthOffset) = length;
        return obj;
    }

    /// <summary>A zeroed GC object with the header of a prebuilt one; never freed.</summary>
    private static byte* AllocateZeroed(int typeId, nuint size)
    {
        byte* obj = (byte*)NativeMemory.AlignedAlloc(size, sizeof(long));
        NativeMemory.Clear(obj, size);
        ((Memory.GcHeader*)obj)->TypeId = typeId;
        ((Memory.GcHeader*)obj)->Flags = Memory.GcFlags.PrebuiltInitial;
        return obj;
    }
}
