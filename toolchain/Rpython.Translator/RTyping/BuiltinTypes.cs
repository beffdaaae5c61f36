namespace Rpython.Translator.RTyping;

/// <summary>
/// The low-level types of RPython's built-in values (RPython's rstr.py, rlist.py, rtuple.py), the one
/// place that defines them: the RTyper lowers to them, the ll helpers (toolchain/rpython/rtyper/*.py)
/// work on them, the backend's entry glue builds the command line as one.
/// <list type="bullet">
/// <item>a <c>str</c> is a pointer to <c>rpy_str</c>: a cached hash (0 = not computed yet) and its
/// characters inline, as Unicode code points (UniChar, 32 bits: len and indexing are Python 3's);</item>
/// <item><c>bytes</c> is <c>rpy_bytes</c>, the same with 8-bit Chars;</item>
/// <item>a resizable list is a pointer to <c>list</c>: its length and a pointer to a GcArray of items,
/// over-allocated so that append is amortised O(1); a list that never changes size is the GcArray itself;</item>
/// <item>a tuple is an immutable GcStruct with fields <c>item0</c>, <c>item1</c>...</item>
/// </list>
/// The types are structural: two lists of the same item type are the same type.
/// </summary>
internal static class BuiltinTypes
{
    public static readonly StructType Str = new("rpy_str", isGc: true,
        [new("hash", LowLevelTypes.Signed), new("chars", new ArrayType(LowLevelTypes.UniChar, isGc: false, immutable: true))]);

    public static readonly StructType Bytes = new("rpy_bytes", isGc: true,
        [new("hash", LowLevelTypes.Signed), new("chars", new ArrayType(LowLevelTypes.Char, isGc: false, immutable: true))]);

    public static readonly PtrType StrPtr = LowLevelTypes.Ptr(Str);

    public static readonly PtrType BytesPtr = LowLevelTypes.Ptr(Bytes);

    /// <summary>The items array of a list of <paramref name="item"/>s (and a fixed-size list itself).</summary>
    public static ArrayType ItemsOf(LowLevelType item) => LowLevelTypes.GcArray(item);

    /// <summary>A resizable list: <c>length</c> items used of <c>items</c>.</summary>
    public static StructType ListOf(LowLevelType item) =>
        new("list", isGc: true, [new("length", LowLevelTypes.Signed), new("items", LowLevelTypes.Ptr(ItemsOf(item)))]);

    /// <summary>The iterator over a list (of either kind): the list and the index of the next item.</summary>
    public static StructType IteratorOf(PtrType list) =>
        new("listiter", isGc: true, [new("list", list), new("index", LowLevelTypes.Signed)]);

    /// <summary>The iterator over the characters of a str.</summary>
    public static readonly StructType StrIterator = new("striter", isGc: true, [new("string", StrPtr), new("index", LowLevelTypes.Signed)]);

    public static StructType TupleOf(IReadOnlyList<LowLevelType> items) =>
        new("tuple" + items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), isGc: true,
            [.. items.Select((t, i) => new StructField("item" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), t))], immutable: true);
}
