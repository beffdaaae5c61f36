using System.Collections.Immutable;

namespace Rpython.Translator.Annotation;

// The annotation lattice, as RPython's (rpython/annotator/model.py): each SomeValue stands for a set
// of run-time values a variable may hold. Annotations are immutable and compare structurally, except
// SomeList and SomeDict, whose item types live in shared, mutable definitions (ListDef, DictDef) and
// which are equal when their definitions have been unified. The join of the lattice is
// Lattice.Union; SomeImpossibleValue is its bottom. There is no top: a value RPython cannot type is a
// UnionError, never a "SomeObject".
//
// As in RPython, SomeBool is a SomeInteger, SomeChar a SomeString and SomeUnicodeCodePoint a
// SomeUnicodeString, so an operation written for the wider type also accepts the narrower one.

/// <summary>An annotation: a set of values. <see cref="Const"/> is the one value of the set when
/// <see cref="IsConstant"/> (RPython's <c>.const</c>; null is Python's None).</summary>
internal abstract record SomeValue
{
    public object? Const { get; protected init; }

    public bool IsConstant { get; protected init; }

    /// <summary>The same annotation, known to hold exactly <paramref name="value"/>.</summary>
    public SomeValue WithConst(object? value) => this with { Const = value, IsConstant = true };

    public virtual bool Equals(SomeValue? other) =>
        other is not null && EqualityContract == other.EqualityContract && IsConstant == other.IsConstant && SameConstant(Const, other.Const);

    public override int GetHashCode() => HashCode.Combine(EqualityContract, IsConstant, Const);

    public sealed override string ToString() => AnnotationFormatter.Format(this);

    /// <summary>Constants are the same Python value of the same type: 1, 1.0 and True differ, so do
    /// 0.0 and -0.0, and a NaN is the same as itself.</summary>
    internal static bool SameConstant(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (double x, double y) => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y),
        (null, _) or (_, null) => false,
        _ => a.GetType() == b.GetType() && a.Equals(b),
    };
}

/// <summary>The empty set, the bottom of the lattice: "not known yet". An operation on it blocks.</summary>
internal sealed record SomeImpossibleValue : SomeValue
{
    public static readonly SomeImpossibleValue Instance = new();

    private SomeImpossibleValue()
    {
    }
}

/// <summary>Exactly None: always a constant.</summary>
internal sealed record SomeNone : SomeValue
{
    public static readonly SomeNone Instance = new();

    private SomeNone() => IsConstant = true;
}

/// <summary>The machine integer types of rpython.rlib.rarithmetic: int, r_uint, r_longlong, r_ulonglong.</summary>
internal enum IntegerKind
{
    Signed,
    Unsigned,
    LongLong,
    ULongLong,
}

internal sealed record SomeFloat : SomeValue;

/// <summary>An integer of one <see cref="IntegerKind"/>. An unsigned integer is always non-negative.</summary>
internal record SomeInteger : SomeValue
{
    public SomeInteger(bool nonneg = false, IntegerKind kind = IntegerKind.Signed)
    {
        Kind = kind;
        Nonneg = nonneg || Unsigned;
    }

    public IntegerKind Kind { get; }

    public bool Nonneg { get; }

    public bool Unsigned => Kind is IntegerKind.Unsigned or IntegerKind.ULongLong;
}

/// <summary>True or False: a non-negative signed integer for arithmetic and unions.</summary>
internal sealed record SomeBool : SomeInteger
{
    public SomeBool()
        : base(nonneg: true)
    {
    }
}

/// <summary>A str; <see cref="NoNul"/>: it contains no NUL character (what OS calls need).</summary>
internal record SomeString : SomeValue
{
    public SomeString(bool canBeNone = false, bool noNul = false)
    {
        CanBeNone = canBeNone;
        NoNul = noNul;
    }

    public bool CanBeNone { get; }

    public bool NoNul { get; }
}

/// <summary>A str of length 1; never None.</summary>
internal sealed record SomeChar : SomeString
{
    public SomeChar(bool noNul = false)
        : base(canBeNone: false, noNul)
    {
    }
}

/// <summary>A bytes object (Python 3's bytes: indexing gives an int); may be None.</summary>
internal sealed record SomeBytes(bool CanBeNone = false) : SomeValue;

internal record SomeUnicodeString : SomeValue
{
    public SomeUnicodeString(bool canBeNone = false, bool noNul = false)
    {
        CanBeNone = canBeNone;
        NoNul = noNul;
    }

    public bool CanBeNone { get; }

    public bool NoNul { get; }
}

/// <summary>A unicode string of length 1; never None.</summary>
internal sealed record SomeUnicodeCodePoint : SomeUnicodeString
{
    public SomeUnicodeCodePoint(bool noNul = false)
        : base(canBeNone: false, noNul)
    {
    }
}

/// <summary>A tuple of fixed length whose items have these annotations.</summary>
internal sealed record SomeTuple(ImmutableArray<SomeValue> Items) : SomeValue
{
    public bool Equals(SomeTuple? other) => other is not null && base.Equals(other) && Items.SequenceEqual(other.Items);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(base.GetHashCode());
        foreach (var item in Items)
            hash.Add(item);
        return hash.ToHashCode();
    }
}

