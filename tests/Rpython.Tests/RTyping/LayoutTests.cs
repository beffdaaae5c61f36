using Rpython.Translator.RTyping;

namespace Rpython.Tests.RTyping;

// Inside the namespace, so that Char, Void and Array mean the low-level types, not System's.
using static Rpython.Translator.RTyping.LowLevelTypes;

/// <summary>
/// Memory layouts: primitive sizes and alignments, field offsets with padding, the GC header, parents
/// embedded at offset 0, arrays and var-sized structs (length, items, item size, total sizes), the
/// offsets of GC pointers the GC traces (through parents, inlined structs, fixed-size arrays and array
/// items), and the type id table (ids, class ranges, its dump).
/// </summary>
[TestFixture]
internal sealed class LayoutTests
{
    private static readonly StructType s_other = GcStruct("other", ("n", Signed));

    private static readonly StructType s_vtable = Struct("vtable", ("subclassrange_min", Signed), ("subclassrange_max", Signed));

    // A { typeptr: raw Ptr, x: GC Ptr }; B(A) { y: Signed, z: GC Ptr }; C(B) { flag: Bool }.
    private static StructType A() => GcStruct("A", ("typeptr", Ptr(s_vtable)), ("x", Ptr(s_other)));

    private static StructType B() => GcStruct("B", ("super", A()), ("y", Signed), ("z", Ptr(GcArray(Signed))));

    private static StructType C() => GcStruct("C", ("super", B()), ("flag", Bool));

    private static IEnumerable<TestCaseData> StorageTypes()
    {
        yield return new TestCaseData(Signed, 8, 8);
        yield return new TestCaseData(Unsigned, 8, 8);
        yield return new TestCaseData(SignedLongLong, 8, 8);
        yield return new TestCaseData(UnsignedLongLong, 8, 8);
        yield return new TestCaseData(Float, 8, 8);
        yield return new TestCaseData(SingleFloat, 4, 4);
        yield return new TestCaseData(Bool, 1, 1);
        yield return new TestCaseData(Char, 1, 1);
        yield return new TestCaseData(UniChar, 4, 4);
        yield return new TestCaseData(Void, 0, 1);
        yield return new TestCaseData(Address, 8, 8);
        yield return new TestCaseData(GCREF, 8, 8);
        yield return new TestCaseData(Ptr(Func([Signed], Signed)), 8, 8);
    }

    [TestCaseSource(nameof(StorageTypes))]
    public void TypeHasItsNaturalSizeAndAlignment(LowLevelType type, int size, int alignment)
    {
        var layout = TypeLayout.Of(type);

        Assert.That(layout.Size, Is.EqualTo(size));
        Assert.That(layout.Alignment, Is.EqualTo(alignment));
        Assert.That(layout.VarSize, Is.Null);
    }

    [Test]
    public void OnlyGcPointersAreTraced()
    {
        Assert.That(TypeLayout.Of(GCREF).GcPointerOffsets, Is.EqualTo(new[] { 0 }));
        Assert.That(TypeLayout.Of(Ptr(GcArray(Signed))).GcPointerOffsets, Is.EqualTo(new[] { 0 }));
        Assert.That(TypeLayout.Of(Ptr(s_vtable)).GcPointerOffsets, Is.Empty);
        Assert.That(TypeLayout.Of(Address).GcPointerOffsets, Is.Empty);
    }

    [Test]
    public void GcHeaderIsSixteenBytesWithTypeIdFlagsAndAReservedWord()
    {
        Assert.That(GcHeader.Size, Is.EqualTo(16));
        Assert.That(GcHeader.TypeIdOffset, Is.EqualTo(0));
        Assert.That(GcHeader.FlagsOffset, Is.EqualTo(4));
        Assert.That(GcHeader.ReservedOffset, Is.EqualTo(8));
    }

