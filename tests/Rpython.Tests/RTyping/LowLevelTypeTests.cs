using Rpython.Translator.RTyping;

namespace Rpython.Tests.RTyping;

// Inside the namespace, so that Char, Void and Array mean the low-level types, not System's.
using static Rpython.Translator.RTyping.LowLevelTypes;

/// <summary>
/// The low-level types: their text forms (golden strings), structural equality and hashing (recursive
/// types included: both must terminate and agree), forward references, the navigation helpers the
/// RTyper uses, and the constructors' rejection of ill-formed types.
/// </summary>
[TestFixture]
internal sealed class LowLevelTypeTests
{
    private static StructType List(LowLevelType item) => GcStruct("list", ("length", Signed), ("items", Ptr(GcArray(item))));

    // node { value: Signed, next: Ptr(node) }, built anew at each call.
    private static StructType LinkedNode(LowLevelType value)
    {
        var forward = GcForwardReference();
        var node = GcStruct("node", ("value", value), ("next", Ptr(forward)));
        forward.Become(node);
        return node;
    }

    private static StructType Parent() => GcStruct("A", ("x", Signed));

    private static StructType Child() => GcStruct("B", ("super", Parent()), ("y", Signed));

    private static IEnumerable<TestCaseData> Primitives()
    {
        yield return new TestCaseData(Signed).Returns("Signed");
        yield return new TestCaseData(Unsigned).Returns("Unsigned");
        yield return new TestCaseData(SignedLongLong).Returns("SignedLongLong");
        yield return new TestCaseData(UnsignedLongLong).Returns("UnsignedLongLong");
        yield return new TestCaseData(Float).Returns("Float");
        yield return new TestCaseData(SingleFloat).Returns("SingleFloat");
        yield return new TestCaseData(Bool).Returns("Bool");
        yield return new TestCaseData(Char).Returns("Char");
        yield return new TestCaseData(UniChar).Returns("UniChar");
        yield return new TestCaseData(Void).Returns("Void");
        yield return new TestCaseData(Address).Returns("Address");
    }

    [TestCaseSource(nameof(Primitives))]
    public string PrimitivePrintsItsName(PrimitiveType type) => type.ToString();

    private static IEnumerable<TestCaseData> TextForms()
    {
        yield return new TestCaseData(Ptr(List(Signed)))
            .Returns("Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) })").SetName("TextOfList");
        yield return new TestCaseData(Struct("point", ("x", Signed), ("y", Float)))
            .Returns("Struct point { x: Signed, y: Float }").SetName("TextOfRawStruct");
        yield return new TestCaseData(GcStruct("object"))
            .Returns("GcStruct object {}").SetName("TextOfEmptyStruct");
        yield return new TestCaseData(Ptr(new StructType("rpy_string", isGc: true,
                [new("hash", Signed), new("chars", new ArrayType(Char, isGc: false, immutable: true))], immutable: true)))
            .Returns("Ptr(GcStruct rpy_string immutable { hash: Signed, chars: Array(Char, immutable) })").SetName("TextOfImmutableString");
        yield return new TestCaseData(Child())
            .Returns("GcStruct B { super: GcStruct A { x: Signed }, y: Signed }").SetName("TextOfSubclass");
        yield return new TestCaseData(Ptr(Func([Signed, Ptr(GcArray(Char))], Bool)))
            .Returns("Ptr(Func((Signed, Ptr(GcArray(Char))) -> Bool))").SetName("TextOfFunctionPointer");
        yield return new TestCaseData(Ptr(Func([], Void)))
            .Returns("Ptr(Func(() -> Void))").SetName("TextOfFunctionWithoutArguments");
        yield return new TestCaseData(FixedSizeArray(Char, 4))
            .Returns("FixedSizeArray(Char, 4)").SetName("TextOfFixedSizeArray");
        yield return new TestCaseData(GCREF)
            .Returns("Ptr(GcOpaque GCREF)").SetName("TextOfGcref");
        yield return new TestCaseData(Ptr(new OpaqueType("lock", isGc: false)))
            .Returns("Ptr(Opaque lock)").SetName("TextOfRawOpaque");
        yield return new TestCaseData(Ptr(LinkedNode(Signed)))
            .Returns("Ptr(GcStruct node { value: Signed, next: Ptr(GcStruct node) })").SetName("TextOfRecursiveStruct");
        yield return new TestCaseData(Ptr(GcForwardReference()))
            .Returns("Ptr(GcForwardReference)").SetName("TextOfUnresolvedForwardReference");
        yield return new TestCaseData(Ptr(ForwardReference()))
            .Returns("Ptr(ForwardReference)").SetName("TextOfUnresolvedRawForwardReference");
    }

