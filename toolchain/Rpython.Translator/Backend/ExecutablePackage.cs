using System.Globalization;

namespace Rpython.Translator.Backend;

// What a translated program needs beside its compiled assembly <name>.dll to run on its own, with
// only the .NET runtime installed: Rpython.Runtime.dll (heap, GCs, entry glue), <name>.runtimeconfig.json
// (which shared framework to load) and the apphost <name> (<name>.exe on Windows) that starts it.

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

    /// <summary>The shared framework of the toolchain's major version; any newer patch or minor version runs it.</summary>
    private static string RuntimeConfig() => string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "runtimeOptions": {
            "tfm": "net{{Environment.Version.Major}}.0",
            "framework": {
              "name": "Microsoft.NETCore.App",
              "version": "{{Environment.Version.Major}}.0.0"
            }
          }
        }

        """);
}