    [Test]
    public void RawStructFieldsArePaddedToTheirAlignment()
    {
        var layout = TypeLayout.Of(Struct("mixed", ("a", Bool), ("b", Signed), ("c", Char), ("d", UniChar), ("e", SingleFloat)));

        Assert.That(layout.Fields.Select(f => f.Offset), Is.EqualTo(new[] { 0, 8, 16, 20, 24 }));
        Assert.That(layout.Fields.Select(f => f.Size), Is.EqualTo(new[] { 1, 8, 1, 4, 4 }));
        Assert.That(layout.Size, Is.EqualTo(32), "28 rounded up to the alignment");
        Assert.That(layout.Alignment, Is.EqualTo(8));
        Assert.That(layout.HasGcHeader, Is.False);
    }

    [Test]
    public void StructOfBytesIsByteAligned()
    {
        var layout = TypeLayout.Of(Struct("pair", ("a", Char), ("b", Bool)));

        Assert.That(layout.Size, Is.EqualTo(2));
        Assert.That(layout.Alignment, Is.EqualTo(1));
    }

    [Test]
    public void VoidFieldTakesNoStorage()
    {
        var layout = TypeLayout.Of(Struct("s", ("a", Signed), ("v", Void), ("b", Signed)));

        Assert.That(layout.Field("v").Offset, Is.EqualTo(8));
        Assert.That(layout.Field("v").Size, Is.EqualTo(0));
        Assert.That(layout.Field("b").Offset, Is.EqualTo(8));
        Assert.That(layout.Size, Is.EqualTo(16));
    }

    [Test]
    public void GcStructFieldsFollowTheHeader()
    {
        var layout = TypeLayout.Of(GcStruct("list", ("length", Signed), ("items", Ptr(GcArray(Signed)))));

        Assert.That(layout.HasGcHeader, Is.True);
        Assert.That(layout.Field("length").Offset, Is.EqualTo(16));
        Assert.That(layout.Field("items").Offset, Is.EqualTo(24));
        Assert.That(layout.Size, Is.EqualTo(32));
        Assert.That(layout.GcPointerOffsets, Is.EqualTo(new[] { 24 }));
        Assert.That(layout.ToString(), Is.EqualTo("size 32 align 8 gcptrs [24]"));
    }

    [Test]
    public void EmptyGcStructIsJustTheHeader() =>
        Assert.That(TypeLayout.Of(GcStruct("object")).Size, Is.EqualTo(16));

    [Test]
    public void ParentIsEmbeddedAtOffsetZeroAndKeepsItsFieldOffsets()
    {
        var a = TypeLayout.Of(A());
        var b = TypeLayout.Of(B());
        var c = TypeLayout.Of(C());

        Assert.That(a.Fields.Select(f => (f.Name, f.Offset)), Is.EqualTo(new[] { ("typeptr", 16), ("x", 24) }));
        Assert.That(b.Fields.Select(f => (f.Name, f.Offset)), Is.EqualTo(new[] { ("super", 0), ("y", 32), ("z", 40) }));
        Assert.That(b.Field("super").Size, Is.EqualTo(a.Size));
        Assert.That(c.Fields.Select(f => (f.Name, f.Offset)), Is.EqualTo(new[] { ("super", 0), ("flag", 48) }));
        Assert.That(new[] { a.Size, b.Size, c.Size }, Is.EqualTo(new[] { 32, 48, 56 }));
    }

    [Test]
    public void SubclassTracesItsParentsPointersToo()
    {
        Assert.That(TypeLayout.Of(A()).GcPointerOffsets, Is.EqualTo(new[] { 24 }), "typeptr is a raw pointer");
        Assert.That(TypeLayout.Of(B()).GcPointerOffsets, Is.EqualTo(new[] { 24, 40 }));
        Assert.That(TypeLayout.Of(C()).GcPointerOffsets, Is.EqualTo(new[] { 24, 40 }));
    }

    [Test]
    public void InlinedRawStructIsTracedInsideAGcStruct()
    {
        var pair = Struct("pair", ("a", Signed), ("p", Ptr(s_other)));
        var layout = TypeLayout.Of(GcStruct("w", ("inner", pair), ("tail", Bool)));

        Assert.That(layout.Field("inner").Offset, Is.EqualTo(16));
        Assert.That(layout.Field("tail").Offset, Is.EqualTo(32));
        Assert.That(layout.Size, Is.EqualTo(40));
        Assert.That(layout.GcPointerOffsets, Is.EqualTo(new[] { 24 }));
    }

