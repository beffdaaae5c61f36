using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Rpython.Translator.Flow;
using RoslynSourceText = Microsoft.CodeAnalysis.Text.SourceText;

namespace Rpython.Translator.Backend;

// Compiles the emitted C# in process with Roslyn (DESIGN.md decision 9): optimised, deterministic
// (the same C# gives the same assembly bytes), referencing the running runtime's trusted platform
// assemblies, into an in-memory assembly with a portable PDB, loaded into a collectible
// AssemblyLoadContext of its own. The PDB carries the #line mapping, so a stack trace through
// the loaded code names the RPython file and line.
//
// The emitted C# must compile: a compile error is a bug in CSharpEmitter, reported as a
// BackendError that says so and shows each error with the offending C# line. Warnings do not stop
// the compilation; they are kept for tests, which expect none.

/// <summary>Compiles a <see cref="CSharpUnit"/> into a loaded assembly.</summary>
internal static class RoslynCompiler
{
    /// <summary>The name the emitted unit has in diagnostics and in the PDB.</summary>
    public const string SourcePath = CSharpUnit.ClassName + ".g.cs";

    private const int MaxErrorsShown = 10;

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))]);

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    private static readonly CSharpCompilationOptions s_options = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        checkOverflow: false,
        nullableContextOptions: NullableContextOptions.Disable,
        allowUnsafe: true,
        deterministic: true);

    public static CompiledProgram Compile(CSharpUnit unit)
    {
        var stopwatch = Stopwatch.StartNew();
        var text = RoslynSourceText.From(unit.Source, Encoding.UTF8); // an encoding is required to emit a PDB
        var tree = CSharpSyntaxTree.ParseText(text, s_parseOptions, SourcePath);
        var compilation = CSharpCompilation.Create(CSharpUnit.ClassName, [tree], s_references.Value, s_options);
        using var assemblyImage = new MemoryStream();
        using var pdbImage = new MemoryStream();
        var result = compilation.Emit(assemblyImage, pdbImage, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        if (!result.Success)
            throw new BackendError(null, ErrorReport(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList()));
        assemblyImage.Position = 0;
        pdbImage.Position = 0;
        var context = new AssemblyLoadContext(CSharpUnit.ClassName, isCollectible: true);
        var type = context.LoadFromStream(assemblyImage, pdbImage).GetType(CSharpUnit.TypeName, throwOnError: true)!;
        var warnings = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(Describe).ToImmutableArray();
        return new CompiledProgram(unit, context, type, warnings, stopwatch.Elapsed);
    }

    /// <summary>Compiles <paramref name="source"/>, which holds a class with <c>Main</c>
    /// (<paramref name="mainTypeName"/>), into an executable assembly at <paramref name="assemblyPath"/>:
    /// optimised, unsafe code allowed, deterministic (the same C# gives the same bytes), its PDB
    /// embedded so that a stack trace names the RPython file and line.</summary>
    public static void CompileExecutable(string source, string mainTypeName, string assemblyPath) =>
        CompileExecutable([(SourcePath, source)], mainTypeName, assemblyPath);

    /// <summary>As <see cref="CompileExecutable(string, string, string)"/>, from several files of C#
    /// (each named by its path in diagnostics: an error names the file it is in). The end-to-end tests
    /// compile their whole corpus into one executable this way.</summary>
    public static void CompileExecutable(IReadOnlyList<(string Path, string Source)> files, string mainTypeName, string assemblyPath)
    {
        var trees = files.Select(file => CSharpSyntaxTree.ParseText(RoslynSourceText.From(file.Source, Encoding.UTF8), s_parseOptions, file.Path));
        var options = s_options.WithOutputKind(OutputKind.ConsoleApplication).WithMainTypeName(mainTypeName);
        var compilation = CSharpCompilation.Create(Path.GetFileNameWithoutExtension(assemblyPath), trees, s_references.Value, options);
        using var image = new MemoryStream();
        var result = compilation.Emit(image, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded));
        if (!result.Success)
            throw new BackendError(null, ErrorReport(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList()));
        File.WriteAllBytes(assemblyPath, image.ToArray());
    }

    private static string ErrorReport(List<Diagnostic> errors)
    {
        var report = new StringBuilder("the emitted C# does not compile: this is a bug in the C# emitter, not in the program");
        foreach (var error in errors.Take(MaxErrorsShown))
            report.Append('\n').Append(Describe(error));
        if (errors.Count > MaxErrorsShown)
            report.Append(CultureInfo.InvariantCulture, $"\n... and {errors.Count - MaxErrorsShown} more errors");
        return report.ToString();
    }

    /// <summary><c>RpythonProgram.g.cs(12,9): error CS0103: message</c> (the file as the compilation names
    /// it), the RPython position the line maps to, and the C# line itself.</summary>
    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        int line = span.StartLinePosition.Line;
        var description = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"{diagnostic.Location.SourceTree?.FilePath ?? SourcePath}({line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
        var mapped = diagnostic.Location.GetMappedLineSpan();
        if (mapped.HasMappedPath)
            description.Append(CultureInfo.InvariantCulture, $" (RPython source {mapped.Path}:{mapped.StartLinePosition.Line + 1})");
        if (diagnostic.Location.IsInSource)
            description.Append(CultureInfo.InvariantCulture, $"\n    {line + 1} | {diagnostic.Location.SourceTree!.GetText().Lines[line]}");
        return description.ToString();
    }
}

/// <summary>A compiled program, loaded in its own collectible load context: its graphs can be
/// called by reflection until it is disposed (which unloads it).</summary>
internal sealed class CompiledProgram : IDisposable
{
    private readonly CSharpUnit _unit;
    private readonly AssemblyLoadContext _context;
    private readonly Type _type;

    internal CompiledProgram(CSharpUnit unit, AssemblyLoadContext context, Type type, ImmutableArray<string> warnings, TimeSpan compileTime)
    {
        _unit = unit;
        _context = context;
        _type = type;
        Warnings = warnings;
        CompileTime = compileTime;
    }

    /// <summary>The compiler's warnings, described as errors are; the emitter aims for none.</summary>
    public ImmutableArray<string> Warnings { get; }

    /// <summary>How long parsing, compiling and loading took.</summary>
    public TimeSpan CompileTime { get; }

    /// <summary>Calls the method of <paramref name="graph"/> with the values of its non-Void parameters
    /// (long, ulong, double, bool); returns its result (null for a Void graph). An exception the
    /// method throws propagates as it is, not wrapped.</summary>
    public object? Invoke(FunctionGraph graph, params object?[] args)
    {
        if (!_unit.MethodNames.TryGetValue(graph, out var name))
            throw new ArgumentException($"{graph} is not part of the compiled program", nameof(graph));
        var method = _type.GetMethod(name, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"the compiled program has no method {name}");
        return method.Invoke(null, BindingFlags.DoNotWrapExceptions, binder: null, args, CultureInfo.InvariantCulture);
    }

    /// <summary>The class name of the RPython exception a call left in flight (null if none), which
    /// this clears: what the entry glue reports when an exception escapes the entry point.</summary>
    public string? FetchEscapedException() =>
        (string?)_type.GetMethod(CSharpEmitter.EscapedExceptionMethod, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null);

    public void Dispose() => _context.Unload();
}
