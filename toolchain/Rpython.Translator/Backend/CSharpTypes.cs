using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Rpython.Translator.RTyping;

namespace Rpython.Translator.Backend;

// The C# form of low-level types (DESIGN decision 4; RPython's translator/c/node.py StructDefNode):
// every struct and array a program uses becomes an unmanaged C# struct with
// [StructLayout(LayoutKind.Explicit)] and the field offsets RTyping/Layout.cs computed, so the
// generated code, the GC and the JIT read objects at the same offsets.
//
// - Primitives: Signed long, Unsigned ulong, the long longs long/ulong, Float double, SingleFloat
//   float, Bool bool, Char byte, UniChar int (a code point), Address byte*. Void has no storage: a
//   Void field or array item is not declared.
// - A pointer to a struct or array is T*; a pointer to a function is an unmanaged-call-free
//   delegate*<...> of the argument and result types; GCREF and other opaque pointers are void*.
// - A GC container starts with Rpython.Runtime.Memory.GcHeader gc_header (the parent's, for a
//   GcStruct that embeds its parent as 'super'). An array has 'length' and 'items', the first item:
//   item i is (&a->items)[i]. A var-sized struct inlines its array as a struct field.
// - Names come from the low-level names made identifiers (instances_and_methods.Counter →
//   instances_and_methods_Counter); when several different types share a name (every list is a
//   'list'), each gets a suffix describing the fields that tell them apart (list_GcArray_Signed).
//   Names depend only on the types and the order they were added: the output is deterministic.

/// <summary>The C# names and declarations of the low-level types of one emitted program.</summary>
internal sealed class CSharpTypes
{
    public const string GcHeaderType = "Rpython.Runtime.Memory.GcHeader";

    public const string GcHeaderField = "gc_header";

    private readonly List<ContainerType> _containers = [];
    private readonly HashSet<ContainerType> _known = [];
    private readonly Dictionary<ContainerType, string> _names = [];

    /// <summary>Registers the containers <paramref name="type"/> needs, and those their fields need.</summary>
    public void Add(LowLevelType? type)
    {
        switch (type?.Resolved())
        {
            case PtrType p:
                Add(p.Target);
                break;
            case FuncType f:
                foreach (var arg in f.Args)
                    Add(arg);
                Add(f.Result);
                break;
            case StructType s when _known.Add(s):
                _names.Clear();
                foreach (var field in s.Fields)
                    Add(field.Type);
                _containers.Add(s);
                break;
            case ArrayType a when _known.Add(a):
                _names.Clear();
                Add(a.ItemType);
                _containers.Add(a);
                break;
            case FixedSizeArrayType f when _known.Add(f):
                _names.Clear();
                Add(f.ItemType);
                _containers.Add(f);
                break;
        }
    }

    /// <summary>The declared structs, in the order they were registered (a struct after the
    /// structs it inlines).</summary>
    public IReadOnlyList<ContainerType> Containers => _containers;

    /// <summary>The C# type of a value of <paramref name="type"/> ("void" for Void).</summary>
    public string Of(LowLevelType type) => type.Resolved() switch
    {
        PrimitiveType p => Primitive(p.Kind),
        PtrType { Target: FuncType f } => "delegate*<" + string.Join(", ", f.Args.Where(a => a != LowLevelTypes.Void).Append(f.Result).Select(Of)) + ">",
        PtrType { Target: OpaqueType } => "void*",
        PtrType p => NameOf(p.Target) + "*",
        ContainerType c => NameOf(c),
        _ => throw new InvalidOperationException($"no C# type for {type}"),
    };

    /// <summary>The name of the C# struct of a registered container.</summary>
    public string NameOf(ContainerType type)
    {
        if (_names.Count == 0)
            AssignNames();
        return _names.TryGetValue((ContainerType)type.Resolved(), out var name)
            ? name
            : throw new InvalidOperationException($"{type} was not registered with the C# types");
    }