/// <summary>A list. Lists may always be None (their low-level form is a pointer), as in RPython.</summary>
internal sealed record SomeList(ListDef ListDef) : SomeValue
{
    public bool Equals(SomeList? other) => other is not null && base.Equals(other) && ListDef.SameAs(other.ListDef);

    // Two lists become equal when their definitions are unified, so the hash cannot depend on them.
    public override int GetHashCode() => base.GetHashCode();
}

/// <summary>A dict (all RPython dicts keep insertion order). May always be None, like a list.</summary>
internal sealed record SomeDict(DictDef DictDef) : SomeValue
{
    public bool Equals(SomeDict? other) => other is not null && base.Equals(other) && DictDef.SameAs(other.DictDef);

    public override int GetHashCode() => base.GetHashCode();
}

/// <summary>An instance of <see cref="ClassDef"/> or of one of its subclasses.</summary>
internal sealed record SomeInstance(ClassDef ClassDef, bool CanBeNone = false) : SomeValue;

internal enum DescKind
{
    Function,
    Method,
    Class,
    Frozen,
}

/// <summary>The description of a prebuilt constant: a function, a method, a class or a frozen
/// prebuilt object. <see cref="Name"/> is unique in a program (a qualified name): it orders the
/// descriptions of a <see cref="SomePbc"/> and names them to users.</summary>
internal abstract record Desc(DescKind Kind, string Name);

/// <summary>One of a set of prebuilt constants of the same kind (RPython's SomePBC). A single
/// description that cannot be None is a constant: the description itself.</summary>
internal sealed record SomePbc : SomeValue
{
    public SomePbc(IEnumerable<Desc> descs, bool canBeNone = false)
    {
        Descs = [.. descs.Distinct().OrderBy(d => d.Name, StringComparer.Ordinal)];
        if (Descs.IsEmpty)
            throw new ArgumentException("a prebuilt-constant annotation needs at least one description (None is SomeNone)", nameof(descs));
        if (Descs.Any(d => d.Kind != Descs[0].Kind))
            throw new ArgumentException("the descriptions of a prebuilt-constant annotation must be of one kind", nameof(descs));
        CanBeNone = canBeNone;
        if (Descs.Length == 1 && !canBeNone)
        {
            Const = Descs[0];
            IsConstant = true;
        }
    }

    /// <summary>Distinct, in ordinal order of their names.</summary>
    public ImmutableArray<Desc> Descs { get; }

    public bool CanBeNone { get; }

    public DescKind Kind => Descs[0].Kind;

    public bool Equals(SomePbc? other) =>
        other is not null && base.Equals(other) && CanBeNone == other.CanBeNone && Descs.SequenceEqual(other.Descs);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), CanBeNone, Descs.Length, Descs[0]);
}

/// <summary>An iterator over <see cref="Container"/>. <see cref="Variant"/> says what it yields
/// ("" for the items themselves, or "reversed", "enumerate", "keys", "values", "items"...).</summary>
internal sealed record SomeIterator(SomeValue Container, string Variant = "") : SomeValue;

/// <summary>A built-in function such as <c>len</c>, or a bound built-in method.</summary>
internal sealed record SomeBuiltin(string Name) : SomeValue;

// Low-level values, seen only in the ll helpers (toolchain/rpython/rtyper/*.py) that the RTyper
// annotates and translates with the program (RPython's SomePtr, SomeInteriorPtr, SomeLLADTMeth).

/// <summary>A pointer of this low-level type (it may be null).</summary>
internal sealed record SomePtr(RTyping.PtrType Type) : SomeValue;

/// <summary><c>s.chars</c>: the array inlined as the last field of the struct a pointer points to.
/// It is no value of its own: it lowers to the pointer, and indexing it to interior-field operations.</summary>
internal sealed record SomeInteriorPtr(RTyping.PtrType Parent, string Field) : SomeValue
{
    public RTyping.ArrayType Array => (RTyping.ArrayType)((RTyping.StructType)Parent.Target).FieldType(Field);
}

/// <summary><c>a[i]</c> of an array of structs (a dict's entries): no value of its own, it is only
/// used right away, as <c>a[i].f</c> or <c>a[i].f = x</c> in the same block, which lower to
/// interior-field operations on the array and the index.</summary>
internal sealed record SomeArrayItemPtr(RTyping.PtrType Array) : SomeValue
{
    public RTyping.StructType Item => (RTyping.StructType)((RTyping.ArrayType)Array.Target).ItemType;
}

/// <summary>A low-level type as a constant (<c>LIST</c>, <c>typeOf(l).TO</c>): what malloc() allocates.</summary>
internal sealed record SomeLowLevelType : SomeValue
{
    public SomeLowLevelType(RTyping.LowLevelType type)
    {
        Const = type;
        IsConstant = true;
    }

    public RTyping.LowLevelType Type => (RTyping.LowLevelType)Const!;
}
