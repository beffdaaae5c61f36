using System.Text.RegularExpressions;
using Rpython.Translator.RTyping;

namespace Rpython.Tests.RTyping;

/// <summary>
/// The low-level operation table: every operation the later phases rely on exists, the flags of
/// representative operations, the invariants between flags over the whole table, lookups and their
/// error, and the table's dump as a golden file (RTyping/lloperations.txt).
/// </summary>
[TestFixture]
internal sealed partial class LowLevelOperationsTests
{
    private static readonly string[] s_required =
    [
        "int_add", "int_sub", "int_mul", "int_floordiv", "int_mod", "int_lt", "int_le", "int_eq", "int_ne", "int_gt", "int_ge",
        "int_and", "int_or", "int_xor", "int_lshift", "int_rshift", "int_neg", "int_abs", "int_invert", "int_is_true",
        "int_add_ovf", "int_sub_ovf", "int_mul_ovf", "int_floordiv_ovf", "int_floordiv_zer", "int_mod_zer",
        "uint_add", "uint_sub", "uint_mul", "uint_floordiv", "uint_mod", "uint_lt", "uint_le", "uint_eq", "uint_ne", "uint_gt", "uint_ge",
        "uint_and", "uint_or", "uint_xor", "uint_lshift", "uint_rshift", "uint_invert", "uint_is_true", "uint_floordiv_zer", "uint_mod_zer",
        "float_add", "float_sub", "float_mul", "float_truediv", "float_neg", "float_abs",
        "float_lt", "float_le", "float_eq", "float_ne", "float_gt", "float_ge", "float_is_true",
        "cast_int_to_float", "cast_float_to_int", "cast_int_to_uint", "cast_uint_to_int", "cast_bool_to_int", "cast_char_to_int",
        "cast_int_to_char", "cast_unichar_to_int", "cast_int_to_unichar",
        "char_eq", "char_ne", "char_lt", "char_le", "char_gt", "char_ge", "unichar_eq", "unichar_ne",
        "ptr_eq", "ptr_ne", "ptr_iszero", "ptr_nonzero", "cast_pointer",
        "getfield", "setfield", "bare_setfield", "getarrayitem", "setarrayitem", "getarraysize",
        "getinteriorfield", "setinteriorfield", "getinteriorarraysize", "getsubstruct", "malloc", "malloc_varsize",
        "direct_call", "indirect_call", "same_as", "keepalive", "hint", "jit_marker", "debug_assert", "debug_print",
        "gc_push_roots", "gc_pop_roots", "gc_writebarrier", "stack_check",
    ];

    private static IEnumerable<string> Required() => s_required;

    [TestCaseSource(nameof(Required))]
    public void RequiredOperationExists(string name) => Assert.That(LowLevelOperations.Get(name).Name, Is.EqualTo(name));

    // name, canFold, tryFold, sideEffects, raises, canMallocGc
    [TestCase("int_add", true, true, false, "", false)]
    [TestCase("uint_lt", true, true, false, "", false)]
    [TestCase("float_truediv", true, true, false, "", false)]
    [TestCase("cast_float_to_int", true, true, false, "", false)]
    [TestCase("getarraysize", true, true, false, "", false)]
    [TestCase("cast_pointer", true, true, false, "", false)]
    [TestCase("int_add_ovf", false, true, true, "OverflowError", false)]
    [TestCase("int_floordiv_zer", false, true, true, "ZeroDivisionError", false)]
    [TestCase("int_mod_ovf_zer", false, true, true, "OverflowError ZeroDivisionError", false)]
    [TestCase("getfield", false, false, false, "", false)]
    [TestCase("getarrayitem", false, false, false, "", false)]
    [TestCase("setfield", false, false, true, "", false)]
    [TestCase("bare_setarrayitem", false, false, true, "", false)]
    [TestCase("malloc", false, false, true, "MemoryError", true)]
    [TestCase("malloc_varsize", false, false, true, "MemoryError", true)]
    [TestCase("gc_identityhash", false, false, false, "", false)]
    [TestCase("gc_push_roots", false, false, true, "", false)]
    [TestCase("gc_writebarrier", false, false, true, "", false)]
    [TestCase("direct_call", false, false, true, "Exception", false)]
    [TestCase("indirect_call", false, false, true, "Exception", false)]
    [TestCase("stack_check", false, false, true, "RecursionError", false)]
    [TestCase("debug_assert", false, true, true, "", false)]
    [TestCase("keepalive", false, false, true, "", false)]
    [TestCase("same_as", true, true, false, "", false)]
    [TestCase("cast_ptr_to_adr", false, false, false, "", false)]
    [TestCase("float_mod", true, true, false, "", false)]
    [TestCase("float_mod_zer", false, true, true, "ZeroDivisionError", false)]
    [TestCase("float_pow", false, true, true, "ZeroDivisionError ValueError OverflowError", false)]
    [TestCase("math_sqrt", false, true, true, "ValueError", false)]
    [TestCase("math_atan2", true, true, false, "", false)]
    [TestCase("float_repr", false, false, false, "MemoryError", true)]
    [TestCase("float_from_str", false, true, true, "ValueError", false)]
    public void OperationHasItsFlags(string name, bool canFold, bool tryFold, bool sideEffects, string raises, bool canMallocGc)
    {
        var op = LowLevelOperations.Get(name);

        Assert.That(op.CanFold, Is.EqualTo(canFold), "CanFold");
        Assert.That(op.TryFold, Is.EqualTo(tryFold), "TryFold");
        Assert.That(op.SideEffects, Is.EqualTo(sideEffects), "SideEffects");
        Assert.That(string.Join(" ", op.CanRaise), Is.EqualTo(raises), "CanRaise");
        Assert.That(op.CanMallocGc, Is.EqualTo(canMallocGc), "CanMallocGc");
    }

