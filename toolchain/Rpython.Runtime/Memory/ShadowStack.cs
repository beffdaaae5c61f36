using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace Rpython.Runtime.Memory;

/// <summary>
/// The stack roots (RPython's shadowstack.py): a native array of pointer-sized slots between
/// <see cref="Base"/> and <see cref="Top"/> where generated code keeps the GC pointers that are live
/// across a call that can collect. The collectors read every slot in [Base, Top) and, when they move
/// an object, write its new address into the slot: the code reloads its locals from the slots after
/// the call. Around such a call:
/// <code>
///     nint* ss = ShadowStack.Top;
///     ss[0] = (nint)p; ss[1] = (nint)q;      // every live GC pointer (null is fine)
///     ShadowStack.Top = ss + 2;
///     r = f(...);                             // may collect, may move p and q
///     ShadowStack.Top = ss;
///     p = (T*)ss[0]; q = (U*)ss[1];          // their addresses after the collection
/// </code>
/// (or a frame of n slots reserved at function entry and released at exit, RPython's
/// gc_enter_roots_frame: then the frame's slots must be written with null at entry, because a
/// collection must find in every slot of [Base, Top) null or a live GC pointer — never a stale value
/// left by an earlier frame).
/// <para>
/// The array is reserved once (<see cref="DefaultSlots"/> slots, 64 MB of address space that the OS
/// commits as it is touched) and never grows: <see cref="Limit"/> is its end, which the program's stack
/// check should compare Top with; a collection that finds Top beyond Limit stops the program.
/// One mutator thread, as in RPython.
/// </para>
/// </summary>
public static unsafe class ShadowStack
{
    public const long DefaultSlots = 8L << 20;

    public static nint* Base;
    public static nint* Top;
    public static nint* Limit;

    /// <summary>Allocates the array (the collectors' Initialize calls this); empty.</summary>
    internal static void Initialize(long slots)
    {
        Free();
        Base = (nint*)NativeMemory.Alloc((nuint)slots, (nuint)sizeof(nint));
        Top = Base;
        Limit = Base + slots;
    }

    internal static void Free()
    {
        NativeMemory.Free(Base);
        Base = Top = Limit = null;
    }

    /// <summary>Pushes a root (tests and runtime helpers that hold GC pointers across an allocation).</summary>
    internal static void Push(void* obj) => *Top++ = (nint)obj;

    internal static nint Pop() => *--Top;

    internal static void CheckBounds()
    {
        if (Top < Base || Top > Limit)
            GcFatal.Fail("the shadow stack overflowed (or Top was corrupted)");
    }
}

/// <summary>
/// The other roots, for every collector: static roots, the addresses of GC pointer fields in prebuilt
/// non-GC data (the exception state's exc_value), which the program stores into without a write
/// barrier, so every collection reads them; and the prebuilt GC objects that contain GC pointers,
/// registered at startup. The semispace collector (no write barrier) traces every registered prebuilt
/// object at every collection; incminimark keeps RPython's scheme instead — a prebuilt object becomes
/// a root when the write barrier first fires on it (<see cref="GcFlags.NoHeapPtrs"/>) — and uses the
/// registrations only to check the heap. Registering costs one list entry, so generated code does it
/// for either collector, after the collector's Initialize (which empties both lists).
/// </summary>
public static unsafe class GcRoots
{
    private static NativeStack s_staticRoots;
    private static NativeStack s_prebuiltObjects;

    /// <summary>Declares <paramref name="address"/>, a field holding a GC pointer (or null) outside
    /// the GC heap, as a root: collections read it and update it when its object moves.</summary>
    public static void AddStaticRoot(void** address) => s_staticRoots.Push((nint)address);

    /// <summary>Declares a prebuilt GC object whose fields include GC pointers (its header must carry
    /// <see cref="GcFlags.PrebuiltInitial"/>).</summary>
    public static void AddPrebuiltObject(void* obj) => s_prebuiltObjects.Push((nint)obj);

    internal static int StaticRootCount => s_staticRoots.Count;

    internal static nint** StaticRoot(int index) => (nint**)s_staticRoots[index];

    internal static int PrebuiltObjectCount => s_prebuiltObjects.Count;

    internal static byte* PrebuiltObject(int index) => (byte*)s_prebuiltObjects[index];

    internal static void Reset()
    {
        s_staticRoots.Free();
        s_prebuiltObjects.Free();
    }
}

/// <summary>The end of a program whose heap cannot continue (the OS refused memory in the middle of a
/// collection, or the roots are corrupt): RPython's fatal error, never a .NET exception that the
/// program could catch half-way through a collection.</summary>
internal static class GcFatal
{
    [DoesNotReturn]
    public static void Fail(string message)
    {
        Console.Error.WriteLine("Fatal RPython error: GC: " + message);
        Environment.FailFast("RPython GC: " + message);
    }
}