    [TestCaseSource(nameof(TextForms))]
    public string TypePrintsItsStableTextForm(LowLevelType type) => type.ToString();

    [Test]
    public void MutuallyRecursiveStructsPrintEachEnclosingStructByName()
    {
        var forwardA = GcForwardReference();
        var b = GcStruct("B", ("a", Ptr(forwardA)));
        var a = GcStruct("A", ("b", Ptr(b)), ("self", Ptr(forwardA)));
        forwardA.Become(a);

        Assert.That(a.ToString(), Is.EqualTo("GcStruct A { b: Ptr(GcStruct B { a: Ptr(GcStruct A) }), self: Ptr(GcStruct A) }"));
        Assert.That(b.ToString(), Is.EqualTo("GcStruct B { a: Ptr(GcStruct A { b: Ptr(GcStruct B), self: Ptr(GcStruct A) }) }"));
    }

    [Test]
    public void StructSeenTwiceWithoutRecursionIsPrintedInFullBothTimes()
    {
        var pair = GcStruct("pair", ("first", Ptr(Parent())), ("second", Ptr(Parent())));

        Assert.That(pair.ToString(), Is.EqualTo("GcStruct pair { first: Ptr(GcStruct A { x: Signed }), second: Ptr(GcStruct A { x: Signed }) }"));
    }

    [Test]
    public void StructsBuiltSeparatelyAreEqualAndHashAlike()
    {
        var one = Ptr(List(Signed));
        var two = Ptr(List(Signed));

        Assert.That(one, Is.Not.SameAs(two));
        Assert.That(one, Is.EqualTo(two));
        Assert.That(one == two, Is.True, "== is structural");
        Assert.That(one != two, Is.False);
        Assert.That(one == Ptr(List(Float)), Is.False);
        Assert.That(one.GetHashCode(), Is.EqualTo(two.GetHashCode()));
        Assert.That(new HashSet<LowLevelType> { one, two }, Has.Count.EqualTo(1));
    }

    private static IEnumerable<TestCaseData> DifferentTypes()
    {
        yield return new TestCaseData(Signed, SignedLongLong).SetName("SignedIsNotSignedLongLong");
        yield return new TestCaseData(Unsigned, UnsignedLongLong).SetName("UnsignedIsNotUnsignedLongLong");
        yield return new TestCaseData(Char, UniChar).SetName("CharIsNotUniChar");
        yield return new TestCaseData(List(Signed), List(Float)).SetName("StructsDifferInAFieldType");
        yield return new TestCaseData(GcStruct("s", ("a", Signed)), GcStruct("t", ("a", Signed))).SetName("StructsDifferInName");
        yield return new TestCaseData(GcStruct("s", ("a", Signed)), GcStruct("s", ("b", Signed))).SetName("StructsDifferInAFieldName");
        yield return new TestCaseData(GcStruct("s", ("a", Signed)), GcStruct("s", ("a", Signed), ("b", Signed))).SetName("StructsDifferInFieldCount");
        yield return new TestCaseData(GcStruct("s", ("a", Signed)), Struct("s", ("a", Signed))).SetName("GcStructIsNotStruct");
        yield return new TestCaseData(GcStruct("s", ("a", Signed)), new StructType("s", isGc: true, [new("a", Signed)], immutable: true))
            .SetName("StructsDifferInImmutability");
        yield return new TestCaseData(GcArray(Signed), Array(Signed)).SetName("GcArrayIsNotArray");
        yield return new TestCaseData(GcArray(Char), new ArrayType(Char, isGc: true, immutable: true)).SetName("ArraysDifferInImmutability");
        yield return new TestCaseData(FixedSizeArray(Signed, 2), FixedSizeArray(Signed, 3)).SetName("FixedSizeArraysDifferInLength");
        yield return new TestCaseData(Func([Signed], Signed), Func([Signed, Signed], Signed)).SetName("FunctionsDifferInArguments");
        yield return new TestCaseData(Func([Signed], Signed), Func([Signed], Bool)).SetName("FunctionsDifferInResult");
        yield return new TestCaseData(new OpaqueType("x", isGc: true), new OpaqueType("x", isGc: false)).SetName("OpaqueTypesDifferInGcness");
        yield return new TestCaseData(Ptr(GcArray(Signed)), GcArray(Signed)).SetName("PointerIsNotItsTarget");
        yield return new TestCaseData(LinkedNode(Signed), LinkedNode(Float)).SetName("RecursiveStructsDifferInAFieldType");
    }

