using System.Globalization;
using System.Text;

namespace Rpython.Translator.RTyping;

// The GC's view of the program's types (RPython's gctypelayout.GCData, its TYPE_INFO table): each GC
// container type that can be allocated gets a type id, stored in the GcHeader of its objects, and the
// table answers what the GC and the generated code need from an id: the size, the variable part
// (length and item offsets, item size), the offsets of the GC pointers to trace, and for instances
// the subclass range of their class (isinstance from the type id alone).
//
// Ids are assigned in registration order from FirstTypeId, so the same translation always gives the
// same ids (the generated C# and the golden dumps depend on it). One table per translation.
// Invariants: only GC containers are registered; registering a type again returns its id; ids are
// dense (FirstTypeId .. FirstTypeId + Count - 1).

/// <summary>What the table knows about one GC type.</summary>
internal sealed record GcTypeInfo(int TypeId, ContainerType Type, TypeLayout Layout, ClassRange? ClassRange);

internal sealed class TypeLayoutTable
{
    /// <summary>The first type id; 0 is never one, so a zeroed header is recognisably not an object.</summary>
    public const int FirstTypeId = 1;

    private readonly List<GcTypeInfo> _types = [];
    private readonly Dictionary<LowLevelType, int> _ids = [];

    /// <summary>The registered types, in type id order.</summary>
    public IReadOnlyList<GcTypeInfo> Types => _types;

    /// <summary>Gives <paramref name="type"/> a type id, or returns the one it has.</summary>
    public int Register(ContainerType type) => Add(type, null);

    /// <summary>Registers the GcStruct of the instances of a class, with the class's id range.</summary>
    public int RegisterInstance(StructType type, ClassRange classRange) => Add(type, classRange);

    public int TypeIdOf(ContainerType type) =>
        _ids.TryGetValue(type, out int id) ? id : throw new ArgumentException($"{type} has no type id: it was not registered", nameof(type));

    public GcTypeInfo this[int typeId] =>
        typeId >= FirstTypeId && typeId - FirstTypeId < _types.Count
            ? _types[typeId - FirstTypeId]
            : throw new ArgumentOutOfRangeException(nameof(typeId), typeId, "not a registered type id");

    /// <summary>An object with type id <paramref name="typeId"/> is an instance of the class whose
    /// range is <paramref name="classRange"/> (false for objects that are not instances).</summary>
    public bool IsInstance(int typeId, ClassRange classRange) => this[typeId].ClassRange is { } own && classRange.Contains(own.Min);

    /// <summary>The table as text, one type per line: id, type, layout, class range.</summary>
    public string Dump()
    {
        var text = new StringBuilder();
        foreach (var info in _types)
        {
            text.Append(CultureInfo.InvariantCulture, $"{info.TypeId}: {info.Type}\n    {info.Layout}");
            if (info.ClassRange is { } range)
                text.Append(" class ").Append(range);
            text.Append('\n');
        }
        return text.ToString();
    }

    private int Add(ContainerType type, ClassRange? classRange)
    {
        var resolved = (ContainerType)type.Resolved();
        if (!resolved.IsGc || resolved is OpaqueType or ForwardReference)
            throw new ArgumentException($"only GC structs and arrays get a type id, not {type}", nameof(type));
        if (_ids.TryGetValue(resolved, out int id))
        {
            if (this[id].ClassRange != classRange)
                throw new ArgumentException($"{type} is already registered with class range {this[id].ClassRange?.ToString() ?? "none"}", nameof(type));
            return id;
        }
        id = FirstTypeId + _types.Count;
        _types.Add(new GcTypeInfo(id, resolved, TypeLayout.Of(resolved), classRange));
        _ids.Add(resolved, id);
        return id;
    }
}
