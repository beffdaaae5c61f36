using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;

namespace Rpython.Translator.RTyping;

// The low-level type system, as RPython's (rpython/rtyper/lltypesystem/lltype.py and llmemory.py):
// the types the RTyper gives every variable and constant, that the LLInterpreter executes, the GC
// transform lays out in the raw heap and the C# backend emits as explicit-layout structs.
//
// Primitives are values. Containers (structs, arrays, function types, opaque types) are reachable
// only through a Ptr, except that a struct may inline a non-GC struct or fixed-size array as a field,
// a GcStruct may inline its parent GcStruct as its *first* field (inheritance by embedding, the field
// RPython calls "super"), and the last field of a struct may be an Array (a var-sized struct). A
// container whose IsGc is true lives in the GC heap with a GC header; a Ptr to it is a GC pointer.
//
// Types are immutable and compare structurally (names included, as in RPython). Recursive types are
// built with a ForwardReference that becomes its real struct once that struct exists:
//
//     var forward = LowLevelTypes.GcForwardReference();
//     var node = LowLevelTypes.GcStruct("node", ("value", Signed), ("next", Ptr(forward)));
//     forward.Become(node);
//
// After Become, the forward reference is transparent: Ptr(forward) equals Ptr(node), hashes like it
// and prints like it. Equality of recursive types is a bisimulation (two structs being compared are
// assumed equal while their fields are), hashing stops descending into struct fields after a few
// levels, and printing names a struct it is already inside of instead of expanding it again, so all
// three terminate on cycles. Every cycle goes through a struct, because only structs can be the
// target of a forward reference.
//
// Invariants: the constructors reject every ill-formed type (a GC container inlined anywhere but as
// the parent, an Array that is not the last field, a struct passed to a function by value...), so a
// type that exists is one the layout computation and the backends accept; a Ptr to a primitive does
// not even compile. An unresolved forward reference equals only
// itself and cannot be hashed: its identity is about to change.

/// <summary>A low-level type: a <see cref="PrimitiveType"/>, a <see cref="PtrType"/> or a
/// <see cref="ContainerType"/>. Equality is structural and terminates on recursive types.</summary>
internal abstract class LowLevelType : IEquatable<LowLevelType>
{
    // Deep enough to tell apart the structs a program has, shallow enough to be cheap; any depth is
    // consistent with the bisimulation equality, which agrees with every finite unfolding.
    private const int HashDepth = 3;

    // The hierarchy is closed: equality, hashing, printing and layout switch over its classes.
    private protected LowLevelType()
    {
    }

    public bool Equals(LowLevelType? other) => other is not null && new TypeComparison().Equal(this, other);

    public sealed override bool Equals(object? obj) => obj is LowLevelType other && Equals(other);

    public sealed override int GetHashCode() => Hash(this, HashDepth);