    [TestCaseSource(nameof(DifferentTypes))]
    public void DifferentTypesAreNotEqual(LowLevelType left, LowLevelType right)
    {
        Assert.That(left, Is.Not.EqualTo(right));
        Assert.That(right, Is.Not.EqualTo(left));
    }

    [Test]
    public void RecursiveStructsBuiltSeparatelyAreEqualAndHashAlike()
    {
        var one = LinkedNode(Signed);
        var two = LinkedNode(Signed);

        Assert.That(one, Is.EqualTo(two));
        Assert.That(one.GetHashCode(), Is.EqualTo(two.GetHashCode()));
        Assert.That(new HashSet<LowLevelType> { Ptr(one), Ptr(two) }, Has.Count.EqualTo(1));
    }

    [Test]
    public void RecursiveStructEqualsItsUnrollingOverTwoStructs()
    {
        // node -> node, against node1 -> node2 -> node1: the same infinite type.
        var single = LinkedNode(Signed);
        var forward = GcForwardReference();
        var second = GcStruct("node", ("value", Signed), ("next", Ptr(forward)));
        var first = GcStruct("node", ("value", Signed), ("next", Ptr(second)));
        forward.Become(first);

        Assert.That(single, Is.EqualTo(first));
        Assert.That(second, Is.EqualTo(single));
        Assert.That(single.GetHashCode(), Is.EqualTo(first.GetHashCode()));
    }

    [Test]
    public void StructsDifferingOnlyBelowTheHashDepthAreNotEqual()
    {
        static StructType Chain(LowLevelType leaf, int depth) =>
            depth == 0 ? GcStruct("s", ("v", leaf)) : GcStruct("s", ("next", Ptr(Chain(leaf, depth - 1))));

        var deep = Chain(Signed, 6);
        var sameDeep = Chain(Signed, 6);

        Assert.That(deep, Is.Not.EqualTo(Chain(Float, 6)));
        Assert.That(deep, Is.EqualTo(sameDeep));
    }

    [Test]
    public void ResolvedForwardReferenceIsTransparent()
    {
        var forward = GcForwardReference();
        var node = GcStruct("node", ("next", Ptr(forward)));
        forward.Become(node);

        Assert.That(Ptr(forward), Is.EqualTo(Ptr(node)));
        Assert.That(Ptr(forward).GetHashCode(), Is.EqualTo(Ptr(node).GetHashCode()));
        Assert.That(Ptr(forward).Target, Is.SameAs(node));
        Assert.That(((PtrType)node.FieldType("next")).Target, Is.SameAs(node));
        Assert.That(forward.IsVarSize, Is.False);
    }

    [Test]
    public void UnresolvedForwardReferenceEqualsOnlyItselfAndCannotBeHashed()
    {
        var forward = GcForwardReference();
        var pointer = Ptr(forward);
        var samePointer = Ptr(forward);

        Assert.That(pointer, Is.EqualTo(samePointer));
        Assert.That(Ptr(forward), Is.Not.EqualTo(Ptr(GcForwardReference())));
        Assert.That(() => Ptr(forward).GetHashCode(), Throws.InvalidOperationException.With.Message.Contains("unresolved GcForwardReference"));
    }

    [Test]
    public void ForwardReferenceBecomesOnlyOnceAndOnlyAStructOfItsKind()
    {
        var forward = GcForwardReference();
        forward.Become(GcStruct("a"));

        Assert.That(() => forward.Become(GcStruct("b")), Throws.InvalidOperationException.With.Message.Contains("already became a"));
        Assert.That(() => ForwardReference().Become(GcStruct("c")), Throws.ArgumentException.With.Message.Contains("GC struct c"));
        Assert.That(() => GcForwardReference().Become(Struct("d")), Throws.ArgumentException.With.Message.Contains("non-GC struct d"));
    }

    [Test]
    public void PointerIsGcExactlyWhenItsTargetIs()
    {
        Assert.That(GCREF.IsGc, Is.True);
        Assert.That(Ptr(List(Signed)).IsGc, Is.True);
        Assert.That(Ptr(GcArray(Char)).IsGc, Is.True);
        Assert.That(Ptr(GcForwardReference()).IsGc, Is.True);
        Assert.That(Ptr(Struct("raw", ("a", Signed))).IsGc, Is.False);
        Assert.That(Ptr(Func([], Void)).IsGc, Is.False);
        Assert.That(Ptr(FixedSizeArray(Signed, 2)).IsGc, Is.False);
    }

