using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Rpython.Translator.Flow;
using Rpython.Translator.RTyping;

namespace Rpython.Translator.Backend;

// The program's prebuilt objects (RPython's static data of translator/c/node.py): the constants the
// graphs refer to — prebuilt strs, the classes' vtables, exc_data, prebuilt instances, lists and
// tables — and everything they point to, laid out at translation time into one image, in the same
// layout as objects the program allocates (RTyping/Layout.cs), GC headers with type ids included.
//
// At startup the image is copied into native memory (a non-moving area: the GC never moves or frees
// a prebuilt object) and relocated. The image is written as one hex string per object, not as a
// byte array literal: Roslyn parsed a program with a literal of a few hundred thousand elements
// several times slower (a syntax list that big, once pooled, is cleared again for every list after
// it; pyvm's 280 KB image made its whole parse 5x slower). every pointer slot holds the offset of its target in the image,
// to which the image's address is added; function pointers are stored by code. The generated code
// names each object the graphs refer to with a property of the class Prebuilt (str_hello,
// vtable_Counter, exc_data), which the CLR's JIT turns into a constant address.
//
// Values are the LLInterpreter's heap model (LLObject, LLArray, ClassInfo for a vtable, a string
// for a prebuilt str), so the same constants run in the interpreter and in the translated program.
// Offset 0 is never an object: a slot holding 0 is a null pointer, not relocated. Objects are laid
// out in the order they are first referenced: the output is deterministic.
//
// For a framework GC (CSharpGc.IsFramework) every GC object's header has the flags
// GcFlags.PrebuiltInitial, and Prebuilt.RegisterRoots declares the image's roots to the collector:
// each GC pointer field of a non-GC object (exc_data.exc_value: stored into without a write
// barrier, so a static root), and each GC object with GC pointer fields (which the semispace
// collector traces at every collection, and incminimark's heap checker verifies).

/// <summary>Collects the prebuilt objects of one emitted program and writes their image.</summary>
internal sealed class PrebuiltHeap(CSharpTypes types, TypeLayoutTable typeIds, CSharpGc gc)
{
    public const string ClassName = "Prebuilt";

    /// <summary>The method that declares the image's roots to a framework GC (see <see cref="Emit"/>).</summary>
    public const string RegisterRootsMethod = "RegisterRoots";

    private const int Alignment = 16;

    private readonly CSharpGc _gc = gc;

    private readonly Dictionary<object, PrebuiltObject> _objects = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, PrebuiltObject> _strs = new(StringComparer.Ordinal);
    private readonly List<PrebuiltObject> _order = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    // Pointer slots written before their target's offset was known: (the object's bytes, the slot, the target).
    private readonly List<(byte[] Bytes, int At, PrebuiltObject Target)> _pending = [];

    /// <summary>An object of the image: its value, its low-level type (the pointer's target), where it
    /// is and how big, and the property naming it, if the code refers to it.</summary>
    private sealed class PrebuiltObject(object value, ContainerType type, int length)
    {
        public object Value { get; } = value;

        public ContainerType Type { get; } = type;

        /// <summary>The number of items of an array or a var-sized struct's array.</summary>
        public int Length { get; } = length;

        public int Offset { get; set; } = -1;

        public int Size { get; set; }

        public string? Name { get; set; }
    }

    public bool IsEmpty => _order.Count == 0;

    /// <summary>The C# expression of a prebuilt object referred to by code, a value of pointer type
    /// <paramref name="type"/>; the object (and what it points to) joins the image.</summary>
    public string Reference(object value, PtrType type)
    {
        var prebuilt = Add(value, type.Target);
        prebuilt.Name ??= CSharpNames.Unique(NameFor(prebuilt), _names);
        // A subclass's vtable referred to as a parent's: the property has the object's own type.
        return prebuilt.Type == type.Target
            ? ClassName + "." + prebuilt.Name
            : "((" + types.Of(type) + ")" + ClassName + "." + prebuilt.Name + ")";
    }

