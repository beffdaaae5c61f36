using Rpython.Translator.Annotation;

namespace Rpython.Tests.Annotation;

/// <summary>
/// The annotation lattice: every union rule and error of Lattice.Union (both ways round), the
/// constant rule, Contains, the unification of list and dict definitions and the reflows it causes,
/// attributes moving up the class tree, and the text of annotations. Results are compared as text,
/// which shows every field of an annotation.
/// </summary>
[TestFixture]
internal sealed class LatticeTests
{
    private sealed record TestDesc(DescKind Kind, string Name) : Desc(Kind, Name);

    private sealed class RecordingScheduler : IReflowScheduler
    {
        public List<object> Reflowed { get; } = [];

        public void Reflow(object readLocation) => Reflowed.Add(readLocation);
    }

    // The class tree of the table-driven cases, which never give it attributes: A <- B, A <- C; X.
    private static readonly RecordingScheduler s_tableScheduler = new();
    private static readonly ClassDef s_a = new("A", s_tableScheduler);
    private static readonly ClassDef s_b = new("B", s_a);
    private static readonly ClassDef s_c = new("C", s_a);
    private static readonly ClassDef s_x = new("X", s_tableScheduler);

    private static readonly SomeValue s_impossible = SomeImpossibleValue.Instance;
    private static readonly SomeValue s_none = SomeNone.Instance;

    private static SomeInteger Int(bool nonneg = false, IntegerKind kind = IntegerKind.Signed) => new(nonneg, kind);

    private static SomeString Str(bool canBeNone = false, bool noNul = false) => new(canBeNone, noNul);

    private static SomeTuple Tuple(params SomeValue[] items) => new([.. items]);

    private static SomeInstance Instance(ClassDef classDef, bool canBeNone = false) => new(classDef, canBeNone);

    private static SomePbc Pbc(DescKind kind, params string[] names) => new(names.Select(n => new TestDesc(kind, n)));

    private static SomePbc Functions(params string[] names) => Pbc(DescKind.Function, names);

