using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Rpython.Translator.RTyping;

// The table of low-level operations (RPython's LL_OPERATIONS, rpython/rtyper/lltypesystem/
// lloperation.py): every operation a low-level graph may contain, with the flags the passes query
// instead of keeping their own lists. The RTyper emits these operations, the LLInterpreter runs
// them, constant folding and malloc removal read CanFold/SideEffects, the exception transform reads
// CanRaise, the GC transform reads CanMallocGc (where roots must be spilled), and the backends emit
// each of them.
//
// Flags, as in RPython:
// - CanFold: pure and deterministic, so an operation on constants can be replaced by its result.
//   Implies no side effects and no exception.
// - TryFold: may be folded on constants when it does not raise (the _ovf and _zer operations).
// - SideEffects: false when an unused result makes the operation removable (getfield is such an
//   operation without being foldable: the memory it reads can change).
// - CanRaise: the RPython exceptions the operation may raise; Exception means any.
// - CanMallocGc: the operation may allocate in the GC heap and so trigger a collection: the GC
//   transform spills the live GC pointers around it. Implies it can raise MemoryError.
//
// Integer operations work on 64-bit machine words and wrap around unless they end in _ovf. As in
// C (and RPython), floordiv truncates toward zero and mod takes the sign of the dividend; the
// RTyper adds the fix-ups that give Python's floor semantics. The table is immutable and built once.

/// <summary>The names of the RPython exceptions an operation can raise.</summary>
internal static class LowLevelExceptions
{
    public const string OverflowError = "OverflowError";

    public const string ZeroDivisionError = "ZeroDivisionError";

    public const string MemoryError = "MemoryError";

    /// <summary>A numeric operation of the runtime got an argument outside its domain (math.sqrt(-1), float('x')).</summary>
    public const string ValueError = "ValueError";

    /// <summary>An I/O operation failed.</summary>
    public const string OSError = "OSError";

    /// <summary>What stack_check raises: RPython's rstackovf.StackOverflow, which a program catches
    /// under that name and which is the builtin RecursionError (as on CPython, where
    /// rpython/rlib/rstackovf.py makes the name an alias of it).</summary>
    public const string StackOverflow = "RecursionError";

    /// <summary>Any exception (calls).</summary>
    public const string Any = "Exception";
}

/// <summary>One low-level operation: its name, a description of its operands and result, a note on
/// its meaning where the name is not enough, and its flags (see the file header).</summary>
internal sealed class LowLevelOperation
{
    internal LowLevelOperation(string name, string category, string signature, string note,
        bool canFold, bool tryFold, bool sideEffects, ImmutableArray<string> canRaise, bool canMallocGc, RuntimeFunction? runtime = null)
    {
        if (canFold && (sideEffects || !canRaise.IsEmpty || !tryFold))
            throw new ArgumentException($"{name}: a foldable operation has no side effects and raises nothing");
        if (canMallocGc && !canRaise.Contains(LowLevelExceptions.MemoryError) && !canRaise.Contains(LowLevelExceptions.Any))
            throw new ArgumentException($"{name}: an operation that allocates can raise MemoryError");
        Name = name;
        Category = category;
        Signature = signature;
        Note = note;
        CanFold = canFold;
        TryFold = tryFold;
        SideEffects = sideEffects;
        CanRaise = canRaise;
        CanMallocGc = canMallocGc;
        Runtime = runtime;
    }

    public string Name { get; }

    /// <summary>The section of the table (int, float, pointers, gc...), for the dump.</summary>
    public string Category { get; }

    /// <summary>Operands and result, e.g. <c>(Signed, Signed) -> Signed</c>; T, S, A stand for any
    /// type, struct and array, <c>Void name</c> for a constant argument of type Void.</summary>
    public string Signature { get; }

    /// <summary>What the operation does, where its name does not say it; may be empty.</summary>
    public string Note { get; }

    public bool CanFold { get; }

    public bool TryFold { get; }

    public bool SideEffects { get; }

    public ImmutableArray<string> CanRaise { get; }

    public bool CanMallocGc { get; }

