using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Rpython.Translator.Flow;
using Rpython.Translator.RTyping;

namespace Rpython.Translator.Backend;

// The entry glue of a translated program (RPython's entrypoint.c): a class RpythonMain whose Main
// hands .NET's command line to Rpython.Runtime.Entry.Run, which builds argv in the raw heap and runs
// the entry graph on a thread with a large stack. The generated part is only what depends on the
// program: the layout of argv (the entry parameter's low-level type, a list of strs in one of its
// two shapes, with the type ids of its GC types) and the call of the entry graph's method.
//
// The call casts the runtime's raw pointer to the C# type the emitter declared for the entry
// parameter, read from the emitted signature: the glue never repeats the emitter's type naming.
// Invariant: the text depends only on the unit, the entry graph and the type ids.

/// <summary>Emits the <c>Main</c> of a translated program, to be compiled with its <see cref="CSharpUnit"/>.</summary>
internal static class EntryPointEmitter
{
    public const string ClassName = "RpythonMain";

    /// <summary>The full name of the class holding <c>Main</c>.</summary>
    public const string TypeName = CSharpUnit.Namespace + "." + ClassName;

    /// <summary>The glue class, C# that follows <paramref name="unit"/>'s source in the same file
    /// (in its namespace). <paramref name="typeIds"/> gives argv's GC types their ids; a framework
    /// <paramref name="gc"/> is started with the type table (and, <paramref name="checkHeap"/>, its
    /// heap checker: --gc-debug) before argv is built.</summary>
    public static string Emit(CSharpUnit unit, FunctionGraph entry, TypeLayoutTable typeIds, CSharpGc? gc = null, bool checkHeap = false)
    {
        gc ??= CSharpGc.None;
        var argvType = entry.StartBlock.InputArgs.Single().ConcreteType;
        var (items, list) = argvType switch
        {
            PtrType { Target: ArrayType array } => (array, (StructType?)null),
            PtrType { Target: StructType s } when s.Fields.Single(f => f.Name == "items").Type is PtrType { Target: ArrayType array } => (array, s),
            _ => throw new BackendError(entry.Location, $"the entry point's argv must be a list of strs, not {argvType?.ToString() ?? "untyped"}"),
        };
        string method = unit.MethodNames[entry];
        var text = new StringBuilder()
            .Append('\n')
            .Append("// The entry glue (Backend/EntryPointEmitter.cs): Main runs ").Append(entry.ModuleName).Append('.').Append(entry.Name)
            .Append(" on a thread with a large stack,\n")
            .Append("// with argv built as the list of strs it takes; the entry point's result is the exit code.\n")
            .Append("public static unsafe class ").Append(ClassName).Append('\n')
            .Append("{\n")
            .Append("    private static readonly Rpython.Runtime.ArgvLayout s_argv = new(\n")
            .Append("        Str: ").Append(ArrayLayout(BuiltinTypes.Str, typeIds)).Append(",\n")
            .Append("        Items: ").Append(ArrayLayout(items, typeIds)).Append(",\n")
            .Append("        List: ").Append(list is null ? "null" : ListLayout(list, typeIds)).Append(");\n")
            .Append('\n')
            .Append("    public static int Main(string[] args) =>\n")
            .Append("        Rpython.Runtime.Entry.Run(args, s_argv, static argv => (long)").Append(CSharpUnit.ClassName).Append('.').Append(method)
            .Append("((").Append(ParameterType(unit, method)).Append(")argv), ").Append(CSharpUnit.ClassName).Append('.').Append(CSharpEmitter.EscapedExceptionMethod)
            .Append(gc.IsFramework ? ", StartGc, " + gc.ClassName + ".Shutdown" : "").Append(");\n");
        if (gc.IsFramework)
            text.Append('\n').Append(gc.StartMethod(typeIds, checkHeap, unit.HasPrebuiltObjects));
        text.Append("}\n");
        return text.ToString();
    }

    private static string ArrayLayout(ContainerType type, TypeLayoutTable typeIds)
    {
        var layout = TypeLayout.Of(type);
        var part = layout.VarSize!;
        return string.Create(CultureInfo.InvariantCulture,
            $"new(TypeId: {typeIds.Register(type)}, LengthOffset: {part.LengthOffset}, ItemsOffset: {part.ItemsOffset}, ItemSize: {part.ItemSize}, Alignment: {layout.Alignment})");
    }

    private static string ListLayout(StructType list, TypeLayoutTable typeIds)
    {
        var layout = TypeLayout.Of(list);
        return string.Create(CultureInfo.InvariantCulture,
            $"new(TypeId: {typeIds.Register(list)}, Size: {layout.Size}, LengthOffset: {layout.Field("length").Offset}, ItemsOffset: {layout.Field("items").Offset})");
    }

    /// <summary>The C# type of the one parameter of the emitted method <paramref name="method"/>: its
    /// declaration's line (the emitter writes a signature on one line) parsed alone, since parsing
    /// the whole unit again took seconds for a large program.</summary>
    private static string ParameterType(CSharpUnit unit, string method)
    {
        const string declarationStart = "    public static ";
        string source = unit.Source;
        for (int at = source.IndexOf(" " + method + "(", StringComparison.Ordinal); at >= 0;
             at = source.IndexOf(" " + method + "(", at + 1, StringComparison.Ordinal))
        {
            int lineStart = source.LastIndexOf('\n', at) + 1;
            if (string.CompareOrdinal(source, lineStart, declarationStart, 0, declarationStart.Length) != 0)
                continue; // a call
            int lineEnd = source.IndexOf('\n', at);
            string line = source[lineStart..(lineEnd < 0 ? source.Length : lineEnd)];
            if (SyntaxFactory.ParseMemberDeclaration(line + " { }") is MethodDeclarationSyntax declaration && declaration.Identifier.ValueText == method)
                return declaration.ParameterList.Parameters.Single().Type!.ToString();
        }
        throw new InvalidOperationException($"the emitted unit declares no method {method}");
    }
}