    private PrebuiltObject Add(object value, ContainerType type)
    {
        if (value is string text)
        {
            if (!_strs.TryGetValue(text, out var str))
            {
                var llstr = LLInterpreter.NewStr(text);
                str = New(llstr, BuiltinTypes.Str, ((LLArray)llstr.Fields["chars"]!).Items.Length);
                _strs[text] = str;
            }
            return str;
        }
        if (_objects.TryGetValue(value, out var known))
            return known;
        if (value is ClassInfo info)
        {
            // A vtable is its class's vtable struct (with the method slots it adds), whatever the pointer says.
            var vtable = New(info, info.VtableStruct, 0);
            _objects[value] = vtable;
            return vtable;
        }
        int length = value switch
        {
            LLArray array => array.Items.Length,
            LLObject { Type.IsVarSize: true } o => ((LLArray)o.Fields[o.Type.Fields[^1].Name]!).Items.Length,
            _ => 0,
        };
        // An object is laid out as what it is (a subclass's instance referred to as its base's), not as the pointer says.
        var own = value switch
        {
            LLObject o => o.Type,
            LLArray a => a.Type,
            _ => (ContainerType)type.Resolved(),
        };
        var made = New(value, own, length);
        _objects[value] = made;
        return made;
    }

    private PrebuiltObject New(object value, ContainerType type, int length)
    {
        var prebuilt = new PrebuiltObject(value, type, length);
        _order.Add(prebuilt);
        _unwalked.Enqueue(prebuilt);
        types.Add(type);
        return prebuilt;
    }

    // Objects whose fields have not been looked through yet for the objects they point to.
    private readonly Queue<PrebuiltObject> _unwalked = new();

    /// <summary>Adds a constant the graphs refer to (a value of pointer type <paramref name="type"/>) and
    /// every object it reaches, registering their types with the program's C# types: to be called for
    /// every prebuilt constant before any code or type name is emitted.</summary>
    public void Include(object value, PtrType type)
    {
        Add(value, type.Target);
        while (_unwalked.TryDequeue(out var prebuilt))
        {
            switch (prebuilt.Value)
            {
                case ClassInfo:
                    break;  // a vtable points to functions only
                case LLObject o:
                    WalkStruct((StructType)prebuilt.Type, o);
                    break;
                case LLArray array when prebuilt.Type is ArrayType a:
                    WalkItems(a.ItemType, array);
                    break;
                case LLArray array when prebuilt.Type is FixedSizeArrayType f:
                    WalkItems(f.ItemType, array);
                    break;
            }
        }
    }

    private void WalkStruct(StructType type, LLObject o)
    {
        foreach (var field in type.Fields)
        {
            if (field.Name == "super" && type.Super is { } parent)
            {
                WalkStruct(parent, o);  // the parent's fields are the object's own
                continue;
            }
            WalkValue(field.Type.Resolved(), o.Fields.GetValueOrDefault(field.Name));
        }
    }

    private void WalkItems(LowLevelType itemType, LLArray array)
    {
        foreach (var item in array.Items)
            WalkValue(itemType.Resolved(), item);
    }

    private void WalkValue(LowLevelType type, object? value)
    {
        switch (type, value)
        {
            case (PtrType { Target: FuncType }, _) or (_, null):
                break;
            case (PtrType pointer, { } target):
                Add(target, pointer.Target);
                break;
            case (StructType inlined, LLObject o):
                WalkStruct(inlined, o);
                break;
            case (ArrayType inlined, LLArray items):
                WalkItems(inlined.ItemType, items);
                break;
            case (FixedSizeArrayType inlined, LLArray items):
                WalkItems(inlined.ItemType, items);
                break;
        }
    }

    private static string NameFor(PrebuiltObject prebuilt) => prebuilt.Value switch
    {
        LLObject o when o.Type == BuiltinTypes.Str => "str_" + StrName(LLInterpreter.StrText(o) ?? ""),
        ClassInfo vtable => "vtable_" + CSharpNames.Identifier(vtable.Name),
        LLObject { Type.IsGc: true } o => "prebuilt_" + CSharpNames.Identifier(o.Type.Name),
        LLObject o => CSharpNames.Identifier(o.Type.Name),
        _ => "array",
    };