    private static IEnumerable<TestCaseData> Unions()
    {
        // The bottom and None.
        yield return new TestCaseData(s_impossible, Int()).Returns("int");
        yield return new TestCaseData(s_impossible, s_impossible).Returns("impossible");
        yield return new TestCaseData(s_impossible, s_none).Returns("None");
        yield return new TestCaseData(s_none, s_none).Returns("None");
        yield return new TestCaseData(s_none, Str()).Returns("str or None");
        yield return new TestCaseData(s_none, Str(noNul: true)).Returns("str(no_nul) or None");
        yield return new TestCaseData(s_none, new SomeChar()).Returns("str or None");
        yield return new TestCaseData(s_none, new SomeChar(noNul: true)).Returns("str(no_nul) or None");
        yield return new TestCaseData(s_none, new SomeUnicodeString()).Returns("unicode or None");
        yield return new TestCaseData(s_none, new SomeUnicodeCodePoint()).Returns("unicode or None");
        yield return new TestCaseData(s_none, Instance(s_b)).Returns("instance of B or None");
        yield return new TestCaseData(s_none, Functions("f")).Returns("function f or None");
        yield return new TestCaseData(s_none, Pbc(DescKind.Class, "A", "B")).Returns("classes {A, B} or None");
        // Integers.
        yield return new TestCaseData(Int(), Int()).Returns("int");
        yield return new TestCaseData(Int(nonneg: true), Int(nonneg: true)).Returns("int(nonneg)");
        yield return new TestCaseData(Int(nonneg: true), Int()).Returns("int");
        yield return new TestCaseData(Int(nonneg: true), Int(kind: IntegerKind.Unsigned)).Returns("r_uint");
        yield return new TestCaseData(Int(kind: IntegerKind.Unsigned), Int(kind: IntegerKind.Unsigned)).Returns("r_uint");
        yield return new TestCaseData(Int(), Int(kind: IntegerKind.LongLong)).Returns("r_longlong");
        yield return new TestCaseData(Int(nonneg: true, kind: IntegerKind.LongLong), Int(kind: IntegerKind.LongLong)).Returns("r_longlong");
        yield return new TestCaseData(Int(nonneg: true, kind: IntegerKind.LongLong), Int(nonneg: true)).Returns("r_longlong(nonneg)");
        yield return new TestCaseData(Int(kind: IntegerKind.Unsigned), Int(kind: IntegerKind.ULongLong)).Returns("r_ulonglong");
        yield return new TestCaseData(Int(nonneg: true), Int(kind: IntegerKind.ULongLong)).Returns("r_ulonglong");
        // Bool is a non-negative int.
        yield return new TestCaseData(new SomeBool(), new SomeBool()).Returns("bool");
        yield return new TestCaseData(new SomeBool(), Int()).Returns("int");
        yield return new TestCaseData(new SomeBool(), Int(nonneg: true)).Returns("int(nonneg)");
        yield return new TestCaseData(new SomeBool(), Int(kind: IntegerKind.Unsigned)).Returns("r_uint");
        yield return new TestCaseData(Int(kind: IntegerKind.ULongLong), new SomeBool()).Returns("r_ulonglong");
        // Floats take integers.
        yield return new TestCaseData(new SomeFloat(), new SomeFloat()).Returns("float");
        yield return new TestCaseData(new SomeFloat(), Int()).Returns("float");
        yield return new TestCaseData(new SomeFloat(), new SomeBool()).Returns("float");
        yield return new TestCaseData(new SomeFloat(), Int(kind: IntegerKind.ULongLong)).Returns("float");
        // Strings.
        yield return new TestCaseData(Str(), Str()).Returns("str");
        yield return new TestCaseData(Str(), Str(canBeNone: true)).Returns("str or None");
        yield return new TestCaseData(Str(noNul: true), Str(noNul: true)).Returns("str(no_nul)");
        yield return new TestCaseData(Str(noNul: true), Str()).Returns("str");
        yield return new TestCaseData(new SomeChar(), new SomeChar()).Returns("char");
        yield return new TestCaseData(new SomeChar(noNul: true), new SomeChar(noNul: true)).Returns("char(no_nul)");
        yield return new TestCaseData(new SomeChar(noNul: true), new SomeChar()).Returns("char");
        yield return new TestCaseData(new SomeChar(), Str()).Returns("str");
        yield return new TestCaseData(new SomeChar(noNul: true), Str(canBeNone: true, noNul: true)).Returns("str(no_nul) or None");
        yield return new TestCaseData(new SomeUnicodeCodePoint(), new SomeUnicodeCodePoint()).Returns("unichar");
        yield return new TestCaseData(new SomeUnicodeCodePoint(), new SomeUnicodeString(canBeNone: true)).Returns("unicode or None");
        // Tuples, itemwise.
        yield return new TestCaseData(Tuple(), Tuple()).Returns("tuple()");
        yield return new TestCaseData(Tuple(Int(nonneg: true), new SomeChar()), Tuple(Int(), Str())).Returns("tuple(int, str)");
        yield return new TestCaseData(Tuple(Tuple(new SomeBool())), Tuple(Tuple(new SomeFloat()))).Returns("tuple(tuple(float))");
        // Instances: the common base class.
        yield return new TestCaseData(Instance(s_b), Instance(s_c)).Returns("instance of A");
        yield return new TestCaseData(Instance(s_b), Instance(s_a)).Returns("instance of A");
        yield return new TestCaseData(Instance(s_b), Instance(s_b, canBeNone: true)).Returns("instance of B or None");
        yield return new TestCaseData(Instance(s_b, canBeNone: true), Instance(s_c)).Returns("instance of A or None");
        // Prebuilt constants: the union of the descriptions.
        yield return new TestCaseData(Functions("g"), Functions("f")).Returns("functions {f, g}");
        yield return new TestCaseData(Functions("f", "g"), Functions("g")).Returns("functions {f, g}");
        yield return new TestCaseData(new SomePbc([new TestDesc(DescKind.Function, "g")], canBeNone: true), Functions("f")).Returns("functions {f, g} or None");
        yield return new TestCaseData(Pbc(DescKind.Method, "A.m"), Pbc(DescKind.Method, "B.m")).Returns("methods {A.m, B.m}");
        yield return new TestCaseData(Pbc(DescKind.Frozen, "space"), Pbc(DescKind.Frozen, "config")).Returns("prebuilt constants {config, space}");
        // Iterators: the union of the containers.
        yield return new TestCaseData(new SomeIterator(Str()), new SomeIterator(new SomeChar())).Returns("iterator(str)");
        yield return new TestCaseData(new SomeIterator(Tuple(Int()), "reversed"), new SomeIterator(Tuple(new SomeBool()), "reversed"))
            .Returns("iterator(tuple(int), reversed)");
        yield return new TestCaseData(new SomeBuiltin("len"), new SomeBuiltin("len")).Returns("builtin len");
        // Constants: kept when both sides are the same constant.
        yield return new TestCaseData(Int(nonneg: true).WithConst(5L), Int(nonneg: true).WithConst(5L)).Returns("int(nonneg) = 5");
        yield return new TestCaseData(Int(nonneg: true).WithConst(5L), Int(nonneg: true).WithConst(6L)).Returns("int(nonneg)");
        yield return new TestCaseData(Int(nonneg: true).WithConst(5L), Int()).Returns("int");
        yield return new TestCaseData(new SomeBool().WithConst(true), new SomeBool().WithConst(true)).Returns("bool = True");
        yield return new TestCaseData(new SomeBool().WithConst(true), new SomeBool().WithConst(false)).Returns("bool");
        yield return new TestCaseData(Int(nonneg: true).WithConst(1L), new SomeBool().WithConst(true)).Returns("int(nonneg)");
        yield return new TestCaseData(new SomeChar().WithConst("a"), Str().WithConst("a")).Returns("str = 'a'");
        yield return new TestCaseData(Str().WithConst("a"), Str().WithConst("b")).Returns("str");
        yield return new TestCaseData(s_none, Str().WithConst("a")).Returns("str or None");
        yield return new TestCaseData(new SomeFloat().WithConst(0.0), new SomeFloat().WithConst(-0.0)).Returns("float");
        yield return new TestCaseData(new SomeFloat().WithConst(double.NaN), new SomeFloat().WithConst(double.NaN)).Returns("float = nan");
        yield return new TestCaseData(new SomeFloat().WithConst(1.0), Int(nonneg: true).WithConst(1L)).Returns("float");
        yield return new TestCaseData(Tuple(Int(nonneg: true).WithConst(1L), Str()), Tuple(Int(nonneg: true).WithConst(1L), Str().WithConst("x")))
            .Returns("tuple(int(nonneg) = 1, str)");
    }

