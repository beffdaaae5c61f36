namespace Rpython.Translator.RTyping;

/// <summary>
/// The low-level types of RPython's built-in values (RPython's rstr.py, rlist.py, rtuple.py,
/// rordereddict.py), the one place that defines them: the RTyper lowers to them, the ll helpers
/// (toolchain/rpython/rtyper/*.py) work on them, the backend's entry glue builds the command line as one.
/// <list type="bullet">
/// <item>a <c>str</c> is a pointer to <c>rpy_str</c>: a cached hash (0 = not computed yet) and its
/// characters inline, as Unicode code points (UniChar, 32 bits: len and indexing are Python 3's);</item>
/// <item><c>bytes</c> is <c>rpy_bytes</c>, the same with 8-bit Chars;</item>
/// <item>a resizable list is a pointer to <c>list</c>: its length and a pointer to a GcArray of items,
/// over-allocated so that append is amortised O(1); a list that never changes size is the GcArray itself;</item>
/// <item>a tuple is an immutable GcStruct with fields <c>item0</c>, <c>item1</c>...</item>
/// <item>an iterator over a list, a str or bytes is the object and the index of the next item; the
/// iterator of <c>enumerate(l)</c> is the iterator over <c>l</c> (its next gives the index too);</item>
/// <item>a StringBuilder is <c>stringbuilder</c>: the number of characters appended so far, at the
/// start of <c>buf</c>, an rpy_str over-allocated so that appending is amortised O(1) (see rbuilder.py);</item>
/// <item>a dict is a pointer to <c>dicttable</c>, an insertion-ordered hash table: <c>entries</c> holds
/// the entries in insertion order (key, value, the key's hash, and whether the entry is live: a
/// deleted one stays until the entries are compacted), <c>indexes</c> is the open-addressing table
/// of slots, each free, deleted or an entry's index (plus 2), and <c>resize_counter</c> says how
/// many more slots may be used before the table grows (see rordereddict.py). A dict whose
/// <c>indexes</c> is null (a prebuilt one) builds it on first use: its <c>num_ever_used_items</c>
/// first entries must then hold its keys and values and <c>num_live_items</c> be the same number;
/// their hashes and live flags, and <c>resize_counter</c>, need not be set.</item>
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

    /// <summary>The iterator over a list only range() makes and nothing changes (RPython's rrange):
    /// the next value, how many remain and the step, without the list; <c>index</c> counts the
    /// values returned, as the list iterator's does, for enumerate.</summary>
    public static readonly StructType RangeIterator = new("rangeiter", isGc: true,
        [new("index", LowLevelTypes.Signed), new("next", LowLevelTypes.Signed), new("remaining", LowLevelTypes.Signed), new("step", LowLevelTypes.Signed)]);

    /// <summary>The iterator over the characters of a str, or the bytes of a bytes object.</summary>
    public static StructType StrIteratorOf(PtrType str) =>
        new("striter", isGc: true, [new("string", str), new("index", LowLevelTypes.Signed)]);

    /// <summary>A StringBuilder: <c>length</c> characters used of <c>buf</c>.</summary>
    public static readonly StructType StringBuilder = new("stringbuilder", isGc: true, [new("length", LowLevelTypes.Signed), new("buf", StrPtr)]);

    /// <summary>An entry of a dict, inline in its entries array.</summary>
    public static StructType DictEntryOf(LowLevelType key, LowLevelType value) =>
        new("odictentry", isGc: false,
            [new("key", key), new("value", value), new("f_hash", LowLevelTypes.Signed), new("f_valid", LowLevelTypes.Bool)]);

    /// <summary>A dict from <paramref name="key"/>s to <paramref name="value"/>s.</summary>
    public static StructType DictOf(LowLevelType key, LowLevelType value) =>
        new("dicttable", isGc: true,
        [
            new("num_live_items", LowLevelTypes.Signed),
            new("num_ever_used_items", LowLevelTypes.Signed),
            new("resize_counter", LowLevelTypes.Signed),
            new("indexes", LowLevelTypes.Ptr(LowLevelTypes.GcArray(LowLevelTypes.Signed))),
            new("entries", LowLevelTypes.Ptr(LowLevelTypes.GcArray(DictEntryOf(key, value)))),
        ]);

    /// <summary>The iterator over the keys of a dict: the dict and the index of the next entry to look at.</summary>
    public static StructType DictIteratorOf(PtrType dict) =>
        new("dictiter", isGc: true, [new("dict", dict), new("index", LowLevelTypes.Signed)]);

    public static StructType TupleOf(IReadOnlyList<LowLevelType> items) =>
        new("tuple" + items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), isGc: true,
            [.. items.Select((t, i) => new StructField("item" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), t))], immutable: true);
}
