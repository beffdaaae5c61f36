using Rpython.Translator.Backend;

namespace Rpython.Translator.Driver;

/// <summary>How far a translation goes.</summary>
internal enum TranslationGoal
{
    /// <summary>Annotated and lowered graphs, for the LLInterpreter (<c>rpython run --llinterp</c>).</summary>
    LowLevelGraphs,

    /// <summary>Also the emitted C#, written beside where the executable would be (<c>--emit-only</c>).</summary>
    CSharp,

    /// <summary>The standalone executable.</summary>
    Executable,
}

/// <summary>
/// What to translate and how. The program's name is the target's file name without its extension
/// and without RPython's "target" prefix (targetbf.py → bf); its files go to
/// <c>generated/&lt;name&gt;/</c> under the current folder: the executable <c>&lt;name&gt;</c>
/// (<c>&lt;name&gt;.exe</c> on Windows), beside it <c>&lt;name&gt;.cs</c>, <c>&lt;name&gt;.dll</c> and
/// what they need to run. <see cref="OutputPath"/> names the executable instead.
/// </summary>
/// <param name="BackendOptimizations">Whether to inline, remove mallocs and fold constants (off:
/// <c>--no-backendopt</c>, for debugging; the program must behave the same).</param>
/// <param name="Gc">The garbage collector (<c>--gc</c>): incminimark (the default), semispace, none.</param>
/// <param name="GcDebug">Whether the program checks its heap after every collection (<c>--gc-debug</c>).</param>
internal sealed record TranslationOptions(string TargetPath, string? OutputPath = null, string Gc = "incminimark", TranslationGoal Goal = TranslationGoal.Executable,
    string? Dump = null, bool BackendOptimizations = true, bool GcDebug = false)
{
    /// <summary>The garbage collectors <c>--gc</c> accepts, the default first.</summary>
    public static readonly IReadOnlyList<string> GcChoices = [.. CSharpGc.All.Select(gc => gc.Name)];

    /// <summary>The phases <c>--dump</c> prints the IR of, in pipeline order (transformed: the graphs
    /// the backend gets, after every transform).</summary>
    public static readonly IReadOnlyList<string> DumpChoices = ["flow", "annotated", "rtyped", "transformed", "csharp"];

    public string ExecutablePath => OutputPath ?? Path.Combine("generated", ProgramName(TargetPath), ProgramName(TargetPath) + AppHost.ExecutableSuffix);

    /// <summary>The program's name as the executable's files carry it.</summary>
    public string Name => Path.GetFileNameWithoutExtension(ExecutablePath);

    public string OutputFolder => Path.GetDirectoryName(Path.GetFullPath(ExecutablePath))!;

    public string CSharpPath => Path.Combine(OutputFolder, Name + ".cs");

    public string AssemblyPath => Path.Combine(OutputFolder, Name + ".dll");

    /// <summary>The options that change the translated program, as the translation cache keys them.</summary>
    public string CacheKeyText => "gc=" + Gc + (GcDebug ? " gc-debug" : "") + (BackendOptimizations ? "" : " no-backendopt");

    /// <summary>targetbf.py → bf; a file not named target* keeps its name.</summary>
    public static string ProgramName(string targetPath)
    {
        string name = Path.GetFileNameWithoutExtension(targetPath);
        string rest = name.StartsWith("target", StringComparison.Ordinal) ? name["target".Length..].TrimStart('_', '-') : name;
        return rest.Length > 0 ? rest : name;
    }
}
