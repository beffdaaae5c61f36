using System.Runtime.CompilerServices;

namespace Rpython.Runtime;

// The stack check of translated programs (RPython's translator/c/src/stack.h; DESIGN decision 6).
// The translator puts a stack_check operation at the start of every function that can recurse;
// the C# backend emits it as `if (StackCheck.IsExhausted()) rpyexc_raise_RecursionError();`, so
// deep recursion raises the RPython-level StackOverflow (RecursionError) instead of killing the
// process, as a .NET stack overflow would.
//
// The check compares the address of a local (the current stack pointer, near enough) with a limit
// computed once per thread from the thread's stack: Entry.Run starts the RPython main on a thread of
// a known size and calls InitializeCurrentThread first. The limit leaves a margin of a few MB below
// which the functions that are not checked (no recursion: a bounded depth), the runtime and the
// handler that catches the exception still run. Before that, there is no limit (0): the checks never
// fire. Stacks grow downward on every platform .NET runs on.
//
// The limit is one static, not a thread static: a translated program runs on that one thread (its
// heap, shadow stack and exception state are statics too), and a thread static cost a TLS lookup at
// every function entry.

/// <summary>The stack limit of the program's thread and the check against it (see the file header).</summary>
public static unsafe class StackCheck
{
    /// <summary>The room left below the limit when the check fires.</summary>
    public const int Margin = 8 << 20;

    private static nuint s_limit;

    /// <summary>Sets the limit of the current thread, whose stack has <paramref name="stackSize"/>
    /// bytes and is almost empty (this is called at the start of the thread).</summary>
    public static void InitializeCurrentThread(int stackSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(stackSize, 2 * Margin);
        byte top;
        s_limit = (nuint)(&top) - (nuint)stackSize + Margin;
    }

    /// <summary>Whether the stack is nearly exhausted: the current stack pointer is below the limit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsExhausted()
    {
        byte here;
        return (nuint)(&here) < s_limit;
    }
}