    [Test]
    public void FixedSizeArrayOfPointersIsTracedItemByItem()
    {
        var slots = FixedSizeArray(Ptr(s_other), 3);
        var layout = TypeLayout.Of(GcStruct("h", ("n", Char), ("slots", slots)));

        Assert.That(TypeLayout.Of(slots).Size, Is.EqualTo(24));
        Assert.That(layout.Field("slots").Offset, Is.EqualTo(24));
        Assert.That(layout.Size, Is.EqualTo(48));
        Assert.That(layout.GcPointerOffsets, Is.EqualTo(new[] { 24, 32, 40 }));
    }

    [Test]
    public void RecursiveStructHasAFiniteLayout()
    {
        var forward = GcForwardReference();
        var node = GcStruct("node", ("value", Signed), ("next", Ptr(forward)));
        forward.Become(node);

        Assert.That(TypeLayout.Of(node).ToString(), Is.EqualTo("size 32 align 8 gcptrs [24]"));
        Assert.That(TypeLayout.Of(forward).Size, Is.EqualTo(32));
    }

    private static IEnumerable<TestCaseData> Arrays()
    {
        // type, length offset, items offset, item size, item GC pointers, size with 3 items
        yield return new TestCaseData(GcArray(Signed), 16, 24, 8, System.Array.Empty<int>(), 48L).SetName("GcArrayOfSigned");
        yield return new TestCaseData(GcArray(Char), 16, 24, 1, System.Array.Empty<int>(), 32L).SetName("GcArrayOfChar");
        yield return new TestCaseData(GcArray(UniChar), 16, 24, 4, System.Array.Empty<int>(), 40L).SetName("GcArrayOfUniChar");
        yield return new TestCaseData(GcArray(Ptr(s_other)), 16, 24, 8, new[] { 0 }, 48L).SetName("GcArrayOfPointers");
        yield return new TestCaseData(GcArray(GCREF), 16, 24, 8, new[] { 0 }, 48L).SetName("GcArrayOfGcrefs");
        yield return new TestCaseData(GcArray(Address), 16, 24, 8, System.Array.Empty<int>(), 48L).SetName("GcArrayOfAddresses");
        yield return new TestCaseData(GcArray(Struct("entry", ("key", Ptr(s_other)), ("value", Signed), ("flag", Bool))), 16, 24, 24, new[] { 0 }, 96L)
            .SetName("GcArrayOfEntryStructs");
        yield return new TestCaseData(GcArray(Struct("kv", ("value", Float), ("key", GCREF))), 16, 24, 16, new[] { 8 }, 72L)
            .SetName("GcArrayOfStructsWithAPointerSecond");
        yield return new TestCaseData(Array(Signed), 0, 8, 8, System.Array.Empty<int>(), 32L).SetName("RawArrayOfSigned");
        yield return new TestCaseData(GcStruct("rpy_string", ("hash", Signed), ("chars", Array(Char))), 24, 32, 1, System.Array.Empty<int>(), 40L)
            .SetName("VarSizedString");
        yield return new TestCaseData(GcStruct("s", ("next", Ptr(s_other)), ("items", Array(Ptr(s_other)))), 24, 32, 8, new[] { 0 }, 56L)
            .SetName("VarSizedStructOfPointers");
        yield return new TestCaseData(Struct("raw", ("flag", Bool), ("data", Array(UniChar))), 8, 16, 4, System.Array.Empty<int>(), 32L)
            .SetName("RawVarSizedStruct");
    }

    [TestCaseSource(nameof(Arrays))]
    public void VarSizedTypeHasLengthAndItemLayout(ContainerType type, int lengthOffset, int itemsOffset, int itemSize, int[] itemPointers, long sizeOfThree)
    {
        var varSize = TypeLayout.Of(type).VarSize!;

        Assert.That(varSize, Is.Not.Null);
        Assert.That(varSize.LengthOffset, Is.EqualTo(lengthOffset));
        Assert.That(varSize.ItemsOffset, Is.EqualTo(itemsOffset));
        Assert.That(varSize.ItemSize, Is.EqualTo(itemSize));
        Assert.That(varSize.ItemGcPointerOffsets, Is.EqualTo(itemPointers));
        Assert.That(varSize.SizeFor(3), Is.EqualTo(sizeOfThree));
        Assert.That(TypeLayout.Of(type).Size, Is.EqualTo(varSize.FixedSize));
    }