    // Structural, as for records: a reference comparison of two equal structs would be a silent bug.
    public static bool operator ==(LowLevelType? left, LowLevelType? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(LowLevelType? left, LowLevelType? right) => !(left == right);

    /// <summary>The stable text form used by dumps: <c>Ptr(GcStruct list { length: Signed, items: Ptr(GcArray(Signed)) })</c>.</summary>
    public sealed override string ToString()
    {
        var text = new StringBuilder();
        Format(this, text, new HashSet<StructType>(ReferenceEqualityComparer.Instance));
        return text.ToString();
    }

    /// <summary>This type, or the struct a resolved forward reference became.</summary>
    internal LowLevelType Resolved() => this is ForwardReference { Target: { } target } ? target : this;

    private static int Hash(LowLevelType type, int depth)
    {
        switch (type.Resolved())
        {
            case PrimitiveType p:
                return HashCode.Combine(1, p.Kind);
            case PtrType p:
                return HashCode.Combine(2, Hash(p.Target, depth));
            case StructType s:
                var hash = new HashCode();
                hash.Add(3);
                hash.Add(s.IsGc);
                hash.Add(s.Name, StringComparer.Ordinal);
                hash.Add(s.Immutable);
                foreach (var field in s.Fields)
                {
                    hash.Add(field.Name, StringComparer.Ordinal);
                    if (depth > 0)
                        hash.Add(Hash(field.Type, depth - 1));
                }
                return hash.ToHashCode();
            case ArrayType a:
                return HashCode.Combine(4, a.IsGc, a.Immutable, Hash(a.ItemType, depth));
            case FixedSizeArrayType f:
                return HashCode.Combine(5, f.Length, Hash(f.ItemType, depth));
            case FuncType f:
                var func = new HashCode();
                func.Add(6);
                foreach (var arg in f.Args)
                    func.Add(Hash(arg, depth));
                func.Add(Hash(f.Result, depth));
                return func.ToHashCode();
            case OpaqueType o:
                return HashCode.Combine(7, o.IsGc, StringComparer.Ordinal.GetHashCode(o.Name));
            default:
                throw new InvalidOperationException($"cannot hash an unresolved {type}: Become() it first");
        }
    }

    private static void Format(LowLevelType type, StringBuilder text, HashSet<StructType> inside)
    {
        switch (type.Resolved())
        {
            case PrimitiveType p:
                text.Append(p.Name);
                break;
            case PtrType p:
                text.Append("Ptr(");
                Format(p.Target, text, inside);
                text.Append(')');
                break;
            case StructType s:
                text.Append(s.IsGc ? "GcStruct " : "Struct ").Append(s.Name);
                if (!inside.Add(s))
                    break;  // a recursive reference: the name says which enclosing struct it is
                if (s.Immutable)
                    text.Append(" immutable");
                text.Append(" {");
                for (int i = 0; i < s.Fields.Length; i++)
                {
                    text.Append(i == 0 ? " " : ", ").Append(s.Fields[i].Name).Append(": ");
                    Format(s.Fields[i].Type, text, inside);
                }
                text.Append(s.Fields.IsEmpty ? "}" : " }");
                inside.Remove(s);
                break;
            case ArrayType a:
                text.Append(a.IsGc ? "GcArray(" : "Array(");
                Format(a.ItemType, text, inside);
                text.Append(a.Immutable ? ", immutable)" : ")");
                break;
            case FixedSizeArrayType f:
                text.Append("FixedSizeArray(");
                Format(f.ItemType, text, inside);
                text.Append(", ").Append(f.Length).Append(')');
                break;
            case FuncType f:
                text.Append("Func((");
                for (int i = 0; i < f.Args.Length; i++)
                {
                    if (i > 0)
                        text.Append(", ");
                    Format(f.Args[i], text, inside);
                }
                text.Append(") -> ");
                Format(f.Result, text, inside);
                text.Append(')');
                break;
            case OpaqueType o:
                text.Append(o.IsGc ? "GcOpaque " : "Opaque ").Append(o.Name);
                break;
            case ForwardReference f:
                text.Append(f.IsGc ? "GcForwardReference" : "ForwardReference");
                break;
            default:
                throw new InvalidOperationException("unknown low-level type " + type.GetType().Name);
        }
    }

    /// <summary>One structural comparison. Pairs of structs met on the way are assumed equal while
    /// their fields are compared (coinduction): a cycle back to the pair adds no evidence against it,
    /// and a difference anywhere makes the whole comparison false anyway.</summary>
    private sealed class TypeComparison
    {
        private HashSet<(StructType, StructType)>? _assumed;

        public bool Equal(LowLevelType a, LowLevelType b)
        {
            a = a.Resolved();
            b = b.Resolved();
            if (ReferenceEquals(a, b))
                return true;
            switch (a, b)
            {
                case (PrimitiveType x, PrimitiveType y):
                    return x.Kind == y.Kind;
                case (PtrType x, PtrType y):
                    return Equal(x.Target, y.Target);
                case (StructType x, StructType y):
                    if (x.IsGc != y.IsGc || x.Immutable != y.Immutable || x.Name != y.Name || x.Fields.Length != y.Fields.Length)
                        return false;
                    _assumed ??= new HashSet<(StructType, StructType)>(PairComparer.Instance);
                    if (!_assumed.Add((x, y)))
                        return true;
                    for (int i = 0; i < x.Fields.Length; i++)
                    {
                        if (x.Fields[i].Name != y.Fields[i].Name || !Equal(x.Fields[i].Type, y.Fields[i].Type))
                            return false;
                    }
                    return true;
                case (ArrayType x, ArrayType y):
                    return x.IsGc == y.IsGc && x.Immutable == y.Immutable && Equal(x.ItemType, y.ItemType);
                case (FixedSizeArrayType x, FixedSizeArrayType y):
                    return x.Length == y.Length && Equal(x.ItemType, y.ItemType);
                case (FuncType x, FuncType y):
                    if (x.Args.Length != y.Args.Length || !Equal(x.Result, y.Result))
                        return false;
                    for (int i = 0; i < x.Args.Length; i++)
                    {
                        if (!Equal(x.Args[i], y.Args[i]))
                            return false;
                    }
                    return true;
                case (OpaqueType x, OpaqueType y):
                    return x.IsGc == y.IsGc && x.Name == y.Name;
                default:
                    return false;  // different kinds, or an unresolved forward reference (equal only to itself)
            }
        }
    }

    // Pairs of structs by identity: their structural Equals is what is being computed.
    private sealed class PairComparer : IEqualityComparer<(StructType, StructType)>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals((StructType, StructType) x, (StructType, StructType) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((StructType, StructType) pair) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(pair.Item1), RuntimeHelpers.GetHashCode(pair.Item2));
    }
}