    [TestCaseSource(nameof(Unions))]
    public string UnionOf(SomeValue a, SomeValue b) => Lattice.Union(a, b).ToString();

    [TestCaseSource(nameof(Unions))]
    public string UnionIsSymmetric(SomeValue a, SomeValue b) => Lattice.Union(b, a).ToString();

    private static IEnumerable<TestCaseData> UnionOperands() => Unions().Select(c => new TestCaseData(c.Arguments));

    [TestCaseSource(nameof(UnionOperands))]
    public void UnionContainsBothSides(SomeValue a, SomeValue b)
    {
        var union = Lattice.Union(a, b);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Lattice.Contains(union, a), Is.True);
            Assert.That(Lattice.Contains(union, b), Is.True);
        }
    }

    private static IEnumerable<TestCaseData> UnionErrors()
    {
        yield return new TestCaseData(Int(), Str(), "cannot unify int and str");
        yield return new TestCaseData(Str(), Int(nonneg: true).WithConst(3L), "cannot unify str and int(nonneg)");
        yield return new TestCaseData(new SomeFloat(), new SomeChar(), "cannot unify float and char");
        yield return new TestCaseData(Str(), new SomeUnicodeString(), "cannot unify str and unicode");
        yield return new TestCaseData(new SomeChar(), new SomeUnicodeCodePoint(), "cannot unify char and unichar");
        yield return new TestCaseData(Tuple(Int()), Int(), "cannot unify tuple(int) and int");
        yield return new TestCaseData(Instance(s_a), Functions("f"), "cannot unify instance of A and function f");
        yield return new TestCaseData(new SomeBuiltin("len"), new SomeBuiltin("ord"), "cannot unify builtin len and builtin ord");
        yield return new TestCaseData(new SomeIterator(Str()), Str(), "cannot unify iterator(str) and str");
        // Signedness.
        yield return new TestCaseData(Int(), Int(kind: IntegerKind.Unsigned),
            "RPython cannot prove that these integers are of the same signedness: int and r_uint");
        yield return new TestCaseData(Int(kind: IntegerKind.ULongLong), Int(),
            "RPython cannot prove that these integers are of the same signedness: r_ulonglong and int");
        yield return new TestCaseData(Int(nonneg: true, kind: IntegerKind.LongLong), Int(kind: IntegerKind.Unsigned),
            "cannot unify r_longlong(nonneg) and r_uint");
        // None with a type that has no None.
        yield return new TestCaseData(s_none, Int(), "a value that can be None must not be an int (int and None cannot be mixed)");
        yield return new TestCaseData(Int(nonneg: true), s_none, "a value that can be None must not be an int (int(nonneg) and None cannot be mixed)");
        yield return new TestCaseData(s_none, Int(kind: IntegerKind.Unsigned), "a value that can be None must not be an r_uint (r_uint and None cannot be mixed)");
        yield return new TestCaseData(s_none, new SomeBool(), "a value that can be None must not be a bool (bool and None cannot be mixed)");
        yield return new TestCaseData(new SomeFloat(), s_none, "a value that can be None must not be a float (float and None cannot be mixed)");
        yield return new TestCaseData(s_none, Tuple(Int(), Str()), "a value that can be None must not be a tuple (tuple(int, str) and None cannot be mixed)");
        yield return new TestCaseData(s_none, new SomeIterator(Str()), "a value that can be None must not be an iterator (iterator(str) and None cannot be mixed)");
        yield return new TestCaseData(s_none, new SomeBuiltin("len"), "a value that can be None must not be a builtin len (builtin len and None cannot be mixed)");
        // Tuples, instances, prebuilt constants, iterators.
        yield return new TestCaseData(Tuple(Int(), Str()), Tuple(Int(), Str(), Int()), "RPython cannot unify tuples of different length: 2 versus 3");
        yield return new TestCaseData(Tuple(Int(), Str()), Tuple(Str(), Str()), "cannot unify int and str");
        yield return new TestCaseData(Instance(s_b), Instance(s_x), "RPython cannot unify instances with no common base class: B and X");
        yield return new TestCaseData(Instance(s_x, canBeNone: true), Instance(s_a), "RPython cannot unify instances with no common base class: X and A");
        yield return new TestCaseData(Functions("f"), Pbc(DescKind.Class, "A"),
            "RPython cannot mix functions and classes in one value: function f and class A");
        yield return new TestCaseData(Pbc(DescKind.Method, "A.m"), Pbc(DescKind.Frozen, "space", "config"),
            "RPython cannot mix methods and prebuilt constants in one value: method A.m and prebuilt constants {config, space}");
        yield return new TestCaseData(new SomeIterator(Str()), new SomeIterator(Str(), "reversed"),
            "RPython cannot unify iterators of different kinds: iterator(str) and iterator(str, reversed)");
    }

    [TestCaseSource(nameof(UnionErrors))]
    public void UnionFails(SomeValue a, SomeValue b, string message)
    {
        Assert.That(() => Lattice.Union(a, b), Throws.TypeOf<UnionError>().With.Message.EqualTo(message));
    }

    [Test]
    public void UnionErrorCarriesBothSides()
    {
        var a = Int();
        var b = Str();

        var error = Assert.Throws<UnionError>(() => Lattice.Union(a, b));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error?.Left, Is.SameAs(a));
            Assert.That(error?.Right, Is.SameAs(b));
        }
    }

    private static IEnumerable<TestCaseData> Containments()
    {
        yield return new TestCaseData(Int(), Int(nonneg: true)).Returns(true);
        yield return new TestCaseData(Int(nonneg: true), Int()).Returns(false);
        yield return new TestCaseData(Int(), s_impossible).Returns(true);
        yield return new TestCaseData(s_impossible, Int()).Returns(false);
        yield return new TestCaseData(s_impossible, s_impossible).Returns(true);
        yield return new TestCaseData(new SomeFloat(), Int()).Returns(true);
        yield return new TestCaseData(Int(), new SomeFloat()).Returns(false);
        yield return new TestCaseData(Int(), new SomeBool()).Returns(true);
        yield return new TestCaseData(new SomeBool(), Int(nonneg: true)).Returns(false);
        yield return new TestCaseData(Int(), Int(kind: IntegerKind.Unsigned)).Returns(false);
        yield return new TestCaseData(Str(canBeNone: true), s_none).Returns(true);
        yield return new TestCaseData(Str(), s_none).Returns(false);
        yield return new TestCaseData(Str(), new SomeChar()).Returns(true);
        yield return new TestCaseData(new SomeChar(), Str()).Returns(false);
        yield return new TestCaseData(Str(), Str(noNul: true)).Returns(true);
        yield return new TestCaseData(Str(noNul: true), Str()).Returns(false);
        yield return new TestCaseData(Int(), Int(nonneg: true).WithConst(5L)).Returns(true);
        yield return new TestCaseData(Int(nonneg: true).WithConst(5L), Int(nonneg: true)).Returns(false);
        yield return new TestCaseData(Int(), Str()).Returns(false);
        yield return new TestCaseData(Instance(s_a), Instance(s_b)).Returns(true);
        yield return new TestCaseData(Instance(s_b), Instance(s_a)).Returns(false);
        yield return new TestCaseData(Instance(s_a, canBeNone: true), Instance(s_c)).Returns(true);
        yield return new TestCaseData(Instance(s_a), Instance(s_c, canBeNone: true)).Returns(false);
        yield return new TestCaseData(Functions("f", "g"), Functions("g")).Returns(true);
        yield return new TestCaseData(Functions("g"), Functions("f", "g")).Returns(false);
        yield return new TestCaseData(Tuple(Int(), Str()), Tuple(new SomeBool(), new SomeChar())).Returns(true);
        yield return new TestCaseData(Tuple(Int(), Str()), Tuple(Int())).Returns(false);
    }

    [TestCaseSource(nameof(Containments))]
    public bool Contains(SomeValue big, SomeValue small) => Lattice.Contains(big, small);

    private static IEnumerable<TestCaseData> Texts()
    {
        var scheduler = new RecordingScheduler();
        yield return new TestCaseData(s_impossible).Returns("impossible");
        yield return new TestCaseData(s_none).Returns("None");
        yield return new TestCaseData(Int()).Returns("int");
        yield return new TestCaseData(Int(nonneg: true)).Returns("int(nonneg)");
        yield return new TestCaseData(Int(kind: IntegerKind.Unsigned)).Returns("r_uint");
        yield return new TestCaseData(Int(kind: IntegerKind.LongLong)).Returns("r_longlong");
        yield return new TestCaseData(Int(kind: IntegerKind.ULongLong)).Returns("r_ulonglong");
        yield return new TestCaseData(new SomeBool()).Returns("bool");
        yield return new TestCaseData(new SomeFloat()).Returns("float");
        yield return new TestCaseData(new SomeChar()).Returns("char");
        yield return new TestCaseData(Str()).Returns("str");
        yield return new TestCaseData(Str(canBeNone: true)).Returns("str or None");
        yield return new TestCaseData(new SomeUnicodeString(noNul: true)).Returns("unicode(no_nul)");
        yield return new TestCaseData(new SomeUnicodeCodePoint()).Returns("unichar");
        yield return new TestCaseData(Tuple(Int(), Str())).Returns("tuple(int, str)");
        yield return new TestCaseData(new SomeList(new ListDef(scheduler, Int()))).Returns("list(int)");
        yield return new TestCaseData(new SomeList(new ListDef(scheduler, Int(), resized: true))).Returns("list(int, resizable)");
        yield return new TestCaseData(new SomeList(new ListDef(scheduler, new SomeFloat(), mutated: true))).Returns("list(float, mutated)");
        yield return new TestCaseData(new SomeList(new ListDef(scheduler, Int(nonneg: true), rangeStep: 2))).Returns("list(int(nonneg), range step 2)");
        yield return new TestCaseData(new SomeList(new ListDef(scheduler, s_impossible))).Returns("list(impossible)");
        yield return new TestCaseData(new SomeDict(new DictDef(scheduler, Str(), Int()))).Returns("dict(str -> int)");
        yield return new TestCaseData(Instance(s_a)).Returns("instance of A");
        yield return new TestCaseData(Instance(s_a, canBeNone: true)).Returns("instance of A or None");
        yield return new TestCaseData(Functions("f")).Returns("function f");
        yield return new TestCaseData(Pbc(DescKind.Method, "A.m")).Returns("method A.m");
        yield return new TestCaseData(Pbc(DescKind.Class, "A")).Returns("class A");
        yield return new TestCaseData(Pbc(DescKind.Frozen, "space")).Returns("prebuilt constant space");
        yield return new TestCaseData(new SomeIterator(new SomeList(new ListDef(scheduler, Int())), "reversed")).Returns("iterator(list(int), reversed)");
        yield return new TestCaseData(new SomeBuiltin("len")).Returns("builtin len");
        yield return new TestCaseData(Int().WithConst(-3L)).Returns("int = -3");
        yield return new TestCaseData(Str().WithConst("it's")).Returns("str = 'it\\'s'"); // the escaping of flow dumps, not repr's choice of quotes
        yield return new TestCaseData(new SomeChar().WithConst("a")).Returns("char = 'a'");
        yield return new TestCaseData(new SomeBool().WithConst(false)).Returns("bool = False");
        yield return new TestCaseData(new SomeFloat().WithConst(1.5)).Returns("float = 1.5");
    }

    [TestCaseSource(nameof(Texts))]
    public string Text(SomeValue value) => value.ToString();

    [Test]
    public void FormatTypeLeavesTheConstantOut()
    {
        Assert.That(AnnotationFormatter.FormatType(Int(nonneg: true).WithConst(5L)), Is.EqualTo("int(nonneg)"));
    }

    [Test]
    public void EqualityIsStructural()
    {
        var (natural, sameNatural) = (Int(nonneg: true), Int(nonneg: true));
        var (pair, samePair) = (Tuple(Int(), Str()), Tuple(Int(), Str()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(natural, Is.EqualTo(sameNatural));
            Assert.That(natural.GetHashCode(), Is.EqualTo(sameNatural.GetHashCode()));
            Assert.That(Int(kind: IntegerKind.Unsigned), Is.EqualTo(Int(nonneg: true, kind: IntegerKind.Unsigned)), "unsigned is non-negative");
            Assert.That(new SomeBool(), Is.Not.EqualTo(Int(nonneg: true)));
            Assert.That(new SomeChar(), Is.Not.EqualTo(Str()));
            Assert.That(pair, Is.EqualTo(samePair));
            Assert.That(pair.GetHashCode(), Is.EqualTo(samePair.GetHashCode()));
            Assert.That(pair, Is.Not.EqualTo(Tuple(Str(), Int())));
            Assert.That(Functions("g", "f"), Is.EqualTo(Functions("f", "g")));
            Assert.That(Int().WithConst(1L), Is.Not.EqualTo(Int().WithConst(1)), "a long and an int are different constants");
            Assert.That(Int().WithConst(1L), Is.Not.EqualTo(Int()));
        }
    }

    [Test]
    public void ASinglePrebuiltConstantIsAConstant()
    {
        var f = new TestDesc(DescKind.Function, "f");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(new SomePbc([f]).IsConstant, Is.True);
            Assert.That(new SomePbc([f]).Const, Is.SameAs(f));
            Assert.That(new SomePbc([f], canBeNone: true).IsConstant, Is.False);
            Assert.That(Functions("f", "g").IsConstant, Is.False);
        }
    }

    [Test]
    public void PrebuiltConstantsOfSeveralKindsAreRejected()
    {
        Desc[] descs = [new TestDesc(DescKind.Function, "f"), new TestDesc(DescKind.Class, "A")];

        Assert.That(() => new SomePbc(descs), Throws.ArgumentException);
    }

    // Lists and dicts.

    [Test]
    public void UnionOfTwoListsUnifiesTheirDefinitions()
    {
        var scheduler = new RecordingScheduler();
        var first = new ListDef(scheduler, Int(nonneg: true));
        var second = new ListDef(scheduler, new SomeBool());

        var union = Lattice.Union(new SomeList(first), new SomeList(second));
        second.Generalize(new SomeFloat());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.SameAs(second), Is.True);
            Assert.That(union, Is.EqualTo(new SomeList(second)));
            Assert.That(new SomeList(first), Is.EqualTo(new SomeList(second)));
            Assert.That(new SomeList(first).GetHashCode(), Is.EqualTo(new SomeList(second).GetHashCode()));
            Assert.That(first.Item.ToString(), Is.EqualTo("float"));
            Assert.That(union.ToString(), Is.EqualTo("list(float)"));
        }
    }

    [Test]
    public void ListsOfDifferentDefinitionsDiffer()
    {
        var scheduler = new RecordingScheduler();
        var first = new SomeList(new ListDef(scheduler, Int()));
        var second = new SomeList(new ListDef(scheduler, Int()));

        Assert.That(first, Is.Not.EqualTo(second));
    }

    [Test]
    public void UnificationIsTransitive()
    {
        var scheduler = new RecordingScheduler();
        var a = new ListDef(scheduler, Int());
        var b = new ListDef(scheduler, Int());
        var c = new ListDef(scheduler, Int());
        var d = new ListDef(scheduler, Int());

        Lattice.Union(new SomeList(a), new SomeList(b));
        Lattice.Union(new SomeList(c), new SomeList(d));
        Lattice.Union(new SomeList(b), new SomeList(d));
        a.Generalize(new SomeFloat());

        Assert.That(new[] { a, b, c, d }.Select(l => l.Item.ToString()), Is.All.EqualTo("float"));
    }

    [Test]
    public void MergingReflowsTheReadersOfTheSideThatGrew()
    {
        var scheduler = new RecordingScheduler();
        var ints = new ListDef(scheduler, Int());
        var floats = new ListDef(scheduler, new SomeFloat());
        ints.ReadItem("int reader");
        floats.ReadItem("float reader");

        Lattice.Union(new SomeList(ints), new SomeList(floats));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scheduler.Reflowed, Is.EqualTo(new[] { "int reader" }));
            Assert.That(ints.ReadLocations, Is.EqualTo(new[] { "int reader", "float reader" }));
        }
    }

    [Test]
    public void GeneralizeReflowsEveryReaderOnlyWhenTheItemGrows()
    {
        var scheduler = new RecordingScheduler();
        var list = new ListDef(scheduler, Int(nonneg: true));
        Assert.That(list.ReadItem("first"), Is.EqualTo(Int(nonneg: true)));
        list.ReadItem("second");
        list.ReadItem("first");

        bool sameGrew = list.Generalize(new SomeBool());
        var afterSame = scheduler.Reflowed.ToList();
        bool wider = list.Generalize(Int());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sameGrew, Is.False);
            Assert.That(afterSame, Is.Empty);
            Assert.That(wider, Is.True);
            Assert.That(scheduler.Reflowed, Is.EqualTo(new[] { "first", "second" }));
            Assert.That(list.Item, Is.EqualTo(Int()));
        }
    }

    [Test]
    public void GeneralizingAfterAMergeReflowsTheReadersOfBothLists()
    {
        var scheduler = new RecordingScheduler();
        var first = new ListDef(scheduler, Int());
        var second = new ListDef(scheduler, Int());
        first.ReadItem("reads first");
        second.ReadItem("reads second");
        first.Merge(second);

        first.Generalize(new SomeFloat());

        Assert.That(scheduler.Reflowed, Is.EqualTo(new[] { "reads first", "reads second" }));
    }

    [Test]
    public void AFailedGeneralizationChangesNothing()
    {
        var scheduler = new RecordingScheduler();
        var list = new ListDef(scheduler, Int());
        list.ReadItem("reader");

        Assert.That(() => list.Generalize(Str()), Throws.TypeOf<UnionError>().With.Message.EqualTo("cannot unify int and str"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(list.Item, Is.EqualTo(Int()));
            Assert.That(scheduler.Reflowed, Is.Empty);
        }
    }

    [Test]
    public void ListsOfIncompatibleItemsDoNotUnify()
    {
        var scheduler = new RecordingScheduler();
        var ints = new SomeList(new ListDef(scheduler, Int()));
        var strs = new SomeList(new ListDef(scheduler, Str()));

        Assert.That(() => Lattice.Union(ints, strs), Throws.TypeOf<UnionError>().With.Message.EqualTo("cannot unify int and str"));
    }

    [Test]
    public void MergingUnitesTheFlags()
    {
        var scheduler = new RecordingScheduler();
        var resized = new ListDef(scheduler, Int(), resized: true);
        var plain = new ListDef(scheduler, Int());

        plain.Merge(resized);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plain.Resized, Is.True);
            Assert.That(plain.Mutated, Is.True, "resizing mutates");
            Assert.That(new SomeList(plain).ToString(), Is.EqualTo("list(int, resizable)"));
        }
    }

    [TestCase(1, 1, 1)]
    [TestCase(1, 2, 0)]
    [TestCase(1, null, null)]
    [TestCase(null, null, null)]
    public void MergingRangeLists(int? step, int? otherStep, int? expected)
    {
        var scheduler = new RecordingScheduler();
        var list = new ListDef(scheduler, Int(), rangeStep: step);

        list.Merge(new ListDef(scheduler, Int(), rangeStep: otherStep));

        Assert.That(list.RangeStep, Is.EqualTo(expected));
    }

    [Test]
    public void ANeverResizedListCannotBeResized()
    {
        var scheduler = new RecordingScheduler();
        var list = new ListDef(scheduler, Int());
        list.NeverResize();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(list.Resize, Throws.TypeOf<AnnotatorError>()
                .With.Message.EqualTo("RPython cannot resize this list: make_sure_not_resized() was called on it"));
            Assert.That(() => list.Merge(new ListDef(scheduler, Int(), resized: true)), Throws.TypeOf<AnnotatorError>()
                .With.Message.EqualTo("RPython cannot unify a resized list with a list passed to make_sure_not_resized()"));
            Assert.That(list.Resized, Is.False);
            Assert.That(new SomeList(list).ToString(), Is.EqualTo("list(int, never resized)"));
        }
    }

    [Test]
    public void AResizedListCannotBeMadeNeverResized()
    {
        var list = new ListDef(new RecordingScheduler(), Int());
        list.Resize();

        Assert.That(list.NeverResize, Throws.TypeOf<AnnotatorError>()
            .With.Message.EqualTo("make_sure_not_resized() on a list that is resized elsewhere"));
    }

    [Test]
    public void ContainsDoesNotUnifyLists()
    {
        var scheduler = new RecordingScheduler();
        var first = new ListDef(scheduler, Int());
        var second = new ListDef(scheduler, Int(nonneg: true));
        first.ReadItem("reader");

        bool contains = Lattice.Contains(new SomeList(first), new SomeList(second));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contains, Is.False);
            Assert.That(first.SameAs(second), Is.False);
            Assert.That(second.Item, Is.EqualTo(Int(nonneg: true)));
            Assert.That(scheduler.Reflowed, Is.Empty);
            Assert.That(Lattice.Contains(new SomeList(first), new SomeList(first)), Is.True);
            Assert.That(Lattice.Contains(Tuple(new SomeList(first)), Tuple(new SomeList(second))), Is.False);
        }
    }

    [Test]
    public void ListsAndDictsMayBeNone()
    {
        var scheduler = new RecordingScheduler();
        var list = new SomeList(new ListDef(scheduler, Int()));
        var dict = new SomeDict(new DictDef(scheduler, Str(), Int()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Lattice.Union(SomeNone.Instance, list), Is.EqualTo(list));
            Assert.That(Lattice.Union(dict, SomeNone.Instance), Is.EqualTo(dict));
            Assert.That(Lattice.Contains(list, SomeNone.Instance), Is.True);
        }
    }

    [Test]
    public void AListThatContainsItself()
    {
        var scheduler = new RecordingScheduler();
        var first = new ListDef(scheduler, s_impossible);
        first.Generalize(new SomeList(first));
        var second = new ListDef(scheduler, s_impossible);
        second.Generalize(new SomeList(second));

        var union = Lattice.Union(new SomeList(first), new SomeList(second));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.SameAs(second), Is.True);
            Assert.That(union.ToString(), Is.EqualTo("list(list(...))"));
        }
    }

    [Test]
    public void UnionOfListsOfListsUnifiesTheInnerLists()
    {
        var scheduler = new RecordingScheduler();
        var innerInts = new ListDef(scheduler, Int());
        var innerFloats = new ListDef(scheduler, new SomeFloat());
        var outer = new SomeList(new ListDef(scheduler, new SomeList(innerInts)));

        var union = Lattice.Union(outer, new SomeList(new ListDef(scheduler, new SomeList(innerFloats))));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(innerInts.SameAs(innerFloats), Is.True);
            Assert.That(union.ToString(), Is.EqualTo("list(list(float))"));
        }
    }

    [Test]
    public void UnionOfTwoDictsUnifiesKeysAndValues()
    {
        var scheduler = new RecordingScheduler();
        var first = new DictDef(scheduler, new SomeChar(), Int(nonneg: true));
        var second = new DictDef(scheduler, Str(), new SomeBool());
        first.ReadKey("key of first");
        first.ReadValue("value of first");
        second.ReadKey("key of second");
        second.ReadValue("value of second");

        var union = Lattice.Union(new SomeDict(first), new SomeDict(second));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.SameAs(second), Is.True);
            Assert.That(union.ToString(), Is.EqualTo("dict(str -> int(nonneg))"));
            Assert.That(new SomeDict(first), Is.EqualTo(new SomeDict(second)));
            Assert.That(scheduler.Reflowed, Is.EqualTo(new[] { "key of first", "value of second" }));
        }
    }

    [Test]
    public void DictKeysAndValuesHaveTheirOwnReaders()
    {
        var scheduler = new RecordingScheduler();
        var dict = new DictDef(scheduler, Str(), Int());
        dict.ReadKey("iteration");
        dict.ReadValue("d[k]");

        bool keyGrew = dict.GeneralizeKey(Str(canBeNone: true));
        var afterKey = scheduler.Reflowed.ToList();
        bool valueGrew = dict.GeneralizeValue(new SomeFloat());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(keyGrew, Is.True);
            Assert.That(afterKey, Is.EqualTo(new[] { "iteration" }));
            Assert.That(valueGrew, Is.True);
            Assert.That(scheduler.Reflowed, Is.EqualTo(new[] { "iteration", "d[k]" }));
            Assert.That(dict.GeneralizeValue(Int()), Is.False);
            Assert.That(new SomeDict(dict).ToString(), Is.EqualTo("dict(str or None -> float)"));
        }
    }

    [Test]
    public void ContainsDoesNotUnifyDicts()
    {
        var scheduler = new RecordingScheduler();
        var first = new DictDef(scheduler, Str(), Int());
        var second = new DictDef(scheduler, Str(), Int());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Lattice.Contains(new SomeDict(first), new SomeDict(second)), Is.False);
            Assert.That(first.SameAs(second), Is.False);
        }
    }

    // Classes and attributes.

    [Test]
    public void CommonBaseAndSubclasses()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(s_b.CommonBase(s_c), Is.SameAs(s_a));
            Assert.That(s_b.CommonBase(s_a), Is.SameAs(s_a));
            Assert.That(s_a.CommonBase(s_b), Is.SameAs(s_a));
            Assert.That(s_b.CommonBase(s_b), Is.SameAs(s_b));
            Assert.That(s_b.CommonBase(s_x), Is.Null);
            Assert.That(s_b.IsSubclassOf(s_a), Is.True);
            Assert.That(s_a.IsSubclassOf(s_b), Is.False);
            Assert.That(s_b.IsSubclassOf(s_c), Is.False);
            Assert.That(s_a.Subclasses, Is.EqualTo(new[] { s_b, s_c }));
        }
    }

    [Test]
    public void AnAttributeLivesWhereItIsFirstUsed()
    {
        var (a, b, _, _) = Tree();

        b.GeneralizeAttribute("x", Int(nonneg: true), "m.py:3");
        b.GeneralizeAttribute("x", new SomeBool(), "m.py:4");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(b.Attributes.Keys, Is.EqualTo(new[] { "x" }));
            Assert.That(a.Attributes, Is.Empty);
            Assert.That(b.FindAttribute("x").Value, Is.EqualTo(Int(nonneg: true)));
            Assert.That(b.OwnerOf("x"), Is.SameAs(b));
            Assert.That(a.OwnerOf("x"), Is.Null);
        }
    }

    [Test]
    public void WritingInTheBaseClassMovesTheAttributeUp()
    {
        var (a, b, c, _) = Tree();
        b.GeneralizeAttribute("x", Int(nonneg: true), "m.py:3");
        c.GeneralizeAttribute("x", new SomeBool(), "m.py:7");

        a.GeneralizeAttribute("x", Int(), "m.py:1");

        var x = a.Attributes["x"];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(x.Value, Is.EqualTo(Int()));
            Assert.That(b.Attributes, Is.Empty, "invariant (I): one class of a subtree has the attribute");
            Assert.That(c.Attributes, Is.Empty);
            Assert.That(b.FindAttribute("x"), Is.SameAs(x));
            Assert.That(x.Writes.Select(w => w.Source), Is.EqualTo(new[] { "m.py:3", "m.py:7", "m.py:1" }));
            Assert.That(x.Writes.Select(w => w.Value.ToString()), Is.EqualTo(new[] { "int(nonneg)", "bool", "int" }));
        }
    }

    [Test]
    public void WritingInASubclassWidensTheBaseClassAttribute()
    {
        var (a, b, _, scheduler) = Tree();
        a.GeneralizeAttribute("x", Int(nonneg: true), "m.py:1");
        a.ReadAttribute("x", "reader");

        b.GeneralizeAttribute("x", Int(), "m.py:5");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(b.Attributes, Is.Empty);
            Assert.That(a.Attributes["x"].Value, Is.EqualTo(Int()));
            Assert.That(scheduler.Reflowed, Is.EqualTo(new[] { "reader" }));
        }
    }

    [Test]
    public void ReadingInTheBaseClassPullsTheSubclassAttributesUp()
    {
        var (a, b, c, scheduler) = Tree();
        b.GeneralizeAttribute("x", Int(nonneg: true), "m.py:3");
        c.GeneralizeAttribute("x", new SomeFloat(), "m.py:7");
        b.ReadAttribute("x", "reads B.x");
        c.ReadAttribute("x", "reads C.x");

        var value = a.ReadAttribute("x", "reads A.x");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(value, Is.EqualTo(new SomeFloat()));
            Assert.That(a.OwnerOf("x"), Is.SameAs(a));
            Assert.That(b.Attributes, Is.Empty);
            Assert.That(scheduler.Reflowed, Is.EqualTo(new[] { "reads B.x" }), "only the reader of B.x sees a wider value");
            Assert.That(a.Attributes["x"].ReadLocations, Is.EqualTo(new[] { "reads B.x", "reads C.x", "reads A.x" }));
        }
    }

    [Test]
    public void ReadingAnAttributeNobodyWroteIsImpossible()
    {
        var (a, _, _, _) = Tree();

        Assert.That(a.ReadAttribute("y", "reader"), Is.SameAs(SomeImpossibleValue.Instance));
    }

    [Test]
    public void AnIncompatibleWriteLeavesTheAttributesAsTheyWere()
    {
        var (a, b, _, _) = Tree();
        b.GeneralizeAttribute("x", Int(), "m.py:3");

        Assert.That(() => a.GeneralizeAttribute("x", Str(), "m.py:1"),
            Throws.TypeOf<UnionError>().With.Message.EqualTo("cannot unify int and str"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(a.Attributes, Is.Empty);
            Assert.That(b.Attributes["x"].Value, Is.EqualTo(Int()));
            Assert.That(b.Attributes["x"].Writes, Has.Count.EqualTo(1));
        }
    }

    [Test]
    public void RepeatedWritesAreRecordedOnce()
    {
        var (a, _, _, _) = Tree();

        a.GeneralizeAttribute("x", Int(), "m.py:1");
        a.GeneralizeAttribute("x", Int(), "m.py:1");
        a.GeneralizeAttribute("x", Int(nonneg: true), "m.py:1");

        Assert.That(a.Attributes["x"].Writes, Is.EqualTo(new[]
        {
            new AttributeWrite(Int(), "m.py:1"),
            new AttributeWrite(Int(nonneg: true), "m.py:1"),
        }));
    }

    [Test]
    public void AnInstanceAttributeHoldingAListUnifiesTheLists()
    {
        var (a, b, _, scheduler) = Tree();
        var ints = new ListDef(scheduler, Int());
        var floats = new ListDef(scheduler, new SomeFloat());
        b.GeneralizeAttribute("items", new SomeList(ints), "m.py:2");

        a.GeneralizeAttribute("items", new SomeList(floats), "m.py:9");

        Assert.That(ints.SameAs(floats), Is.True);
    }

    /// <summary>A fresh tree for tests that give classes attributes: A &lt;- B, A &lt;- C.</summary>
    private static (ClassDef A, ClassDef B, ClassDef C, RecordingScheduler Scheduler) Tree()
    {
        var scheduler = new RecordingScheduler();
        var a = new ClassDef("A", scheduler);
        return (a, new ClassDef("B", a), new ClassDef("C", a), scheduler);
    }
}