    [TestCase("int_add", "(Signed, Signed) -> Signed")]
    [TestCase("uint_rshift", "(Unsigned, Signed) -> Unsigned")]
    [TestCase("llong_lt", "(SignedLongLong, SignedLongLong) -> Bool")]
    [TestCase("cast_int_to_float", "(Signed) -> Float")]
    [TestCase("malloc_varsize", "(Void T, Void flags, Signed length) -> Ptr(T)")]
    [TestCase("float_format", "(Float value, Signed conversion, Signed precision, Signed flags, Signed width) -> Ptr(rpy_str)")]
    public void OperationDescribesItsOperands(string name, string signature) =>
        Assert.That(LowLevelOperations.Get(name).Signature, Is.EqualTo(signature));

    [Test]
    public void UnsignedHasNoNegationAndSignedHasBoth()
    {
        Assert.That(LowLevelOperations.TryGet("uint_neg", out _), Is.False);
        Assert.That(LowLevelOperations.TryGet("ullong_abs", out _), Is.False);
        Assert.That(LowLevelOperations.TryGet("llong_neg", out var neg), Is.True);
        Assert.That(neg!.Category, Is.EqualTo("llong"));
    }

    [Test]
    public void UnknownOperationHasAClearError()
    {
        Assert.That(() => LowLevelOperations.Get("int_frobnicate"), Throws.ArgumentException.With.Message.Contains("unknown low-level operation 'int_frobnicate'"));
        Assert.That(LowLevelOperations.TryGet("int_frobnicate", out var op), Is.False);
        Assert.That(op, Is.Null);
    }

    [Test]
    public void TryGetFindsTheSameEntryAsGet()
    {
        Assert.That(LowLevelOperations.TryGet("ptr_eq", out var op), Is.True);
        Assert.That(op, Is.SameAs(LowLevelOperations.Get("ptr_eq")));
    }

    [Test]
    public void FoldableOperationsHaveNoSideEffectsAndRaiseNothing()
    {
        var foldable = LowLevelOperations.All.Where(op => op.CanFold).ToList();

        Assert.That(foldable, Is.Not.Empty);
        Assert.That(foldable.Where(op => op.SideEffects || !op.CanRaise.IsEmpty || !op.TryFold), Is.Empty);
    }

    [Test]
    public void OperationsThatAllocateCanRaiseMemoryError() =>
        Assert.That(LowLevelOperations.All.Where(op => op.CanMallocGc && !op.CanRaise.Contains("MemoryError") && !op.CanRaise.Contains("Exception")), Is.Empty);

    [Test]
    public void OperationThatBreaksAFlagInvariantIsRejected()
    {
        Assert.That(() => new LowLevelOperation("bad", "x", "", "", canFold: true, tryFold: true, sideEffects: true, [], canMallocGc: false),
            Throws.ArgumentException.With.Message.Contains("bad: a foldable operation"));
        Assert.That(() => new LowLevelOperation("bad", "x", "", "", canFold: false, tryFold: false, sideEffects: true, [], canMallocGc: true),
            Throws.ArgumentException.With.Message.Contains("bad: an operation that allocates can raise MemoryError"));
    }

    [Test]
    public void OperationNamesAreUniqueLowercaseIdentifiers()
    {
        var names = LowLevelOperations.All.Select(op => op.Name).ToList();

        Assert.That(names, Is.Unique);
        Assert.That(names.Where(n => !OperationName().IsMatch(n)), Is.Empty);
        Assert.That(names, Has.Count.GreaterThan(150));
    }

    [Test]
    public void FlagsTextNamesTheFlags()
    {
        Assert.That(LowLevelOperations.Get("int_add").FlagsText(), Is.EqualTo("canfold"));
        Assert.That(LowLevelOperations.Get("int_mod_ovf_zer").FlagsText(), Is.EqualTo("sideeffects tryfold raises(OverflowError, ZeroDivisionError)"));
        Assert.That(LowLevelOperations.Get("gc_id").FlagsText(), Is.EqualTo("pure raises(MemoryError) mallocgc"));
        Assert.That(LowLevelOperations.Get("getfield").FlagsText(), Is.EqualTo("pure"));
    }

    [Test]
    public void TableDumpMatchesGolden() =>
        Golden.Compare(TestPaths.InRepo("tests", "Rpython.Tests", "RTyping", "lloperations.txt"), LowLevelOperations.Dump());

    [GeneratedRegex("^[a-z][a-z0-9_]*[a-z0-9]$")]
    private static partial Regex OperationName();
}