/// <summary>The primitive kinds. The integer types are all 64 bits wide on the platforms we target
/// (SignedLongLong is a distinct type for the RTyper, r_longlong, not a different width).</summary>
internal enum PrimitiveKind
{
    Signed,
    Unsigned,
    SignedLongLong,
    UnsignedLongLong,
    Float,
    SingleFloat,
    Bool,
    Char,
    UniChar,
    Void,
    Address,
}

/// <summary>A primitive value type. The instances are the fields of <see cref="LowLevelTypes"/>.</summary>
internal sealed class PrimitiveType : LowLevelType
{
    internal PrimitiveType(PrimitiveKind kind) => Kind = kind;

    public PrimitiveKind Kind { get; }

    public string Name => Kind.ToString();
}

/// <summary>A pointer to a container. It is a GC pointer (traced by the GC, possibly moved) when the
/// container is a GC one, a raw pointer otherwise (a raw struct, a function, a raw opaque object).</summary>
internal sealed class PtrType : LowLevelType
{
    private readonly ContainerType _target;

    public PtrType(ContainerType target) => _target = target;

    /// <summary>The container pointed to; a forward reference is seen through once it has become its struct.</summary>
    public ContainerType Target => (ContainerType)_target.Resolved();

    public bool IsGc => _target.IsGc;
}

/// <summary>A type only reachable through a <see cref="PtrType"/> (or inlined in a struct, for the
/// struct and array kinds that allow it).</summary>
internal abstract class ContainerType : LowLevelType
{
    private protected ContainerType()
    {
    }

    /// <summary>The container lives in the GC heap and starts with the GC header.</summary>
    public abstract bool IsGc { get; }

    /// <summary>The size of the container is chosen when it is allocated: an array, or a struct whose
    /// last field is an array.</summary>
    public abstract bool IsVarSize { get; }

    // The checks shared by struct fields, array items and fixed-size array items: what can be stored
    // by value inside another container.
    private protected static void CheckInlinable(LowLevelType type, string where)
    {
        switch (type.Resolved())
        {
            case ForwardReference:
                throw new ArgumentException($"{where}: a forward reference can only be used through a Ptr");
            case FuncType or OpaqueType:
                throw new ArgumentException($"{where}: {type} has no size and can only be used through a Ptr");
            case ContainerType { IsVarSize: true }:
                throw new ArgumentException($"{where}: var-sized {type} cannot be stored inside another container");
            case ContainerType { IsGc: true }:
                throw new ArgumentException($"{where}: GC container {type} cannot be stored inside another container");
        }
    }
}

/// <summary>A named field of a struct.</summary>
internal sealed record StructField(string Name, LowLevelType Type);

