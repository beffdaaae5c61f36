using Rpython.Translator.Flow;
using Rpython.Translator.RTyping;
using static Rpython.Tests.RTyping.HandBuiltGraph;
using static Rpython.Translator.RTyping.LowLevelTypes;

namespace Rpython.Tests.RTyping;

/// <summary>
/// The LLInterpreter's heap and checked operations, on graphs built by hand: malloc of structs,
/// arrays and var-sized structs, fields, items, interior fields, pointer tests, identity hashes, chars, and the
/// arithmetic that raises the program's OverflowError and ZeroDivisionError.
/// </summary>
[TestFixture]
internal sealed class LLInterpreterTests
{
    private static readonly StructType Point = GcStruct("point", ("x", Signed), ("y", Float), ("seen", Bool), ("next", Ptr(GcStruct("other"))));
    private static readonly ClassInfo OverflowVtable = new("OverflowError", new ClassRange(3, 4));
    private static readonly ClassInfo ZeroDivisionVtable = new("ZeroDivisionError", new ClassRange(4, 5));

    private static readonly ExceptionData Standard = new(
        Ptr(GcStruct("BaseException", ("typeptr", Ptr(InstanceLayouts.VtableType)))),
        [
            ("OverflowError", OverflowVtable, GcStruct("OverflowError", ("typeptr", Ptr(InstanceLayouts.VtableType)))),
            ("ZeroDivisionError", ZeroDivisionVtable, GcStruct("ZeroDivisionError", ("typeptr", Ptr(InstanceLayouts.VtableType)))),
        ],
        [OverflowVtable, ZeroDivisionVtable]);

    private static object? Run(FunctionGraph graph, params object?[] args) => new LLInterpreter(Standard).Run(graph, args);

    [Test]
    public void MallocGivesZeroedFieldsThatSetfieldChanges()
    {
        var g = new HandBuiltGraph("fields", Signed);
        var p = g.Op("malloc", Ptr(Point), VoidConst(Point), VoidConst("gc"));
        var zeroX = g.Op("getfield", Signed, p, VoidConst("x"));
        var zeroY = g.Op("getfield", Float, p, VoidConst("y"));
        var noNext = g.Op("getfield", Ptr(GcStruct("other")), p, VoidConst("next"));
        var isNull = g.Op("ptr_iszero", Bool, noNext);
        g.Op("setfield", LowLevelTypes.Void, p, VoidConst("x"), g.Parameter(0));
        var x = g.Op("getfield", Signed, p, VoidConst("x"));
        var graph = g.Return(x);

        Assert.That(Run(graph, 41L), Is.EqualTo(41L));
        Assert.That(RunValues(graph, 7L, zeroX, zeroY, isNull), Is.EqualTo(new object?[] { 0L, 0.0, true }));
    }

    [Test]
    public void GcArraysHaveTheirLengthAndItems()
    {
        var array = GcArray(Signed);
        var g = new HandBuiltGraph("array", Signed);
        var a = g.Op("malloc_varsize", Ptr(array), VoidConst(array), VoidConst("gc"), g.Parameter(0));
        g.Op("setarrayitem", LowLevelTypes.Void, a, Int(1), Int(42));
        var item = g.Op("getarrayitem", Signed, a, Int(1));
        var untouched = g.Op("getarrayitem", Signed, a, Int(0));
        var size = g.Op("getarraysize", Signed, a);
        var sum = g.Op("int_add", Signed, item, size);
        var graph = g.Return(sum);

        Assert.That(Run(graph, 5L), Is.EqualTo(47L));
        Assert.That(RunValues(graph, 3L, untouched), Is.EqualTo(new object?[] { 0L }));
    }

    [Test]
    public void IdentityHashesAreStablePerObjectAndZeroForNull()
    {
        var g = new HandBuiltGraph("hashes", Signed);
        var p = g.Op("malloc", Ptr(Point), VoidConst(Point), VoidConst("gc"));
        var q = g.Op("malloc", Ptr(Point), VoidConst(Point), VoidConst("gc"));
        var first = g.Op("gc_identityhash", Signed, p);
        var again = g.Op("gc_identityhash", Signed, p);
        var other = g.Op("gc_identityhash", Signed, q);
        var none = g.Op("gc_identityhash", Signed, Typed(null, Ptr(Point)));
        var stable = g.Op("int_eq", Bool, first, again);
        var distinct = g.Op("int_ne", Bool, first, other);
        var graph = g.Return(none);

        Assert.That(Run(graph, 0L), Is.EqualTo(0L));
        Assert.That(RunValues(graph, 0L, stable, distinct), Is.EqualTo(new object?[] { true, true }));
    }