    /// <summary>A field name as C# spells it (a keyword is escaped).</summary>
    public static string FieldName(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    private static string Primitive(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.Signed or PrimitiveKind.SignedLongLong => "long",
        PrimitiveKind.Unsigned or PrimitiveKind.UnsignedLongLong => "ulong",
        PrimitiveKind.Float => "double",
        PrimitiveKind.SingleFloat => "float",
        PrimitiveKind.Bool => "bool",
        PrimitiveKind.Char => "byte",
        PrimitiveKind.UniChar => "int",
        PrimitiveKind.Void => "void",
        PrimitiveKind.Address => "byte*",
        _ => throw new InvalidOperationException("unknown primitive " + kind),
    };

    private void AssignNames()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in _containers.GroupBy(BaseName, StringComparer.Ordinal))
        {
            var members = group.ToList();
            foreach (var type in members)
            {
                string name = members.Count == 1 ? group.Key : group.Key + "_" + Distinction(type, members);
                string unique = name;
                for (int k = 2; !taken.Add(unique) || SyntaxFacts.GetKeywordKind(unique) != SyntaxKind.None; k++)
                    unique = name + "_" + k.ToString(CultureInfo.InvariantCulture);
                _names[type] = unique;
            }
        }
    }

    private static string BaseName(ContainerType type) => type switch
    {
        StructType s => CSharpNames.Identifier(s.Name),
        ArrayType a => (a.IsGc ? "GcArray_" : "Array_") + Describe(a.ItemType, 0),
        FixedSizeArrayType f => "FixedSizeArray" + f.Length.ToString(CultureInfo.InvariantCulture) + "_" + Describe(f.ItemType, 0),
        _ => throw new InvalidOperationException($"{type} has no C# struct"),
    };

    /// <summary>What tells a struct apart from the others of its name: its fields whose types differ
    /// between them, described.</summary>
    private static string Distinction(ContainerType type, List<ContainerType> group)
    {
        if (type is not StructType s || group.Any(other => other is not StructType t || t.Fields.Length != s.Fields.Length))
            return Describe(type, 0);
        var parts = new List<string>();
        for (int i = 0; i < s.Fields.Length; i++)
        {
            var fieldType = s.Fields[i].Type;
            if (group.Any(other => ((StructType)other).Fields[i].Type != fieldType))
                parts.Add(Describe(fieldType, 0));
        }
        return parts.Count > 0 ? string.Join("_", parts) : Describe(type, 0);
    }

    /// <summary>A short description of a type for names: Signed, rpy_str (a pointer is its target),
    /// GcArray_Signed, list_GcArray_Signed (a builtin struct by its name and its last field, to a
    /// depth; a class's struct by its name).</summary>
    private static string Describe(LowLevelType type, int depth) => type.Resolved() switch
    {
        PrimitiveType p => p.Name,
        PtrType { Target: FuncType } => "func",
        PtrType p => Describe(p.Target, depth),
        ArrayType a => (a.IsGc ? "GcArray_" : "Array_") + Describe(a.ItemType, depth),
        FixedSizeArrayType f => "FixedSizeArray" + f.Length.ToString(CultureInfo.InvariantCulture) + "_" + Describe(f.ItemType, depth),
        StructType s when depth < 2 && !s.Fields.IsEmpty && !s.Name.Contains('.', StringComparison.Ordinal) =>
            CSharpNames.Identifier(s.Name) + "_" + Describe(s.Fields[^1].Type, depth + 1),
        StructType s => CSharpNames.Identifier(s.Name),
        OpaqueType o => o.Name,
        var other => CSharpNames.Identifier(other.ToString()),
    };

    /// <summary>The declarations of every registered struct, in registration order.</summary>
    public void EmitDeclarations(StringBuilder text)
    {
        foreach (var type in _containers)
        {
            var layout = TypeLayout.Of(type);
            text.Append("// ").Append(Summary(type)).Append('\n');
            text.Append(type.IsVarSize
                ? "[StructLayout(LayoutKind.Explicit)]\n"
                : string.Create(CultureInfo.InvariantCulture, $"[StructLayout(LayoutKind.Explicit, Size = {Math.Max(layout.Size, 1)})]\n"));
            text.Append("public unsafe struct ").Append(NameOf(type)).Append('\n').Append("{\n");
            foreach (var (offset, fieldType, name) in Fields(type, layout))
                text.Append(CultureInfo.InvariantCulture, $"    [FieldOffset({offset})] public {fieldType} {name};\n");
            text.Append("}\n\n");
        }
    }

    /// <summary>The declared fields of a container: (offset, C# type, name).</summary>
    private IEnumerable<(int Offset, string Type, string Name)> Fields(ContainerType type, TypeLayout layout)
    {
        switch (type)
        {
            case StructType s:
                if (s.IsGc && s.Super is null)
                    yield return (0, GcHeaderType, GcHeaderField);
                foreach (var field in layout.Fields)
                {
                    if (field.Type != LowLevelTypes.Void)
                        yield return (field.Offset, Of(field.Type), FieldName(field.Name));
                }
                break;
            case ArrayType a:
                if (a.IsGc)
                    yield return (0, GcHeaderType, GcHeaderField);
                yield return (layout.VarSize!.LengthOffset, "long", "length");
                if (a.ItemType != LowLevelTypes.Void)
                    yield return (layout.VarSize.ItemsOffset, Of(a.ItemType), "items");
                break;
            case FixedSizeArrayType f:
                if (f.ItemType != LowLevelTypes.Void && f.Length > 0)
                    yield return (0, Of(f.ItemType), "items");
                break;
        }
    }

    /// <summary>The low-level type a struct stands for, in one line (a struct's fields by name only).</summary>
    private static string Summary(ContainerType type) => type switch
    {
        StructType s => (s.IsGc ? "GcStruct " : "Struct ") + s.Name + " { " + string.Join(", ", s.Fields.Select(f => f.Name)) + " }",
        _ => type.ToString(),
    };
}

/// <summary>Identifiers made from RPython names, shared by the emitter's names for methods, locals,
/// types and prebuilt objects.</summary>
internal static class CSharpNames
{
    /// <summary>A valid C# identifier made of the identifier characters of <paramref name="text"/>:
    /// each run of other characters ('.', '&lt;', '&gt;'...) becomes one '_'.</summary>
    public static string Identifier(string text)
    {
        var name = new StringBuilder();
        bool gap = false;
        foreach (char c in text)
        {
            // Formatting characters are legal in C# identifiers but ignored when comparing them.
            if (!SyntaxFacts.IsIdentifierPartCharacter(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                gap = true;
                continue;
            }
            if (gap && name.Length > 0)
                name.Append('_');
            gap = false;
            name.Append(c);
        }
        if (name.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(name[0]))
            name.Insert(0, '_');
        return name.ToString();
    }

    /// <summary><paramref name="name"/>, or name_2, name_3... the first one that is neither taken nor
    /// a keyword (module "_" and function "arglist" would give __arglist); it is taken then.</summary>
    public static string Unique(string name, HashSet<string> taken)
    {
        string candidate = name;
        for (int k = 2; taken.Contains(candidate) || SyntaxFacts.GetKeywordKind(candidate) != SyntaxKind.None; k++)
            candidate = name + "_" + k.ToString(CultureInfo.InvariantCulture);
        taken.Add(candidate);
        return candidate;
    }
}