/// <summary>
/// <c>Struct</c> / <c>GcStruct(name, fields...)</c>. A GcStruct whose first field is a GcStruct
/// inherits from it (<see cref="Super"/>): the parent is embedded at offset 0, so a pointer to the
/// child is a pointer to the parent. The last field may be an Array: the struct is then var-sized.
/// </summary>
internal sealed class StructType : ContainerType
{
    public StructType(string name, bool isGc, ImmutableArray<StructField> fields, bool immutable = false)
    {
        if (string.IsNullOrEmpty(name))
            throw new ArgumentException("a struct needs a name", nameof(name));
        Name = name;
        IsGc = isGc;
        Fields = fields;
        Immutable = immutable;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < fields.Length; i++)
        {
            var (fieldName, type) = (fields[i].Name, fields[i].Type.Resolved());
            string where = $"field '{fieldName}' of struct {name}";
            if (!names.Add(fieldName))
                throw new ArgumentException($"{where}: duplicate field name");
            if (type is ArrayType { IsGc: false })
            {
                if (i != fields.Length - 1)
                    throw new ArgumentException($"{where}: an inlined Array must be the last field (it makes the struct var-sized)");
                continue;
            }
            if (isGc && i == 0 && type is StructType { IsGc: true, IsVarSize: false })
                continue;  // the parent
            CheckInlinable(type, where);
        }
    }

    public string Name { get; }

    public override bool IsGc { get; }

    public ImmutableArray<StructField> Fields { get; }

    /// <summary>RPython's <c>hints={'immutable': True}</c>: no field changes after the struct is
    /// initialised, so reads of it can be folded and hoisted.</summary>
    public bool Immutable { get; }

    public override bool IsVarSize => !Fields.IsEmpty && Fields[^1].Type.Resolved() is ArrayType;

    /// <summary>The parent embedded as the first field, or null: a GcStruct's first GcStruct field, a
    /// non-GC struct's first field named <c>super</c> (a subclass's vtable embeds its parent's).</summary>
    public StructType? Super =>
        !Fields.IsEmpty && Fields[0].Type.Resolved() is StructType { IsVarSize: false } parent && parent.IsGc == IsGc && (IsGc || Fields[0].Name == "super")
            ? parent : null;

    /// <summary>The type of a field; an unknown name is a toolchain bug and throws.</summary>
    public LowLevelType FieldType(string fieldName)
    {
        foreach (var field in Fields)
        {
            if (field.Name == fieldName)
                return field.Type.Resolved();
        }
        throw new ArgumentException($"struct {Name} has no field '{fieldName}'", nameof(fieldName));
    }

    /// <summary>This struct is <paramref name="ancestor"/> or embeds it through a chain of parents
    /// (so a pointer to this struct can be cast to a pointer to <paramref name="ancestor"/>).</summary>
    public bool InheritsFrom(StructType ancestor)
    {
        for (StructType? s = this; s is not null; s = s.Super)
        {
            if (s.Equals(ancestor))
                return true;
        }
        return false;
    }
}

/// <summary><c>Array</c> / <c>GcArray(itemType)</c>: a length, then that many items. A GcArray is
/// allocated on its own; a non-GC Array is inlined as the last field of a struct (or raw-allocated).</summary>
internal sealed class ArrayType : ContainerType
{
    public ArrayType(LowLevelType itemType, bool isGc, bool immutable = false)
    {
        CheckInlinable(itemType, "array item");
        ItemType = itemType;
        IsGc = isGc;
        Immutable = immutable;
    }

    public LowLevelType ItemType { get; }

    public override bool IsGc { get; }

    /// <summary>No item changes after initialisation (the characters of a string).</summary>
    public bool Immutable { get; }

    public override bool IsVarSize => true;
}

/// <summary><c>FixedSizeArray(itemType, length)</c>: a non-GC array whose length is part of the type,
/// stored without a length field; it can be inlined in a struct.</summary>
internal sealed class FixedSizeArrayType : ContainerType
{
    public FixedSizeArrayType(LowLevelType itemType, int length)
    {
        CheckInlinable(itemType, "fixed-size array item");
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ItemType = itemType;
        Length = length;
    }

    public LowLevelType ItemType { get; }

    public int Length { get; }

    public override bool IsGc => false;

    public override bool IsVarSize => false;
}

/// <summary><c>FuncType(args, result)</c>: the type of a function; a <c>Ptr</c> to it is a function
/// pointer. Arguments and result are primitives or pointers, never containers by value.</summary>
internal sealed class FuncType : ContainerType
{
    public FuncType(ImmutableArray<LowLevelType> args, LowLevelType result)
    {
        foreach (var type in args.Append(result))
        {
            if (type is ContainerType)
                throw new ArgumentException($"a function passes and returns primitives and pointers, not {type}");
        }
        Args = args;
        Result = result;
    }

    public ImmutableArray<LowLevelType> Args { get; }

    public LowLevelType Result { get; }

    public override bool IsGc => false;