    /// <summary>A name part from a str's text: its identifier characters, shortened.</summary>
    private static string StrName(string text)
    {
        var name = new StringBuilder();
        foreach (char c in text)
        {
            if (name.Length >= 24)
                break;
            name.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }
        return name.Length > 0 ? name.ToString() : "empty";
    }

    /// <summary>Writes the class Prebuilt: the image, its relocation, and a property per named object.</summary>
    public void Emit(StringBuilder text, IReadOnlyDictionary<FunctionGraph, string> methodNames)
    {
        var chunks = new List<byte[]> { new byte[Alignment] };
        int end = Alignment;
        var pointerSlots = new List<int>();
        var staticRoots = new List<int>();
        var functionSlots = new List<(int Slot, FunctionGraph Graph, PtrType Type)>();
        // Objects join _order while the ones before them are written (a field points to a new one).
        for (int i = 0; i < _order.Count; i++)
        {
            var prebuilt = _order[i];
            var layout = TypeLayout.Of(prebuilt.Type);
            prebuilt.Offset = end;
            prebuilt.Size = (int)(layout.VarSize?.SizeFor(prebuilt.Length) ?? layout.Size);
            var bytes = new byte[AlignUp(prebuilt.Size)];
            new ObjectWriter(this, bytes, prebuilt.Offset, pointerSlots, prebuilt.Type.IsGc ? null : staticRoots, functionSlots)
                .Container(prebuilt.Type, prebuilt.Value, 0, prebuilt.Length);
            chunks.Add(bytes);
            end += bytes.Length;
        }
        // Every object has its offset now: a pointer slot holds its target's, relocated at startup.
        foreach (var (bytes, at, target) in _pending)
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(at), target.Offset);
        var image = chunks.SelectMany(c => c).ToList();
        text.Append("// The prebuilt objects (Backend/PrebuiltHeap.cs): one image, copied to native memory at startup\n")
            .Append("// and relocated; each object the code refers to has a property.\n")
            .Append("public static unsafe class ").Append(ClassName).Append('\n')
            .Append("{\n")
            .Append("    private static readonly byte* s_image = Load();\n\n");
        foreach (var prebuilt in _order.Where(p => p.Name is not null))
        {
            text.Append(CultureInfo.InvariantCulture,
                $"    public static {types.NameOf(prebuilt.Type)}* {prebuilt.Name} => ({types.NameOf(prebuilt.Type)}*)(s_image + {prebuilt.Offset});\n");
        }
        text.Append('\n')
            .Append("    private static byte* Load()\n")
            .Append("    {\n")
            .Append("        ReadOnlySpan<string> image =\n")
            .Append("        [\n");
        AppendBytes(text, image, 0, Alignment, "(offset 0 is never an object: a zero slot is a null pointer)");
        foreach (var prebuilt in _order)
            AppendBytes(text, image, prebuilt.Offset, AlignUp(prebuilt.Size), Describe(prebuilt));
        text.Append("        ];\n")
            .Append("        ReadOnlySpan<int> pointerSlots = [").Append(string.Join(", ", pointerSlots.Select(s => s.ToString(CultureInfo.InvariantCulture)))).Append("];\n")
            .Append(CultureInfo.InvariantCulture, $"        byte* data = (byte*)NativeMemory.AlignedAlloc({image.Count}, {Alignment});\n")
            .Append("        int length = 0;\n")
            .Append("        foreach (string bytes in image)\n")
            .Append("        {\n")
            .Append("            Convert.FromHexString(bytes, new Span<byte>(data + length, bytes.Length / 2), out _, out _);\n")
            .Append("            length += bytes.Length / 2;\n")
            .Append("        }\n")
            .Append("        foreach (int slot in pointerSlots)\n")
            .Append("            *(nint*)(data + slot) += (nint)data;\n");
        foreach (var (slot, graph, type) in functionSlots)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"        *(nint*)(data + {slot}) = (nint)({types.Of(type)})&{CSharpUnit.ClassName}.{methodNames[graph]};\n");
        }
        text.Append("        return data;\n")
            .Append("    }\n");
        if (_gc.IsFramework)
            EmitRegisterRoots(text, staticRoots);
        text.Append("}\n");
    }

    private void EmitRegisterRoots(StringBuilder text, List<int> staticRoots)
    {
        var tracedObjects = _order.Where(p => p.Type.IsGc && TypeLayout.Of(p.Type) is var layout
            && (layout.GcPointerOffsets.Length > 0 || layout.VarSize is { ItemGcPointerOffsets.Length: > 0 }));
        static string List(IEnumerable<int> offsets) => string.Join(", ", offsets.Select(o => o.ToString(CultureInfo.InvariantCulture)));
        text.Append('\n')
            .Append("    /// <summary>Declares the GC pointer fields of the non-GC objects (static roots) and the GC objects\n")
            .Append("    /// holding GC pointers to the collector, after its Initialize.</summary>\n")
            .Append("    public static void ").Append(RegisterRootsMethod).Append("()\n")
            .Append("    {\n")
            .Append("        ReadOnlySpan<int> staticRoots = [").Append(List(staticRoots)).Append("];\n")
            .Append("        foreach (int slot in staticRoots)\n")
            .Append("            Rpython.Runtime.Memory.GcRoots.AddStaticRoot((void**)(s_image + slot));\n")
            .Append("        ReadOnlySpan<int> objects = [").Append(List(tracedObjects.Select(p => p.Offset))).Append("];\n")
            .Append("        foreach (int offset in objects)\n")
            .Append("            Rpython.Runtime.Memory.GcRoots.AddPrebuiltObject(s_image + offset);\n")
            .Append("    }\n");
    }

    private static int AlignUp(int size) => (size + Alignment - 1) / Alignment * Alignment;

    private string Describe(PrebuiltObject prebuilt)
    {
        string what = prebuilt.Value switch
        {
            LLObject o when o.Type == BuiltinTypes.Str => "rpy_str " + PyRepr.Of(LLInterpreter.StrText(o)),
            ClassInfo vtable => "vtable of " + vtable.Name,
            _ => types.NameOf(prebuilt.Type),
        };
        return prebuilt.Name is null ? what : what + " (" + prebuilt.Name + ")";
    }

    private static void AppendBytes(StringBuilder text, List<byte> image, int offset, int count, string comment)
    {
        text.Append(CultureInfo.InvariantCulture, $"            // @{offset}: {comment}\n")
            .Append("            \"");
        for (int i = offset; i < offset + count; i++)
            text.Append(image[i].ToString("X2", CultureInfo.InvariantCulture));
        text.Append("\",\n");
    }

    /// <summary>Writes one object's bytes: its header, fields and items at their layout's offsets.
    /// <paramref name="staticRoots"/> (for a non-GC object) receives the image offset of each GC pointer field.</summary>
    private sealed class ObjectWriter(PrebuiltHeap heap, byte[] bytes, int objectOffset, List<int> pointerSlots, List<int>? staticRoots,
        List<(int, FunctionGraph, PtrType)> functionSlots)
    {
        public void Container(ContainerType type, object value, int at, int length)
        {
            var layout = TypeLayout.Of(type);
            if (type.IsGc)
            {
                BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at + GcHeader.TypeIdOffset), heap.TypeId(type));
                BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at + GcHeader.FlagsOffset), heap._gc.PrebuiltHeaderFlags);
            }
            switch (type, value)
            {
                case (StructType s, ClassInfo { Vtable: { } contents }):
                    Struct(s, contents, at, 0);
                    break;
                case (StructType, ClassInfo vtable):
                    Value(LowLevelTypes.Signed, (long)vtable.Range.Min, at + layout.Field("subclassrange_min").Offset);
                    Value(LowLevelTypes.Signed, (long)vtable.Range.Max, at + layout.Field("subclassrange_max").Offset);
                    break;
                case (StructType s, LLObject o):
                    Struct(s, o, at, length);
                    break;
                case (ArrayType a, LLArray array):
                    Array(a, array, at + layout.VarSize!.LengthOffset, at + layout.VarSize.ItemsOffset, layout.VarSize.ItemSize);
                    break;
                case (FixedSizeArrayType f, LLArray array):
                    for (int i = 0; i < f.Length; i++)
                        Value(f.ItemType, array.Items[i], at + (i * TypeLayout.Of(f.ItemType).Size));
                    break;
                default:
                    throw new BackendError(null, $"a prebuilt {value.GetType().Name} cannot be a {type}");
            }
        }

        private void Struct(StructType type, LLObject o, int at, int length)
        {
            foreach (var field in TypeLayout.Of(type).Fields)
            {
                if (field.Name == "super" && type.Super is { } parent)
                {
                    Struct(parent, o, at + field.Offset, length);  // the parent's fields are the object's own
                    continue;
                }
                var value = o.Fields[field.Name];
                if (field.Type is ArrayType inlined)
                {
                    var inlinedLayout = TypeLayout.Of(inlined).VarSize!;
                    Array(inlined, (LLArray)value!, at + field.Offset + inlinedLayout.LengthOffset, at + field.Offset + inlinedLayout.ItemsOffset, inlinedLayout.ItemSize);
                    continue;
                }
                Value(field.Type, value, at + field.Offset);
            }
        }

        private void Array(ArrayType type, LLArray array, int lengthAt, int itemsAt, int itemSize)
        {
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(lengthAt), array.Items.Length);
            for (int i = 0; i < array.Items.Length; i++)
                Value(type.ItemType, array.Items[i], itemsAt + (i * itemSize));
        }

        private void Value(LowLevelType type, object? value, int at)
        {
            var span = bytes.AsSpan(at);
            if (type.Resolved() is PtrType { IsGc: true })
                staticRoots?.Add(objectOffset + at);
            switch (type.Resolved())
            {
                case PrimitiveType { Kind: PrimitiveKind.Void }:
                    break;
                case PrimitiveType { Kind: PrimitiveKind.Signed or PrimitiveKind.SignedLongLong }:
                    BinaryPrimitives.WriteInt64LittleEndian(span, (long)value!);
                    break;
                case PrimitiveType { Kind: PrimitiveKind.Unsigned or PrimitiveKind.UnsignedLongLong }:
                    BinaryPrimitives.WriteUInt64LittleEndian(span, (ulong)value!);
                    break;
                case PrimitiveType { Kind: PrimitiveKind.Float }:
                    BinaryPrimitives.WriteDoubleLittleEndian(span, (double)value!);
                    break;
                case PrimitiveType { Kind: PrimitiveKind.SingleFloat }:
                    BinaryPrimitives.WriteSingleLittleEndian(span, (float)value!);
                    break;
                case PrimitiveType { Kind: PrimitiveKind.Bool }:
                    span[0] = (bool)value! ? (byte)1 : (byte)0;
                    break;
                case PrimitiveType { Kind: PrimitiveKind.Char }:
                    span[0] = (byte)value!;
                    break;
                case PrimitiveType { Kind: PrimitiveKind.UniChar }:
                    BinaryPrimitives.WriteInt32LittleEndian(span, (int)value!);
                    break;
                case PrimitiveType { Kind: PrimitiveKind.Address } when value is null:
                    break;
                case PtrType when value is null:
                    break;
                case PtrType { Target: FuncType } pointer when value is FunctionGraph graph:
                    functionSlots.Add((objectOffset + at, graph, pointer));
                    break;
                case PtrType pointer:
                    var target = heap.Add(value, pointer.Target);
                    pointerSlots.Add(objectOffset + at);
                    heap._pending.Add((bytes, at, target));  // its offset is known once it is laid out
                    break;
                case StructType inlined when value is LLObject o:
                    Container(inlined, o, at, 0);
                    break;
                case FixedSizeArrayType inlined when value is LLArray array:
                    Container(inlined, array, at, array.Items.Length);
                    break;
                default:
                    throw new BackendError(null, $"a prebuilt value {value} cannot be stored as a {type}");
            }
        }
    }

    private int TypeId(ContainerType type) => typeIds.Register(type);
}