    /// <summary>The function of Rpython.Runtime that computes the operation, which the LLInterpreter
    /// and the backend both call (LowLevelOperations.Runtime.cs); null for the others.</summary>
    public RuntimeFunction? Runtime { get; }

    /// <summary>The flags as the dump prints them: <c>canfold</c>, or <c>pure</c>/<c>sideeffects</c>
    /// followed by <c>tryfold</c>, <c>raises(...)</c>, <c>mallocgc</c> as they apply.</summary>
    public string FlagsText()
    {
        if (CanFold)
            return "canfold";
        var flags = new List<string> { SideEffects ? "sideeffects" : "pure" };
        if (TryFold)
            flags.Add("tryfold");
        if (!CanRaise.IsEmpty)
            flags.Add("raises(" + string.Join(", ", CanRaise) + ")");
        if (CanMallocGc)
            flags.Add("mallocgc");
        return string.Join(" ", flags);
    }
}

/// <summary>The table of all low-level operations.</summary>
internal static partial class LowLevelOperations
{
    private static readonly ImmutableArray<LowLevelOperation> s_all = Build();
    private static readonly FrozenDictionary<string, LowLevelOperation> s_byName = s_all.ToFrozenDictionary(op => op.Name, StringComparer.Ordinal);

    /// <summary>Every operation, in table order (by category).</summary>
    public static ImmutableArray<LowLevelOperation> All => s_all;

    /// <summary>The operation named <paramref name="name"/>; an unknown name is a toolchain bug.</summary>
    public static LowLevelOperation Get(string name) =>
        s_byName.TryGetValue(name, out var op) ? op : throw new ArgumentException($"unknown low-level operation '{name}'", nameof(name));

    public static bool TryGet(string name, [NotNullWhen(true)] out LowLevelOperation? op) => s_byName.TryGetValue(name, out op);

    /// <summary>The table as stable text, one operation per line under a header per category.</summary>
    public static string Dump()
    {
        var text = new StringBuilder();
        string? category = null;
        foreach (var op in s_all)
        {
            if (op.Category != category)
            {
                text.Append(category is null ? "" : "\n").Append("# ").Append(op.Category).Append('\n');
                category = op.Category;
            }
            text.Append(CultureInfo.InvariantCulture, $"{op.Name,-28} {op.Signature,-56} {op.FlagsText()}");
            if (op.Note.Length > 0)
                text.Append("  # ").Append(op.Note);
            text.Append('\n');
        }
        return text.ToString();
    }

