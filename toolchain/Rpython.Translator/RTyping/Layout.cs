using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Rpython.Translator.RTyping;

// Memory layouts of low-level types (DESIGN decision 4): objects live in a raw heap managed by the
// generated GC, the C# backend emits [StructLayout(LayoutKind.Explicit)] structs with the offsets
// computed here, and the GC and the JIT read objects through the same offsets. This file is the one
// place that decides them.
//
// Rules (a 64-bit target, as C compilers lay out structs there):
// - Primitives are naturally aligned: Signed, Unsigned, the long longs, Float and Address take 8
//   bytes, SingleFloat and UniChar 4, Bool and Char 1; Void takes no storage. Pointers take 8.
// - Struct fields are placed in order, each at the next offset that is a multiple of its alignment;
//   a struct is aligned like its most aligned field and its size is rounded up to that alignment,
//   so an array of it needs no padding between items.
// - Every GC container starts with the GcHeader at offset 0. A GcStruct with a parent embeds the
//   parent (whose layout already starts with the header) at offset 0, so every field of the parent
//   keeps its offset in every subclass, and a pointer cast between them is free.
// - An array is a Signed length, then the items at the next offset aligned for the item. In a GcArray
//   the length follows the header; a non-GC Array inlined as the last field of a struct starts at
//   that field's offset. A FixedSizeArray has no length field.
// Invariants: Size is a multiple of Alignment; offsets are in bytes from the start of the object
// (header included); GC pointer offsets are sorted and point at 8-byte fields.

/// <summary>
/// The header at offset 0 of every GC object: 16 bytes, so that the fields after it stay 8-aligned.
/// <list type="bullet">
/// <item>bytes 0-3: the type id, an index into the <see cref="TypeLayoutTable"/>. 32 bits rather than
/// RPython's 16: no limit on the number of types, and no need for its "offset in a group" trick.</item>
/// <item>bytes 4-7: the GC flags (incminimark's thirteen and room for more), a word of their own so
/// that setting a flag never rewrites the type id and the write barrier tests them with one load.</item>
/// <item>bytes 8-15: reserved for the GC. A copying collection (semispace, a minor collection)
/// stores the forwarding address there, so every object can be forwarded in place: no minimum
/// object size of two words as in RPython; incminimark can keep its hash/id shadow there.</item>
/// </list>
/// </summary>
internal static class GcHeader
{
    public const int Size = 16;

    public const int TypeIdOffset = 0;

    public const int FlagsOffset = 4;

    public const int ReservedOffset = 8;
}

/// <summary>A field of a struct layout: where it starts and how many bytes it takes (for the
/// inlined Array of a var-sized struct, its length word: the items follow).</summary>
internal sealed record FieldLayout(string Name, LowLevelType Type, int Offset, int Size);

/// <summary>
/// The variable part of an array or a var-sized struct: its length field, then the items. Offsets are
/// from the start of the whole object. The GC traces the pointers of each item at
/// <c>ItemsOffset + i * ItemSize + o</c> for each <c>o</c> in <see cref="ItemGcPointerOffsets"/>.
/// </summary>
internal sealed class VarSizeLayout(int lengthOffset, int itemsOffset, int itemSize, ImmutableArray<int> itemGcPointerOffsets, int alignment)
{
    public int LengthOffset { get; } = lengthOffset;

    public int ItemsOffset { get; } = itemsOffset;

    /// <summary>The distance between two items.</summary>
    public int ItemSize { get; } = itemSize;

    /// <summary>The offsets of the GC pointers inside one item.</summary>
    public ImmutableArray<int> ItemGcPointerOffsets { get; } = itemGcPointerOffsets;

    /// <summary>The size of the object with no items.</summary>
    public int FixedSize => (int)SizeFor(0);

    /// <summary>The size of the object with <paramref name="length"/> items, rounded up to its
    /// alignment; OverflowException if it does not fit in a long.</summary>
    public long SizeFor(long length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return TypeLayout.AlignUp(checked(ItemsOffset + (length * ItemSize)), alignment);
    }

    internal VarSizeLayout Shifted(int offset, int wholeAlignment) =>
        new(LengthOffset + offset, ItemsOffset + offset, ItemSize, ItemGcPointerOffsets, wholeAlignment);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"length@{LengthOffset} items@{ItemsOffset} itemsize {ItemSize} item gcptrs {TypeLayout.Offsets(ItemGcPointerOffsets)}");
}

/// <summary>The layout of a low-level type that has storage: a primitive, a pointer, a struct or an array.</summary>
internal sealed class TypeLayout
{
    /// <summary>The size of a machine word, of a pointer and of an array's length field.</summary>
    public const int WordSize = 8;

    private TypeLayout(LowLevelType type, int size, int alignment, ImmutableArray<FieldLayout> fields, ImmutableArray<int> gcPointerOffsets, VarSizeLayout? varSize)
    {
        Type = type;
        Size = size;
        Alignment = alignment;
        Fields = fields;
        GcPointerOffsets = gcPointerOffsets;
        VarSize = varSize;
    }

    public LowLevelType Type { get; }

    /// <summary>The size in bytes; for a var-sized type, with no items.</summary>
    public int Size { get; }

    public int Alignment { get; }