    [Test]
    public void SubclassStructKnowsItsParentChain()
    {
        var a = Parent();
        var b = Child();
        var c = GcStruct("C", ("super", b), ("z", Bool));

        Assert.That(c.Super, Is.EqualTo(b));
        Assert.That(b.Super, Is.EqualTo(a));
        Assert.That(a.Super, Is.Null);
        Assert.That(c.InheritsFrom(a), Is.True);
        Assert.That(c.InheritsFrom(c), Is.True);
        Assert.That(a.InheritsFrom(b), Is.False);
        Assert.That(Struct("raw", ("inner", Struct("inner", ("a", Signed)))).Super, Is.Null, "raw structs do not inherit");
    }

    [Test]
    public void FieldTypeFindsFieldsAndRejectsUnknownNames()
    {
        var list = List(Signed);

        Assert.That(list.FieldType("items"), Is.EqualTo(Ptr(GcArray(Signed))));
        Assert.That(() => list.FieldType("size"), Throws.ArgumentException.With.Message.Contains("struct list has no field 'size'"));
    }

    [Test]
    public void StructWithATrailingArrayIsVarSized()
    {
        Assert.That(GcStruct("rpy_string", ("hash", Signed), ("chars", Array(Char))).IsVarSize, Is.True);
        Assert.That(List(Signed).IsVarSize, Is.False);
        Assert.That(GcArray(Signed).IsVarSize, Is.True);
        Assert.That(FixedSizeArray(Signed, 3).IsVarSize, Is.False);
    }

    private static IEnumerable<TestCaseData> IllFormedTypes()
    {
        yield return new TestCaseData(new TestDelegate(() => GcStruct("s", ("a", Signed), ("parent", Parent()))), "GC container")
            .SetName("GcStructOnlyAsFirstField");
        yield return new TestCaseData(new TestDelegate(() => Struct("s", ("parent", Parent()))), "GC container")
            .SetName("RawStructCannotInheritFromGcStruct");
        yield return new TestCaseData(new TestDelegate(() => GcStruct("s", ("items", GcArray(Signed)))), "var-sized")
            .SetName("GcArrayCannotBeInlined");
        yield return new TestCaseData(new TestDelegate(() => GcStruct("s", ("items", Array(Signed)), ("n", Signed))), "must be the last field")
            .SetName("InlinedArrayMustBeLast");
        yield return new TestCaseData(new TestDelegate(() => GcStruct("s", ("a", Signed), ("a", Float))), "duplicate field name")
            .SetName("DuplicateFieldNames");
        yield return new TestCaseData(new TestDelegate(() => GcStruct("s", ("next", GcForwardReference()))), "only be used through a Ptr")
            .SetName("ForwardReferenceOnlyThroughPtr");
        yield return new TestCaseData(new TestDelegate(() => Struct("s", ("f", Func([], Void)))), "has no size")
            .SetName("FunctionOnlyThroughPtr");
        yield return new TestCaseData(new TestDelegate(() => Struct("s", ("v", Struct("v", ("items", Array(Char)))))), "var-sized")
            .SetName("VarSizedStructCannotBeInlined");
        yield return new TestCaseData(new TestDelegate(() => GcArray(Parent())), "GC container")
            .SetName("ArrayOfGcStructs");
        yield return new TestCaseData(new TestDelegate(() => GcArray(Array(Signed))), "var-sized")
            .SetName("ArrayOfArrays");
        yield return new TestCaseData(new TestDelegate(() => FixedSizeArray(new OpaqueType("o", isGc: false), 2)), "has no size")
            .SetName("FixedSizeArrayOfOpaque");
        yield return new TestCaseData(new TestDelegate(() => Func([Struct("p", ("a", Signed))], Void)), "primitives and pointers")
            .SetName("FunctionTakesNoStructByValue");
        yield return new TestCaseData(new TestDelegate(() => GcStruct("")), "needs a name")
            .SetName("StructNeedsAName");
    }

    [TestCaseSource(nameof(IllFormedTypes))]
    public void IllFormedTypeIsRejected(TestDelegate build, string message) =>
        Assert.That(build, Throws.ArgumentException.With.Message.Contains(message));

    [Test]
    public void FixedSizeArrayRejectsANegativeLength() =>
        Assert.That(() => FixedSizeArray(Signed, -1), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