    public override bool IsVarSize => false;
}

/// <summary>An object whose contents the toolchain does not know, named. <c>GCREF</c> is a pointer
/// to the GC opaque type of that name: any GC object, with its type erased.</summary>
internal sealed class OpaqueType(string name, bool isGc) : ContainerType
{
    public string Name { get; } = name;

    public override bool IsGc { get; } = isGc;

    public override bool IsVarSize => false;
}

/// <summary>
/// A placeholder for a struct that is not built yet, so that the struct can contain pointers to
/// itself. Use it only through a Ptr; once the struct exists, <see cref="Become"/> it. From then on
/// it is transparent (equal to, hashed and printed as its struct).
/// </summary>
internal sealed class ForwardReference(bool isGc) : ContainerType
{
    public override bool IsGc { get; } = isGc;

    /// <summary>The struct this reference became, or null while unresolved.</summary>
    public StructType? Target { get; private set; }

    public override bool IsVarSize => Target?.IsVarSize ?? false;

    /// <summary>Makes this reference stand for <paramref name="target"/>, once.</summary>
    public void Become(StructType target)
    {
        if (Target is not null)
            throw new InvalidOperationException($"this forward reference already became {Target.Name}");
        if (target.IsGc != IsGc)
            throw new ArgumentException($"a {this} cannot become {(target.IsGc ? "GC" : "non-GC")} struct {target.Name}", nameof(target));
        Target = target;
    }
}

/// <summary>
/// The primitive types and the constructors of containers, named as in RPython so that code building
/// types reads like lltype (<c>Ptr(GcStruct("list", ("length", Signed), ("items", Ptr(GcArray(Signed)))))</c>).
/// </summary>
internal static class LowLevelTypes
{
    /// <summary>A machine word, 64 bits: RPython's int.</summary>
    public static readonly PrimitiveType Signed = new(PrimitiveKind.Signed);

    public static readonly PrimitiveType Unsigned = new(PrimitiveKind.Unsigned);

    public static readonly PrimitiveType SignedLongLong = new(PrimitiveKind.SignedLongLong);

    public static readonly PrimitiveType UnsignedLongLong = new(PrimitiveKind.UnsignedLongLong);

    /// <summary>A double.</summary>
    public static readonly PrimitiveType Float = new(PrimitiveKind.Float);

    public static readonly PrimitiveType SingleFloat = new(PrimitiveKind.SingleFloat);

    public static readonly PrimitiveType Bool = new(PrimitiveKind.Bool);

    /// <summary>An 8-bit character, the item of byte strings.</summary>
    public static readonly PrimitiveType Char = new(PrimitiveKind.Char);

    /// <summary>A 32-bit code point, the item of unicode strings.</summary>
    public static readonly PrimitiveType UniChar = new(PrimitiveKind.UniChar);

    /// <summary>No value and no storage: the type of constants that only matter at translation time
    /// (field names, single functions) and of operations without a result.</summary>
    public static readonly PrimitiveType Void = new(PrimitiveKind.Void);

    /// <summary>A raw address, never traced by the GC.</summary>
    public static readonly PrimitiveType Address = new(PrimitiveKind.Address);

    /// <summary>A GC pointer to any GC object, its type erased (llmemory.GCREF).</summary>
    public static readonly PtrType GCREF = new(new OpaqueType("GCREF", isGc: true));

    public static PtrType Ptr(ContainerType target) => new(target);

    public static StructType Struct(string name, params (string Name, LowLevelType Type)[] fields) =>
        new(name, isGc: false, [.. fields.Select(f => new StructField(f.Name, f.Type))]);

    public static StructType GcStruct(string name, params (string Name, LowLevelType Type)[] fields) =>
        new(name, isGc: true, [.. fields.Select(f => new StructField(f.Name, f.Type))]);

    public static ArrayType Array(LowLevelType itemType) => new(itemType, isGc: false);

    public static ArrayType GcArray(LowLevelType itemType) => new(itemType, isGc: true);

    public static FixedSizeArrayType FixedSizeArray(LowLevelType itemType, int length) => new(itemType, length);

    public static FuncType Func(ImmutableArray<LowLevelType> args, LowLevelType result) => new(args, result);

    public static ForwardReference ForwardReference() => new(isGc: false);

    public static ForwardReference GcForwardReference() => new(isGc: true);
}