    [Test]
    public void AVarSizedStructKeepsItsInlinedItems()
    {
        var g = new HandBuiltGraph("str", Signed);
        var s = g.Op("malloc_varsize", BuiltinTypes.StrPtr, VoidConst(BuiltinTypes.Str), VoidConst("gc"), Int(3));
        var c = g.Op("cast_int_to_unichar", UniChar, g.Parameter(0));
        g.Op("setinteriorfield", LowLevelTypes.Void, s, VoidConst("chars"), Int(2), c);
        g.Op("setfield", LowLevelTypes.Void, s, VoidConst("hash"), Int(99));
        var back = g.Op("getinteriorfield", UniChar, s, VoidConst("chars"), Int(2));
        var first = g.Op("getinteriorfield", UniChar, s, VoidConst("chars"), Int(0));
        var length = g.Op("getinteriorarraysize", Signed, s, VoidConst("chars"));
        var code = g.Op("cast_unichar_to_int", Signed, back);
        var hash = g.Op("getfield", Signed, s, VoidConst("hash"));
        var sum = g.Op("int_add", Signed, code, length);
        var total = g.Op("int_add", Signed, sum, hash);
        var graph = g.Return(total);

        Assert.That(Run(graph, 0x1F600L), Is.EqualTo(0x1F600L + 3 + 99));
        Assert.That(RunValues(graph, 65L, first, back), Is.EqualTo(new object?[] { 0, 65 }));
    }

    [Test]
    public void InlinedStructsAndFixedSizeArraysAreReachedBySubstructAndInteriorPaths()
    {
        var pair = Struct("pair", ("a", Signed), ("b", Signed));
        var holder = GcStruct("holder", ("pair", pair), ("slots", FixedSizeArray(Signed, 4)));
        var g = new HandBuiltGraph("interior", Signed);
        var h = g.Op("malloc", Ptr(holder), VoidConst(holder), VoidConst("gc"));
        var inner = g.Op("getsubstruct", Ptr(pair), h, VoidConst("pair"));
        g.Op("setfield", LowLevelTypes.Void, inner, VoidConst("b"), g.Parameter(0));
        g.Op("setinteriorfield", LowLevelTypes.Void, h, VoidConst("slots"), Int(3), Int(1000));
        var b = g.Op("getinteriorfield", Signed, h, VoidConst("pair"), VoidConst("b"));
        var slot = g.Op("getinteriorfield", Signed, h, VoidConst("slots"), Int(3));
        var sum = g.Op("int_add", Signed, b, slot);
        var graph = g.Return(sum);

        Assert.That(Run(graph, 5L), Is.EqualTo(1005L));
    }

    [TestCase("getarrayitem", 3L)]
    [TestCase("getarrayitem", -1L)]
    [TestCase("setarrayitem", 3L)]
    public void AnIndexOutOfBoundsIsAnInternalError(string opName, long index)
    {
        var array = GcArray(Signed);
        var g = new HandBuiltGraph("bounds", Signed);
        var a = g.Op("malloc_varsize", Ptr(array), VoidConst(array), VoidConst("gc"), Int(3));
        var result = opName == "getarrayitem" ? g.Op(opName, Signed, a, g.Parameter(0)) : g.Op(opName, LowLevelTypes.Void, a, g.Parameter(0), Int(1));
        var graph = g.Return(opName == "getarrayitem" ? result : Int(0));

        var error = Assert.Throws<LLInterpreterError>(() => Run(graph, index));
        Assert.That(error.Message, Does.Contain($"index {index} out of the bounds of an array of length 3"));
    }