    [Test]
    public void VarSizedStructPlacesItsArrayAfterTheFixedFields()
    {
        var layout = TypeLayout.Of(GcStruct("s", ("next", Ptr(s_other)), ("items", Array(Ptr(s_other)))));

        Assert.That(layout.Field("next").Offset, Is.EqualTo(16));
        Assert.That(layout.Field("items").Offset, Is.EqualTo(24));
        Assert.That(layout.GcPointerOffsets, Is.EqualTo(new[] { 16 }), "the items are traced through VarSize");
        Assert.That(layout.Size, Is.EqualTo(32));
        Assert.That(layout.ToString(), Is.EqualTo("size 32 align 8 gcptrs [16] varsize length@24 items@32 itemsize 8 item gcptrs [0]"));
    }

    [Test]
    public void EmptyArrayIsItsFixedPart()
    {
        Assert.That(TypeLayout.Of(GcArray(Char)).VarSize!.SizeFor(0), Is.EqualTo(24));
        Assert.That(TypeLayout.Of(GcArray(Void)).VarSize!.SizeFor(1000), Is.EqualTo(24));
    }

    [Test]
    public void SizeForRejectsNegativeAndOverflowingLengths()
    {
        var varSize = TypeLayout.Of(GcArray(Signed)).VarSize!;

        Assert.That(() => varSize.SizeFor(-1), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => varSize.SizeFor(long.MaxValue / 4), Throws.InstanceOf<OverflowException>());
    }

    [Test]
    public void ContainersOnlyUsedThroughPointersHaveNoLayout()
    {
        Assert.That(() => TypeLayout.Of(Func([], Void)), Throws.ArgumentException.With.Message.Contains("has no layout"));
        Assert.That(() => TypeLayout.Of(GCREF.Target), Throws.ArgumentException.With.Message.Contains("GcOpaque GCREF has no layout"));
        Assert.That(() => TypeLayout.Of(GcForwardReference()), Throws.ArgumentException.With.Message.Contains("has no layout"));
    }

    [Test]
    public void UnknownFieldIsRejected() =>
        Assert.That(() => TypeLayout.Of(A()).Field("y"), Throws.ArgumentException.With.Message.Contains("has no field 'y'"));

