using System.Globalization;

namespace Rpython.Translator.Annotation;

// The join of the annotation lattice (RPython's unionof and the pairtype(...).union rules of
// rpython/annotator/binaryop.py), and the order it defines (Contains). Union is commutative up to
// equality, SomeImpossibleValue is its identity, and its result contains both sides. Its one side
// effect is RPython's: the union of two lists (or dicts) unifies their definitions, so both lists,
// and every list unified with them before, share one item type from then on.
//
// Rules, in the order they are tried: equal sides; the impossible value; None with a type that has
// a None (str, unicode, instances, prebuilt constants; lists and dicts are always nullable);
// integers with integers; floats with floats or integers; strings, unicode, tuples itemwise, lists,
// dicts, instances (their common base class), prebuilt constants of one kind, iterators. Anything
// else is a UnionError. The result is a constant only when both sides are the same constant.

internal static class Lattice
{
    /// <summary>The least annotation containing both. Throws <see cref="UnionError"/> if RPython has
    /// none, or <see cref="AnnotatorError"/> if unifying two lists breaks make_sure_not_resized().</summary>
    public static SomeValue Union(SomeValue a, SomeValue b) => Join(a, b, unify: true);

    /// <summary>Whether <paramref name="big"/> ⊇ <paramref name="small"/>, without side effects:
    /// two lists are contained in each other only when their definitions are already unified.</summary>
    public static bool Contains(SomeValue big, SomeValue small)
    {
        if (big.Equals(small))
            return true;
        try
        {
            return Join(big, small, unify: false).Equals(big);
        }
        catch (UnionError)
        {
            return false;
        }
    }

    /// <param name="unify">false: refuse (with a UnionError) where a union would unify two definitions.</param>
    private static SomeValue Join(SomeValue a, SomeValue b, bool unify)
    {
        if (a.Equals(b) || b is SomeImpossibleValue)
            return a;
        if (a is SomeImpossibleValue)
            return b;
        var joined = (a, b) switch
        {
            (SomeNone, _) => Noneify(b, a, b),
            (_, SomeNone) => Noneify(a, a, b),
            (SomeBool, SomeBool) => new SomeBool(),
            (SomeInteger x, SomeInteger y) => JoinIntegers(x, y),
            (SomeFloat or SomeInteger, SomeFloat or SomeInteger) => new SomeFloat(),
            (SomeChar x, SomeChar y) => new SomeChar(x.NoNul && y.NoNul),
            (SomeString x, SomeString y) => new SomeString(x.CanBeNone || y.CanBeNone, x.NoNul && y.NoNul),
            (SomeUnicodeCodePoint x, SomeUnicodeCodePoint y) => new SomeUnicodeCodePoint(x.NoNul && y.NoNul),
            (SomeUnicodeString x, SomeUnicodeString y) => new SomeUnicodeString(x.CanBeNone || y.CanBeNone, x.NoNul && y.NoNul),
            (SomeBytes x, SomeBytes y) => new SomeBytes(x.CanBeNone || y.CanBeNone),
            (SomeTuple x, SomeTuple y) => JoinTuples(x, y, unify),
            (SomeList x, SomeList y) => JoinLists(x, y, unify),
            (SomeDict x, SomeDict y) => JoinDicts(x, y, unify),
            (SomeInstance x, SomeInstance y) => JoinInstances(x, y),
            (SomePbc x, SomePbc y) => JoinPbcs(x, y),
            (SomeIterator x, SomeIterator y) => JoinIterators(x, y, unify),
            (SomePtr x, SomePtr y) when x.Type == y.Type => new SomePtr(x.Type),
            (SomeBuiltinMethod x, SomeBuiltinMethod y) when x.Name == y.Name => new SomeBuiltinMethod(x.Name, Join(x.Receiver, y.Receiver, unify)),
            _ => throw new UnionError(a, b, $"cannot unify {AnnotationFormatter.FormatType(a)} and {AnnotationFormatter.FormatType(b)}"),
        };
        return a.IsConstant && b.IsConstant && SomeValue.SameConstant(a.Const, b.Const) ? joined.WithConst(a.Const) : joined;
    }

    /// <summary>The union of <paramref name="value"/> with None (<paramref name="a"/> and
    /// <paramref name="b"/> are the two sides, in order, for the error).</summary>
    private static SomeValue Noneify(SomeValue value, SomeValue a, SomeValue b) => value switch
    {
        // A char or None is a str or None.
        SomeString s => new SomeString(canBeNone: true, s.NoNul),
        SomeUnicodeString u => new SomeUnicodeString(canBeNone: true, u.NoNul),
        SomeBytes => new SomeBytes(CanBeNone: true),
        SomeInstance i => new SomeInstance(i.ClassDef, CanBeNone: true),
        SomePbc p => new SomePbc(p.Descs, canBeNone: true),
        SomeList l => new SomeList(l.ListDef),
        SomeDict d => new SomeDict(d.DictDef),
        _ => throw new UnionError(a, b,
            $"a value that can be None must not be {Noun(value)} ({AnnotationFormatter.FormatType(value)} and None cannot be mixed)"),
    };