    [Test]
    public void PointerComparisonsAndCastsAlongTheParentChain()
    {
        var parent = GcStruct("parent", ("typeptr", Ptr(InstanceLayouts.VtableType)), ("value", Signed));
        var child = GcStruct("child", ("super", parent), ("extra", Signed));
        var g = new HandBuiltGraph("pointers");
        var c = g.Op("malloc", Ptr(child), VoidConst(child), VoidConst("gc"));
        var asParent = g.Op("cast_pointer", Ptr(parent), c);
        g.Op("setfield", LowLevelTypes.Void, asParent, VoidConst("value"), Int(7));
        var other = g.Op("malloc", Ptr(child), VoidConst(child), VoidConst("gc"));
        var back = g.Op("cast_pointer", Ptr(child), asParent);
        var same = g.Op("ptr_eq", Bool, back, c);
        var different = g.Op("ptr_ne", Bool, other, c);
        var nonzero = g.Op("ptr_nonzero", Bool, c);
        var value = g.Op("getfield", Signed, back, VoidConst("value"));
        var graph = g.Return(value);

        Assert.That(RunValues(graph, [], same, different, nonzero, value), Is.EqualTo(new object?[] { true, true, true, 7L }));
    }

    [TestCase("cast_int_to_char", 300L, (byte)44)]
    [TestCase("cast_int_to_unichar", 0x1F600L, 0x1F600)]
    [TestCase("cast_int_to_uint", -1L, ulong.MaxValue)]
    [TestCase("int_force_ge_zero", -5L, 0L)]
    public void Casts(string opName, long x, object expected)
    {
        var g = new HandBuiltGraph("cast", Signed);
        var result = g.Op(opName, LowLevelType(expected), g.Parameter(0));
        Assert.That(Run(g.Return(result), x), Is.EqualTo(expected));
    }

    [Test]
    public void CharsCompareByTheirCodes()
    {
        var g = new HandBuiltGraph("chars", LowLevelTypes.Char, LowLevelTypes.Char, UniChar, UniChar);
        var lt = g.Op("char_lt", Bool, g.Parameter(0), g.Parameter(1));
        var eq = g.Op("unichar_eq", Bool, g.Parameter(2), g.Parameter(3));
        var ne = g.Op("unichar_ne", Bool, g.Parameter(2), g.Parameter(3));
        var code = g.Op("cast_char_to_int", Signed, g.Parameter(1));
        var graph = g.Return(code);

        Assert.That(RunValues(graph, [(byte)'a', (byte)200, 0x10FFFF, 0x10FFFF], lt, eq, ne, code), Is.EqualTo(new object?[] { true, true, false, 200L }));
    }

    [TestCase("int_add_ovf", long.MaxValue, 1L, "OverflowError")]
    [TestCase("int_add_ovf", long.MaxValue, -1L, long.MaxValue - 1)]
    [TestCase("int_add_nonneg_ovf", long.MaxValue, 1L, "OverflowError")]
    [TestCase("int_sub_ovf", long.MinValue, 1L, "OverflowError")]
    [TestCase("int_sub_ovf", 5L, 7L, -2L)]
    [TestCase("int_mul_ovf", 1L << 32, 1L << 31, "OverflowError")]
    [TestCase("int_mul_ovf", -(1L << 31), 1L << 32, long.MinValue)]
    [TestCase("int_neg_ovf", long.MinValue, 0L, "OverflowError")]
    [TestCase("int_abs_ovf", long.MinValue, 0L, "OverflowError")]
    [TestCase("int_abs_ovf", -3L, 0L, 3L)]
    [TestCase("int_floordiv_ovf", long.MinValue, -1L, "OverflowError")]
    [TestCase("int_floordiv_zer", 7L, 0L, "ZeroDivisionError")]
    [TestCase("int_floordiv_zer", -7L, 2L, -3L)]
    [TestCase("int_mod_zer", 7L, 0L, "ZeroDivisionError")]
    [TestCase("int_mod_ovf_zer", long.MinValue, -1L, "OverflowError")]
    [TestCase("int_mod_ovf_zer", 7L, 0L, "ZeroDivisionError")]
    [TestCase("int_floordiv_ovf_zer", 9L, 2L, 4L)]
    [TestCase("int_lshift_ovf", 1L, 62L, 1L << 62)]
    [TestCase("int_lshift_ovf", 1L, 63L, "OverflowError")]
    [TestCase("int_lshift_ovf", -1L, 63L, long.MinValue)]
    public void CheckedArithmeticRaisesTheProgramsExceptions(string opName, long x, long y, object expected)
    {
        var g = new HandBuiltGraph("checked", Signed, Signed);
        var result = g.Op(opName, Signed, g.Parameter(0), g.Parameter(1));
        var graph = opName is "int_neg_ovf" or "int_abs_ovf" ? OneArgument(opName) : g.Return(result);

        if (expected is string exception)
        {
            var raised = Assert.Throws<LLException>(() => Run(graph, x, y));
            Assert.That(raised.Type.Name, Is.EqualTo(exception));
            Assert.That(((LLObject)raised.Value!).Fields["typeptr"], Is.SameAs(raised.Type));
        }
        else
        {
            Assert.That(Run(graph, x, y), Is.EqualTo(expected));
        }
    }

