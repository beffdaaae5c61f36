using System.Globalization;

namespace Rpython.Translator.Backend;

// What a translated program needs beside its compiled assembly <name>.dll to run on its own, with
// only the .NET runtime installed: Rpython.Runtime.dll (heap, GCs, entry glue), <name>.runtimeconfig.json
// (which shared framework to load, and how to compile) and the apphost <name> (<name>.exe on Windows)
// that starts it.
//
// A method with a loop is compiled optimised at once (QuickJitForLoops off) rather than first
// unoptimised and moved to optimised code while it runs (OSR): OSR does not happen in a method as
// big as an interpreter's dispatch loop, which then ran unoptimised for the whole program, and the
// size limits that send a big method to MinOpts do not apply on this path. Measured on the Lox VM's
// dispatch loop (1,757 locals, 52 KB of IL): fib(27) 0.67 s → 0.27 s.
// Methods without a loop go through the tiers as usual (tier-1 code with PGO was faster for pyvm
// than compiling them optimised at once: binary_trees.py 15.6 s against 19.6 s), but call counting
// starts at once (CallCountingDelayMs 0) instead of after 100 ms without new tier-0 code: a
// program of small recursive functions with inlined GC fast paths otherwise ran unoptimised for a
// large part of a short run. Measured on binary trees (bench/bench_gc.py, depth 16): 0.50 s →
// 0.32 s; pyvm's binary_trees.py and sample unchanged.

/// <summary>Makes a compiled program's folder a standalone executable.</summary>
internal static class ExecutablePackage
{
    /// <summary>Packages <paramref name="assemblyPath"/> as the executable <paramref name="executablePath"/>
    /// (same folder).</summary>
    public static void Write(string assemblyPath, string executablePath)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!;
        string runtime = typeof(Runtime.Entry).Assembly.Location;
        File.Copy(runtime, Path.Combine(folder, Path.GetFileName(runtime)), overwrite: true);
        File.WriteAllText(Path.ChangeExtension(assemblyPath, ".runtimeconfig.json"), RuntimeConfig());
        AppHost.Write(executablePath, Path.GetFileName(assemblyPath));
    }

    /// <summary>The shared framework of the toolchain's major version (any newer patch or minor version
    /// runs it), and the compilation policy of the file header.</summary>
    private static string RuntimeConfig() => string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "runtimeOptions": {
            "tfm": "net{{Environment.Version.Major}}.0",
            "framework": {
              "name": "Microsoft.NETCore.App",
              "version": "{{Environment.Version.Major}}.0.0"
            },
            "configProperties": {
              "System.Runtime.TieredCompilation.QuickJitForLoops": false,
              "System.Runtime.TieredCompilation.CallCountingDelayMs": 0
            }
          }
        }

        """);
}