    private static string Noun(SomeValue value) => value switch
    {
        SomeBool => "a bool",
        SomeInteger i => "an " + AnnotationFormatter.IntegerName(i.Kind),
        SomeFloat => "a float",
        SomeTuple => "a tuple",
        SomeIterator => "an iterator",
        _ => "a " + AnnotationFormatter.FormatType(value),
    };

    /// <summary>As rpython.rlib.rarithmetic's compute_restype: a signed and an unsigned integer
    /// meet only if the signed one is a plain int proven non-negative; a long long wins.</summary>
    private static SomeInteger JoinIntegers(SomeInteger x, SomeInteger y)
    {
        bool nonneg = x.Nonneg && y.Nonneg;
        if (x.Unsigned == y.Unsigned)
        {
            bool longLong = x.Kind is IntegerKind.LongLong or IntegerKind.ULongLong || y.Kind is IntegerKind.LongLong or IntegerKind.ULongLong;
            var kind = x.Unsigned
                ? (longLong ? IntegerKind.ULongLong : IntegerKind.Unsigned)
                : (longLong ? IntegerKind.LongLong : IntegerKind.Signed);
            return new SomeInteger(nonneg, kind);
        }
        var (signed, unsigned) = x.Unsigned ? (y, x) : (x, y);
        if (signed.Kind != IntegerKind.Signed)
            throw new UnionError(x, y, $"cannot unify {AnnotationFormatter.FormatType(x)} and {AnnotationFormatter.FormatType(y)}");
        if (!signed.Nonneg)
        {
            throw new UnionError(x, y, "RPython cannot prove that these integers are of the same signedness: "
                + $"{AnnotationFormatter.FormatType(x)} and {AnnotationFormatter.FormatType(y)}");
        }
        return new SomeInteger(nonneg, unsigned.Kind);
    }

    private static SomeTuple JoinTuples(SomeTuple x, SomeTuple y, bool unify)
    {
        if (x.Items.Length != y.Items.Length)
        {
            throw new UnionError(x, y, string.Create(CultureInfo.InvariantCulture,
                $"RPython cannot unify tuples of different length: {x.Items.Length} versus {y.Items.Length}"));
        }
        return new SomeTuple([.. x.Items.Zip(y.Items, (p, q) => Join(p, q, unify))]);
    }

    private static SomeList JoinLists(SomeList x, SomeList y, bool unify)
    {
        if (!unify)
            throw new UnionError(x, y, "two lists not unified yet");
        x.ListDef.Merge(y.ListDef);
        return new SomeList(x.ListDef);
    }

    private static SomeDict JoinDicts(SomeDict x, SomeDict y, bool unify)
    {
        if (!unify)
            throw new UnionError(x, y, "two dicts not unified yet");
        if (!x.DictDef.SameAs(y.DictDef) && (x.DictDef.KeyEq is null) != (y.DictDef.KeyEq is null))
            throw new UnionError(x, y, "RPython cannot mix a dict and an r_dict (their keys compare differently): make both r_dicts, or both dicts");
        x.DictDef.Merge(y.DictDef);
        return new SomeDict(x.DictDef);
    }

    private static SomeInstance JoinInstances(SomeInstance x, SomeInstance y)
    {
        var common = x.ClassDef.CommonBase(y.ClassDef)
            ?? throw new UnionError(x, y, $"RPython cannot unify instances with no common base class: {x.ClassDef.Name} and {y.ClassDef.Name}");
        return new SomeInstance(common, x.CanBeNone || y.CanBeNone);
    }

    private static SomePbc JoinPbcs(SomePbc x, SomePbc y)
    {
        if (x.Kind != y.Kind)
        {
            throw new UnionError(x, y, $"RPython cannot mix {AnnotationFormatter.KindName(x.Kind, plural: true)} and "
                + $"{AnnotationFormatter.KindName(y.Kind, plural: true)} in one value: {AnnotationFormatter.FormatType(x)} and {AnnotationFormatter.FormatType(y)}");
        }
        return new SomePbc(x.Descs.Concat(y.Descs), x.CanBeNone || y.CanBeNone);
    }

    private static SomeIterator JoinIterators(SomeIterator x, SomeIterator y, bool unify)
    {
        if (x.Variant != y.Variant)
        {
            throw new UnionError(x, y, "RPython cannot unify iterators of different kinds: "
                + $"{AnnotationFormatter.FormatType(x)} and {AnnotationFormatter.FormatType(y)}");
        }
        return new SomeIterator(Join(x.Container, y.Container, unify), x.Variant);
    }
}