    private static ImmutableArray<LowLevelOperation> Build()
    {
        var ops = ImmutableArray.CreateBuilder<LowLevelOperation>();
        string category = "";

        void Add(string name, string signature, string note, bool canFold = false, bool tryFold = false, bool sideEffects = true,
            ImmutableArray<string> canRaise = default, bool canMallocGc = false) =>
            ops.Add(new LowLevelOperation(name, category, signature, note, canFold, tryFold || canFold, sideEffects && !canFold,
                canRaise.IsDefault ? [] : canRaise, canMallocGc));

        // Pure and deterministic.
        void Fold(string name, string signature, string note = "") => Add(name, signature, note, canFold: true);
        // No side effects, but not foldable: reads memory that can change, or an address that can.
        void Pure(string name, string signature, string note = "") => Add(name, signature, note, sideEffects: false);
        // Arithmetic that raises on overflow or division by zero; foldable when it does not.
        void Checked(string name, string signature, string note, params string[] raises) => Add(name, signature, note, tryFold: true, canRaise: [.. raises]);
        void Effect(string name, string signature, string note = "") => Add(name, signature, note);
        void Call(string name, string signature, string note) => Add(name, signature, note, canRaise: [LowLevelExceptions.Any]);
        void Allocate(string name, string signature, string note, bool sideEffects = true) =>
            Add(name, signature, note, sideEffects: sideEffects, canRaise: [LowLevelExceptions.MemoryError], canMallocGc: true);

        void IntegerOps(string prefix, string type, bool signed)
        {
            string unary = $"({type}) -> {type}", binary = $"({type}, {type}) -> {type}", compare = $"({type}, {type}) -> Bool";
            string shift = $"({type}, Signed) -> {type}";
            Fold(prefix + "_is_true", $"({type}) -> Bool", "x != 0");
            if (signed)
            {
                Fold(prefix + "_neg", unary, "wraps around");
                Fold(prefix + "_abs", unary, "wraps around");
            }
            Fold(prefix + "_invert", unary, "~x");
            Fold(prefix + "_add", binary, "wraps around");
            Fold(prefix + "_sub", binary, "wraps around");
            Fold(prefix + "_mul", binary, "wraps around");
            Fold(prefix + "_floordiv", binary, signed ? "x / y truncated toward zero; y != 0" : "y != 0");
            Checked(prefix + "_floordiv_zer", binary, "floordiv, ZeroDivisionError if y == 0", LowLevelExceptions.ZeroDivisionError);
            Fold(prefix + "_mod", binary, signed ? "remainder with the sign of x; y != 0" : "y != 0");
            Checked(prefix + "_mod_zer", binary, "mod, ZeroDivisionError if y == 0", LowLevelExceptions.ZeroDivisionError);
            foreach (string cmp in new[] { "lt", "le", "eq", "ne", "gt", "ge" })
                Fold(prefix + "_" + cmp, compare);
            Fold(prefix + "_and", binary);
            Fold(prefix + "_or", binary);
            Fold(prefix + "_xor", binary);
            Fold(prefix + "_lshift", shift, "0 <= y < 64");
            Fold(prefix + "_rshift", shift, signed ? "arithmetic shift, 0 <= y < 64" : "logical shift, 0 <= y < 64");
        }

        category = "calls";
        Call("direct_call", "(Ptr(Func) f, args...) -> result", "f is a constant function");
        Call("indirect_call", "(Ptr(Func) f, args..., Void graphs) -> result", "f is a variable; graphs lists the functions it can be, or is None");

        category = "bool, char, unichar";
        Fold("bool_not", "(Bool) -> Bool");
        foreach (string cmp in new[] { "lt", "le", "eq", "ne", "gt", "ge" })
            Fold("char_" + cmp, "(Char, Char) -> Bool", "compares the byte values");
        Fold("unichar_eq", "(UniChar, UniChar) -> Bool");
        Fold("unichar_ne", "(UniChar, UniChar) -> Bool");

        category = "unicode";
        // CPython 3.11's character database (Rpython.Runtime.UnicodeDatabase), for str's predicates and case mappings.
        foreach (string property in new[] { "isalpha", "isdecimal", "isdigit", "isnumeric", "isupper", "islower", "istitle", "isspace", "iscaseignorable" })
            Fold("unichar_" + property, "(UniChar) -> Bool", property == "iscaseignorable" ? "Case_Ignorable (what lower() skips around a final sigma)" : "c." + property + "() of one character");
        Fold("unichar_toupper", "(UniChar c, Signed i) -> Signed", "code point i of c.upper() (full case mapping), -1 past its end");
        Fold("unichar_tolower", "(UniChar c, Signed i) -> Signed", "code point i of c.lower() (full case mapping, no final sigma), -1 past its end");
        Fold("unichar_totitle", "(UniChar c, Signed i) -> Signed", "code point i of c.title() (full title-case mapping), -1 past its end");
        Fold("unichar_casefold", "(UniChar c, Signed i) -> Signed", "code point i of c.casefold() (full case folding), -1 past its end");

        category = "int";
        IntegerOps("int", "Signed", signed: true);
        Checked("int_neg_ovf", "(Signed) -> Signed", "OverflowError for -MININT", LowLevelExceptions.OverflowError);
        Checked("int_abs_ovf", "(Signed) -> Signed", "OverflowError for abs(MININT)", LowLevelExceptions.OverflowError);
        Checked("int_add_ovf", "(Signed, Signed) -> Signed", "", LowLevelExceptions.OverflowError);
        Checked("int_add_nonneg_ovf", "(Signed, Signed) -> Signed", "int_add_ovf when y >= 0 is known", LowLevelExceptions.OverflowError);
        Checked("int_sub_ovf", "(Signed, Signed) -> Signed", "", LowLevelExceptions.OverflowError);
        Checked("int_mul_ovf", "(Signed, Signed) -> Signed", "", LowLevelExceptions.OverflowError);
        Checked("int_floordiv_ovf", "(Signed, Signed) -> Signed", "OverflowError for MININT / -1", LowLevelExceptions.OverflowError);
        Checked("int_floordiv_ovf_zer", "(Signed, Signed) -> Signed", "", LowLevelExceptions.OverflowError, LowLevelExceptions.ZeroDivisionError);
        Checked("int_mod_ovf", "(Signed, Signed) -> Signed", "OverflowError for MININT % -1", LowLevelExceptions.OverflowError);
        Checked("int_mod_ovf_zer", "(Signed, Signed) -> Signed", "", LowLevelExceptions.OverflowError, LowLevelExceptions.ZeroDivisionError);
        Checked("int_lshift_ovf", "(Signed, Signed) -> Signed", "OverflowError if bits are lost", LowLevelExceptions.OverflowError);
        Fold("int_between", "(Signed a, Signed b, Signed c) -> Bool", "a <= b < c: isinstance on class ids");
        Fold("int_force_ge_zero", "(Signed) -> Signed", "0 if x < 0 else x");

        category = "uint";
        IntegerOps("uint", "Unsigned", signed: false);

        category = "llong";
        IntegerOps("llong", "SignedLongLong", signed: true);

        category = "ullong";
        IntegerOps("ullong", "UnsignedLongLong", signed: false);

        category = "float";
        Fold("float_is_true", "(Float) -> Bool", "x != 0.0");
        Fold("float_neg", "(Float) -> Float");
        Fold("float_abs", "(Float) -> Float");
        Fold("float_add", "(Float, Float) -> Float");
        Fold("float_sub", "(Float, Float) -> Float");
        Fold("float_mul", "(Float, Float) -> Float");
        Fold("float_truediv", "(Float, Float) -> Float", "IEEE: y == 0.0 gives an infinity or NaN (the RTyper emits float_truediv_zer unless y is a nonzero constant)");
        foreach (string cmp in new[] { "lt", "le", "eq", "ne", "gt", "ge" })
            Fold("float_" + cmp, "(Float, Float) -> Bool", "IEEE: false when either is NaN, except ne");
        AddRuntimeOperations(ops);

        category = "casts";
        Fold("cast_bool_to_int", "(Bool) -> Signed");
        Fold("cast_bool_to_uint", "(Bool) -> Unsigned");
        Fold("cast_bool_to_float", "(Bool) -> Float");
        Fold("cast_char_to_int", "(Char) -> Signed", "0..255");
        Fold("cast_int_to_char", "(Signed) -> Char", "the low 8 bits");
        Fold("cast_unichar_to_int", "(UniChar) -> Signed");
        Fold("cast_int_to_unichar", "(Signed) -> UniChar", "the low 32 bits");
        Fold("cast_int_to_uint", "(Signed) -> Unsigned", "the same bits");
        Fold("cast_uint_to_int", "(Unsigned) -> Signed", "the same bits");
        Fold("cast_int_to_float", "(Signed) -> Float");
        Fold("cast_uint_to_float", "(Unsigned) -> Float");
        Fold("cast_float_to_int", "(Float) -> Signed", "truncated toward zero; x must be in range");
        Fold("cast_float_to_uint", "(Float) -> Unsigned", "truncated toward zero; x must be in range");
        Fold("cast_int_to_longlong", "(Signed) -> SignedLongLong");
        Fold("truncate_longlong_to_int", "(SignedLongLong) -> Signed", "the low 64 bits");
        Fold("cast_longlong_to_float", "(SignedLongLong) -> Float");
        Fold("cast_ulonglong_to_float", "(UnsignedLongLong) -> Float");
        Fold("cast_float_to_longlong", "(Float) -> SignedLongLong", "truncated toward zero; x must be in range");
        Fold("cast_float_to_ulonglong", "(Float) -> UnsignedLongLong", "truncated toward zero; x must be in range");

        category = "pointers";
        Allocate("malloc", "(Void T, Void flags) -> Ptr(T)", "a fixed-size container; flags: flavor gc or raw, zero");
        Allocate("malloc_varsize", "(Void T, Void flags, Signed length) -> Ptr(T)", "an array or var-sized struct of that length");
        Effect("free", "(Ptr(T), Void flags) -> Void", "frees a raw container");
        Pure("getfield", "(Ptr(S), Void name) -> S.name", "foldable on a constant if S or the field is immutable");
        Effect("setfield", "(Ptr(S), Void name, S.name) -> Void", "the GC transform adds a write barrier if needed and makes it bare_setfield");
        Effect("bare_setfield", "(Ptr(S), Void name, S.name) -> Void", "a setfield that needs no write barrier (any more)");
        Pure("getarrayitem", "(Ptr(A), Signed index) -> A.item", "foldable on a constant if A is immutable");
        Effect("setarrayitem", "(Ptr(A), Signed index, A.item) -> Void", "see setfield");
        Effect("bare_setarrayitem", "(Ptr(A), Signed index, A.item) -> Void");
        Fold("getarraysize", "(Ptr(A)) -> Signed", "an array's length never changes");
        Pure("getinteriorfield", "(Ptr(T), path...) -> field", "path: Void field names and Signed indices into inlined structs and arrays");
        Effect("setinteriorfield", "(Ptr(T), path..., field) -> Void", "see setfield");
        Effect("bare_setinteriorfield", "(Ptr(T), path..., field) -> Void");
        Fold("getinteriorarraysize", "(Ptr(T), path...) -> Signed", "the length of the inlined array at the end of the path");
        Fold("getsubstruct", "(Ptr(S), Void name) -> Ptr(S.name)", "a pointer to an inlined struct or array");
        Fold("getarraysubstruct", "(Ptr(A), Signed index) -> Ptr(A.item)", "a pointer to an inlined struct item");
        Fold("cast_pointer", "(Ptr(A)) -> Ptr(B)", "along the parent chain of GcStructs, up or down (unchecked)");
        Pure("cast_opaque_ptr", "(Ptr(A)) -> Ptr(B)", "to or from GCREF or another opaque pointer");
        Fold("ptr_eq", "(Ptr(T), Ptr(T)) -> Bool");
        Fold("ptr_ne", "(Ptr(T), Ptr(T)) -> Bool");
        Fold("ptr_iszero", "(Ptr(T)) -> Bool");
        Fold("ptr_nonzero", "(Ptr(T)) -> Bool");

        category = "addresses";
        Pure("cast_ptr_to_adr", "(Ptr(T)) -> Address", "not foldable: a moving GC changes it");
        Fold("cast_adr_to_ptr", "(Address) -> Ptr(T)");
        Pure("cast_adr_to_int", "(Address) -> Signed");
        Fold("adr_add", "(Address, Signed) -> Address");
        Fold("adr_eq", "(Address, Address) -> Bool");
        Fold("adr_ne", "(Address, Address) -> Bool");
        Effect("raw_memcopy", "(Address source, Address dest, Signed size) -> Void", "after gc_writebarrier_before_copy when GC pointers are copied");

        category = "gc";
        Effect("gc_push_roots", "(GC pointers...) -> Void", "inserted around what can collect: spills the live GC pointers to the shadow stack");
        Effect("gc_pop_roots", "(GC pointers...) -> Void", "reloads them from the shadow stack: a moving GC may have changed them");
        Effect("gc_writebarrier", "(GCREF) -> Void", "before a GC pointer is stored into the object");
        Effect("gc_writebarrier_before_copy", "(Ptr(A) source, Ptr(A) dest, Signed source_start, Signed dest_start, Signed length) -> Bool",
            "before copying array items; false: copy them one by one with setarrayitem");
        Allocate("gc__collect", "(Signed generation) -> Void", "rgc.collect()");
        // Not RPython's canmallocgc: the hash is kept in the object's header, where incminimark's gives a
        // young object a shadow in the old generation, an allocation.
        Pure("gc_identityhash", "(Ptr(T)) -> Signed", "compute_identity_hash: stable when the object moves; kept in the header, allocates nothing");
        Allocate("gc_id", "(Ptr(T)) -> Signed", "compute_unique_id", sideEffects: false);
        Pure("gc_can_move", "(Ptr(T)) -> Bool");
        Add("stack_check", "() -> Void", "raises RecursionError (rstackovf.StackOverflow) when the stack is nearly exhausted", canRaise: [LowLevelExceptions.StackOverflow]);

        category = "io";
        // What rpython.rlib.rfile, os.read/os.write and time do: the runtime's Io and clock. Strs are
        // UTF-8 on the outside (undecodable bytes read as U+FFFD, lone surrogates write as '?').
        Add("rpy_write_str", "(Signed fd, Ptr(rpy_str) s) -> Void", "writes s to fd 1 or 2 (write_stdout, write_stderr); stdout is buffered",
            canRaise: [LowLevelExceptions.OSError]);
        Add("rpy_flush_stdout", "() -> Void", "flush_stdout", canRaise: [LowLevelExceptions.OSError]);
        Add("rpy_read_file", "(Ptr(rpy_str) path) -> Ptr(rpy_str)", "read_file: the whole file",
            canRaise: [LowLevelExceptions.OSError, LowLevelExceptions.MemoryError], canMallocGc: true);
        Allocate("rpy_read_stdin_line", "() -> Ptr(rpy_str)", "read_stdin_line: the next line with its newline, '' at the end of input");
        Effect("rpy_read_stdin_byte", "() -> Signed", "read_stdin_byte: the next byte, -1 at the end of input");
        Add("os_open", "(Ptr(rpy_str) path, Signed flags, Signed mode) -> Signed", "a file descriptor; flags are os.O_* (Linux values)",
            canRaise: [LowLevelExceptions.OSError]);
        Add("os_close", "(Signed fd) -> Void", "", canRaise: [LowLevelExceptions.OSError]);
        Add("os_read", "(Signed fd, Signed count) -> Ptr(rpy_bytes)", "up to count bytes of the fd, b'' at the end",
            canRaise: [LowLevelExceptions.OSError, LowLevelExceptions.MemoryError], canMallocGc: true);
        Add("os_write", "(Signed fd, Ptr(rpy_bytes) data) -> Signed", "writes all of data to the fd; the number of bytes written",
            canRaise: [LowLevelExceptions.OSError]);
        Pure("time_time", "() -> Float", "seconds since the epoch");
        Pure("time_perf_counter", "() -> Float", "seconds of a monotonic clock");

        category = "jit";
        Effect("jit_marker", "(Void kind, Void driver, greens..., reds...) -> Void", "jit_merge_point or can_enter_jit; rewritten by the JIT's portal rewriting");
        Effect("jit_force_virtualizable", "(Ptr(S), Void field, Void flags) -> Void");
        Effect("jit_force_quasi_immutable", "(Ptr(S), Void mutate_field) -> Void", "before reading a quasi-immutable field");
        Effect("jit_record_exact_class", "(Ptr(T), Ptr(vtable)) -> Void", "record_exact_class");
        Call("jit_conditional_call", "(Bool cond, Ptr(Func) f, args...) -> Void", "f(args) if cond");
        Call("jit_conditional_call_value", "(T value, Ptr(Func) f, args...) -> T", "value if it is nonzero, else f(args)");

        category = "misc";
        Fold("same_as", "(T) -> T");
        Effect("keepalive", "(Ptr(T)) -> Void", "the object stays alive until here");
        Effect("hint", "(T x, Void hints) -> T", "x, with hints for the JIT (promote, access_directly...)");

        category = "debug";
        Add("debug_assert", "(Bool, Void message) -> Void", "checked by the LLInterpreter and in debug builds", tryFold: true);
        Effect("debug_print", "(args...) -> Void");
        Effect("debug_start", "(Void category) -> Void", "opens a log section (RPYTHONLOG)");
        Effect("debug_stop", "(Void category) -> Void");
        Effect("debug_fatalerror", "(Ptr(rpy_string) message) -> Void", "prints the message and aborts");

        return ops.ToImmutable();
    }
}
