using System.Globalization;
using System.Text;
using Rpython.Translator.RTyping;

namespace Rpython.Translator.Backend;

// What the C# backend writes differently per garbage collector (RPython's gcpolicy.py): which
// runtime class allocates (Rpython.Runtime.Memory.NoGc, SemiSpaceGc or IncMiniMarkGc, which share
// Malloc/MallocVarSize/IdentityHash), how the GC transform's operations are written, and the startup
// glue of a framework GC: the type table the collector traces with, built from the TypeLayoutTable.
//
// - gc_push_roots(a, b) stores the GC pointers into the next shadow stack slots and moves its top;
//   gc_pop_roots(a, b) moves the top back and reloads them, since the collector may have moved the
//   objects and updated the slots (Rpython.Runtime/Memory/ShadowStack.cs).
// - gc_writebarrier(obj) is IncMiniMarkGc.WriteBarrier(obj), gc_writebarrier(array, index) its card
//   marking variant; both inline to a test of a header flag.
// - With --gc=none the GC transform does not run: none of these operations appear.

/// <summary>The collector a program is translated for, as the backend writes it (see the file header).</summary>
internal sealed record CSharpGc(string Name, string ClassName, bool IsFramework, bool HasWriteBarrier)
{
    private const string Memory = "Rpython.Runtime.Memory";

    public static readonly CSharpGc None = new("none", Memory + ".NoGc", IsFramework: false, HasWriteBarrier: false);

    public static readonly CSharpGc SemiSpace = new("semispace", Memory + ".SemiSpaceGc", IsFramework: true, HasWriteBarrier: false);

    public static readonly CSharpGc IncMiniMark = new("incminimark", Memory + ".IncMiniMarkGc", IsFramework: true, HasWriteBarrier: true);

    /// <summary>The collectors, the default first.</summary>
    public static readonly IReadOnlyList<CSharpGc> All = [IncMiniMark, SemiSpace, None];

    public static CSharpGc Named(string name) =>
        All.FirstOrDefault(gc => gc.Name == name) ?? throw new ArgumentException($"no garbage collector is named '{name}'", nameof(name));

    /// <summary>The header flags of a prebuilt GC object in the image.</summary>
    public int PrebuiltHeaderFlags => IsFramework ? Rpython.Runtime.Memory.GcFlags.PrebuiltInitial : 0;

    public static string PushRoots(CSharpOperand[] roots)
    {
        var text = new StringBuilder("{ nint* ss = " + Memory + ".ShadowStack.Top; ");
        for (int i = 0; i < roots.Length; i++)
            text.Append(CultureInfo.InvariantCulture, $"ss[{i}] = (nint){roots[i]}; ");
        return text.Append(CultureInfo.InvariantCulture, $"{Memory}.ShadowStack.Top = ss + {roots.Length}; }}").ToString();
    }

    public static string PopRoots(CSharpOperand[] roots, CSharpTypes types)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{{ nint* ss = {Memory}.ShadowStack.Top -= {roots.Length}; "));
        for (int i = 0; i < roots.Length; i++)
            text.Append(CultureInfo.InvariantCulture, $"{roots[i]} = ({types.Of(roots[i].Type!)})ss[{i}]; ");
        return text.Append('}').ToString();
    }

    public string WriteBarrier(CSharpOperand[] args) => args.Length == 1
        ? $"{ClassName}.WriteBarrier({args[0]});"
        : $"{ClassName}.WriteBarrierFromArray({args[0]}, {args[1]});";

    /// <summary>The method of the entry glue that starts the collector before the first allocation:
    /// the type table, the collector's parameters (<paramref name="checkHeap"/>: --gc-debug), the
    /// prebuilt image's roots. Empty for --gc=none.</summary>
    public string StartMethod(TypeLayoutTable typeIds, bool checkHeap, bool hasPrebuiltObjects)
    {
        if (!IsFramework)
            return "";
        var offsets = new List<int>();
        var entries = new List<string>();
        foreach (var info in typeIds.Types)
        {
            var layout = info.Layout;
            int fixedAt = offsets.Count;
            offsets.AddRange(layout.GcPointerOffsets);
            if (layout.VarSize is not { } part)
            {
                entries.Add(string.Create(CultureInfo.InvariantCulture,
                    $"table[{info.TypeId}] = {Memory}.GcTypeInfo.Fixed({layout.Size}, o + {fixedAt}, {layout.GcPointerOffsets.Length}); // {info.Type}"));
                continue;
            }
            int itemsAt = offsets.Count;
            offsets.AddRange(part.ItemGcPointerOffsets);
            entries.Add(string.Create(CultureInfo.InvariantCulture,
                $"table[{info.TypeId}] = {Memory}.GcTypeInfo.VarSize({part.FixedSize}, o + {fixedAt}, {layout.GcPointerOffsets.Length}, {part.LengthOffset}, {part.ItemsOffset}, {part.ItemSize}, o + {itemsAt}, {part.ItemGcPointerOffsets.Length}); // {info.Type}"));
        }
        var text = new StringBuilder()
            .Append("    // The collector's view of the program's types (RTyping/TypeLayoutTable.cs), then the collector and\n")
            .Append("    // the prebuilt image's roots (Backend/CSharpGc.cs).\n")
            .Append("    private static void StartGc()\n")
            .Append("    {\n")
            .Append("        ReadOnlySpan<int> offsets = [").Append(string.Join(", ", offsets.Select(o => o.ToString(CultureInfo.InvariantCulture)))).Append("];\n")
            .Append("        fixed (int* o = offsets)\n")
            .Append("        {\n")
            .Append(CultureInfo.InvariantCulture, $"            var table = new {Memory}.GcTypeInfo[{TypeLayoutTable.FirstTypeId + typeIds.Types.Count}];\n");
        foreach (string entry in entries)
            text.Append("            ").Append(entry).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"            {Memory}.GcTypes.Register(table);\n")
            .Append("        }\n")
            .Append(CultureInfo.InvariantCulture, $"        {ClassName}.Initialize(checkHeap: {(checkHeap ? "true" : "false")});\n");
        if (hasPrebuiltObjects)
            text.Append("        ").Append(PrebuiltHeap.ClassName).Append('.').Append(PrebuiltHeap.RegisterRootsMethod).Append("();\n");
        return text.Append("    }\n").ToString();
    }
}