    [Test]
    public void TypeIdsFollowRegistrationOrderFromOne()
    {
        var table = new TypeLayoutTable();

        Assert.That(table.Register(GcArray(Signed)), Is.EqualTo(1));
        Assert.That(table.Register(A()), Is.EqualTo(2));
        Assert.That(table.Register(GcArray(Char)), Is.EqualTo(3));
        Assert.That(table.Register(A()), Is.EqualTo(2), "an equal type built again keeps its id");
        Assert.That(table.TypeIdOf(GcArray(Char)), Is.EqualTo(3));
        Assert.That(table.Types.Select(t => t.TypeId), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(table[2].Layout.GcPointerOffsets, Is.EqualTo(new[] { 24 }));
        Assert.That(table[1].Layout.VarSize!.ItemsOffset, Is.EqualTo(24));
    }

    [Test]
    public void SameRegistrationsGiveTheSameTable()
    {
        static string Build(bool swapped)
        {
            var table = new TypeLayoutTable();
            table.Register(swapped ? B() : A());
            table.Register(swapped ? A() : B());
            return table.Dump();
        }

        string first = Build(swapped: false);
        string second = Build(swapped: false);

        Assert.That(second, Is.EqualTo(first));
        Assert.That(Build(swapped: true), Is.Not.EqualTo(first));
    }

    [Test]
    public void ResolvedForwardReferenceRegistersAsItsStruct()
    {
        var forward = GcForwardReference();
        var node = GcStruct("node", ("next", Ptr(forward)));
        forward.Become(node);
        var table = new TypeLayoutTable();

        Assert.That(table.Register(forward), Is.EqualTo(table.Register(node)));
        Assert.That(table[1].Type, Is.SameAs(node));
    }

    [Test]
    public void OnlyGcStructsAndArraysGetTypeIds()
    {
        var table = new TypeLayoutTable();

        Assert.That(() => table.Register(Struct("raw", ("a", Signed))), Throws.ArgumentException.With.Message.Contains("only GC structs and arrays"));
        Assert.That(() => table.Register(GCREF.Target), Throws.ArgumentException.With.Message.Contains("only GC structs and arrays"));
        Assert.That(() => table.Register(GcForwardReference()), Throws.ArgumentException.With.Message.Contains("only GC structs and arrays"));
    }

    [Test]
    public void UnknownTypesAndIdsAreRejected()
    {
        var table = new TypeLayoutTable();
        table.Register(A());

        Assert.That(() => table.TypeIdOf(B()), Throws.ArgumentException.With.Message.Contains("was not registered"));
        Assert.That(() => table[0], Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => table[2], Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void InstanceTypeIdsAnswerIsInstanceThroughClassRanges()
    {
        var classes = new ClassHierarchyIds([("A", null), ("B", "A"), ("C", "B"), ("D", "A")]);
        var table = new TypeLayoutTable();
        int a = table.RegisterInstance(A(), classes.RangeOf("A"));
        int b = table.RegisterInstance(B(), classes.RangeOf("B"));
        int c = table.RegisterInstance(C(), classes.RangeOf("C"));
        int d = table.RegisterInstance(GcStruct("D", ("super", A())), classes.RangeOf("D"));
        int array = table.Register(GcArray(Signed));

        Assert.That(table[c].ClassRange, Is.EqualTo(new ClassRange(3, 4)));
        Assert.That(new[] { a, b, c, d }.Select(id => table.IsInstance(id, classes.RangeOf("A"))), Is.All.True);
        Assert.That(new[] { a, b, c, d }.Select(id => table.IsInstance(id, classes.RangeOf("B"))), Is.EqualTo(new[] { false, true, true, false }));
        Assert.That(table.IsInstance(c, classes.RangeOf("D")), Is.False);
        Assert.That(table.IsInstance(array, classes.RangeOf("A")), Is.False, "an array is no instance");
    }

    [Test]
    public void TypeRegisteredWithAnotherClassRangeIsRejected()
    {
        var table = new TypeLayoutTable();
        table.RegisterInstance(A(), new ClassRange(1, 3));

        Assert.That(() => table.RegisterInstance(A(), new ClassRange(2, 3)), Throws.ArgumentException.With.Message.Contains("already registered with class range [1, 3)"));
        Assert.That(() => table.Register(A()), Throws.ArgumentException.With.Message.Contains("already registered"));
        Assert.That(table.RegisterInstance(A(), new ClassRange(1, 3)), Is.EqualTo(1));
    }

    [Test]
    public void TableDumpsOneTypePerIdWithItsLayout()
    {
        var table = new TypeLayoutTable();
        table.RegisterInstance(A(), new ClassRange(1, 2));
        table.Register(GcArray(Ptr(s_other)));
        table.Register(GcStruct("rpy_string", ("hash", Signed), ("chars", Array(Char))));

        Assert.That(table.Dump(), Is.EqualTo(
            "1: GcStruct A { typeptr: Ptr(Struct vtable { subclassrange_min: Signed, subclassrange_max: Signed }), x: Ptr(GcStruct other { n: Signed }) }\n" +
            "    size 32 align 8 gcptrs [24] class [1, 2)\n" +
            "2: GcArray(Ptr(GcStruct other { n: Signed }))\n" +
            "    size 24 align 8 gcptrs [] varsize length@16 items@24 itemsize 8 item gcptrs [0]\n" +
            "3: GcStruct rpy_string { hash: Signed, chars: Array(Char) }\n" +
            "    size 32 align 8 gcptrs [] varsize length@24 items@32 itemsize 1 item gcptrs []\n"));
    }
}