    [TestCase("uint_floordiv_zer")]
    [TestCase("uint_mod_zer")]
    public void UnsignedDivisionByZeroRaises(string opName)
    {
        var g = new HandBuiltGraph("unsigned", Unsigned, Unsigned);
        var graph = g.Return(g.Op(opName, Unsigned, g.Parameter(0), g.Parameter(1)));
        Assert.That(Assert.Throws<LLException>(() => Run(graph, 3UL, 0UL)).Type, Is.SameAs(ZeroDivisionVtable));
        Assert.That(Run(graph, 7UL, 2UL), Is.EqualTo(opName == "uint_mod_zer" ? 1UL : 3UL));
    }

    [Test]
    public void ARaisingOperationCanBeCaught()
    {
        var g = new HandBuiltGraph("caught", Signed, Signed);
        g.Op("int_add_ovf", Signed, g.Parameter(0), g.Parameter(1));
        var graph = g.Guarded(new PyClass("OverflowError", "builtins", []), OverflowVtable, Int(-1));

        Assert.That(Run(graph, 1L, 2L), Is.EqualTo(3L));
        Assert.That(Run(graph, long.MaxValue, 2L), Is.EqualTo(-1L));
    }

    [Test]
    public void AnExceptionTheProgramHasNoClassForIsAnInternalError()
    {
        var g = new HandBuiltGraph("unknown", Signed, Signed);
        var graph = g.Return(g.Op("int_mod_zer", Signed, g.Parameter(0), g.Parameter(1)));
        var noZeroDivision = new ExceptionData(Ptr(GcStruct("BaseException")), [], []);
        var error = Assert.Throws<InvalidOperationException>(() => new LLInterpreter(noZeroDivision).Run(graph, [1L, 0L]));
        Assert.That(error.Message, Is.EqualTo("an operation raises ZeroDivisionError, but the program has no class ZeroDivisionError"));
    }

    private static FunctionGraph OneArgument(string opName)
    {
        var g = new HandBuiltGraph("unary", Signed, Signed);
        return g.Return(g.Op(opName, Signed, g.Parameter(0)));
    }

    private static LowLevelType LowLevelType(object value) => value switch
    {
        byte => LowLevelTypes.Char,
        int => UniChar,
        ulong => Unsigned,
        _ => Signed,
    };

    /// <summary>Runs the graph and returns the values of some of its variables: the graph is
    /// copied with those variables returned one at a time.</summary>
    private static object?[] RunValues(FunctionGraph graph, object? argument, params Variable[] variables) =>
        RunValues(graph, [argument], variables);

    private static object?[] RunValues(FunctionGraph graph, object?[] arguments, params Variable[] variables)
    {
        var exit = graph.StartBlock.Exits[0];
        var original = exit.Args[0];
        var returned = graph.ReturnBlock.InputArgs[0].ConcreteType;
        try
        {
            return [.. variables.Select(v =>
            {
                exit.Args[0] = v;
                return new LLInterpreter(Standard).Run(graph, arguments);
            })];
        }
        finally
        {
            exit.Args[0] = original;
            graph.ReturnBlock.InputArgs[0].ConcreteType = returned;
        }
    }
}