    /// <summary>The fields of a struct, in order; empty for other types.</summary>
    public ImmutableArray<FieldLayout> Fields { get; }

    /// <summary>The offsets of the GC pointers in the fixed part (the parent's, those of inlined
    /// structs and fixed-size arrays included), what the GC traces. A GC pointer itself has [0].</summary>
    public ImmutableArray<int> GcPointerOffsets { get; }

    /// <summary>The variable part of an array or a var-sized struct, null for fixed-size types.</summary>
    public VarSizeLayout? VarSize { get; }

    public bool HasGcHeader => Type is ContainerType { IsGc: true };

    public FieldLayout Field(string name)
    {
        foreach (var field in Fields)
        {
            if (field.Name == name)
                return field;
        }
        throw new ArgumentException($"{Type} has no field '{name}'", nameof(name));
    }

    /// <summary>Computes the layout. Function and opaque types and unresolved forward references
    /// have none: they are only used through a Ptr.</summary>
    public static TypeLayout Of(LowLevelType type) => type.Resolved() switch
    {
        PrimitiveType p => OfPrimitive(p),
        PtrType p => new(p, WordSize, WordSize, [], p.IsGc ? [0] : [], null),
        StructType s => OfStruct(s),
        ArrayType a => OfArray(a),
        FixedSizeArrayType f => OfFixedSizeArray(f),
        _ => throw new ArgumentException($"{type} has no layout: it is only used through a Ptr", nameof(type)),
    };

    /// <summary>One line for dumps: <c>size 32 align 8 gcptrs [24]</c>, then the variable part if any.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"size {Size} align {Alignment} gcptrs {Offsets(GcPointerOffsets)}");
        if (VarSize is not null)
            text.Append(" varsize ").Append(VarSize);
        return text.ToString();
    }

    internal static long AlignUp(long offset, int alignment) => (offset + alignment - 1) / alignment * alignment;

    internal static string Offsets(ImmutableArray<int> offsets) =>
        "[" + string.Join(", ", offsets.Select(o => o.ToString(CultureInfo.InvariantCulture))) + "]";

    private static int AlignUp(int offset, int alignment) => (int)AlignUp((long)offset, alignment);

    private static TypeLayout OfPrimitive(PrimitiveType type)
    {
        var (size, alignment) = type.Kind switch
        {
            PrimitiveKind.Signed or PrimitiveKind.Unsigned or PrimitiveKind.SignedLongLong or PrimitiveKind.UnsignedLongLong
                or PrimitiveKind.Float or PrimitiveKind.Address => (8, 8),
            PrimitiveKind.SingleFloat or PrimitiveKind.UniChar => (4, 4),
            PrimitiveKind.Bool or PrimitiveKind.Char => (1, 1),
            PrimitiveKind.Void => (0, 1),
            _ => throw new InvalidOperationException("unknown primitive " + type.Name),
        };
        return new(type, size, alignment, [], [], null);
    }

    private static TypeLayout OfStruct(StructType type)
    {
        // The parent brings the header with it; a root GcStruct starts with one.
        int offset = type.IsGc && type.Super is null ? GcHeader.Size : 0;
        int alignment = type.IsGc ? WordSize : 1;
        var fields = ImmutableArray.CreateBuilder<FieldLayout>(type.Fields.Length);
        var pointers = ImmutableArray.CreateBuilder<int>();
        VarSizeLayout? varPart = null;
        int varOffset = 0;
        foreach (var field in type.Fields)
        {
            var layout = Of(field.Type);
            int at = AlignUp(offset, layout.Alignment);
            fields.Add(new FieldLayout(field.Name, field.Type.Resolved(), at, layout.Size));
            pointers.AddRange(layout.GcPointerOffsets.Select(p => at + p));
            if (layout.VarSize is not null)
                (varPart, varOffset) = (layout.VarSize, at);  // the inlined Array, always the last field
            offset = at + layout.Size;
            alignment = Math.Max(alignment, layout.Alignment);
        }
        var varSize = varPart?.Shifted(varOffset, alignment);
        return new(type, AlignUp(offset, alignment), alignment, fields.MoveToImmutable(), pointers.ToImmutable(), varSize);
    }

    private static TypeLayout OfArray(ArrayType type)
    {
        var item = Of(type.ItemType);
        int lengthOffset = type.IsGc ? GcHeader.Size : 0;
        int itemsOffset = AlignUp(lengthOffset + WordSize, item.Alignment);
        int alignment = Math.Max(WordSize, item.Alignment);
        // Item sizes are multiples of their alignment (structs are rounded up), so the size is the stride.
        var varSize = new VarSizeLayout(lengthOffset, itemsOffset, item.Size, item.GcPointerOffsets, alignment);
        return new(type, varSize.FixedSize, alignment, [], [], varSize);
    }

    private static TypeLayout OfFixedSizeArray(FixedSizeArrayType type)
    {
        var item = Of(type.ItemType);
        var pointers = ImmutableArray.CreateBuilder<int>(item.GcPointerOffsets.Length * type.Length);
        for (int i = 0; i < type.Length; i++)
            pointers.AddRange(item.GcPointerOffsets.Select(p => (i * item.Size) + p));
        return new(type, checked(item.Size * type.Length), item.Alignment, [], pointers.MoveToImmutable(), null);
    }
}
