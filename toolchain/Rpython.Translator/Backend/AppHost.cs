using System.Runtime.InteropServices;
using System.Text;

namespace Rpython.Translator.Backend;

// The native launcher that makes a translated program a standalone executable (DESIGN decision 9),
// made as the SDK makes one (its HostWriter): the .NET SDK ships an "apphost" template per runtime
// identifier, in packs/Microsoft.NETCore.App.Host.<rid>/<version>/runtimes/<rid>/native/. The
// template holds, in a fixed 1024-byte slot, the UTF-8 of the SHA-256 hex of "foobar" as a
// placeholder for the path of the assembly to run; the copy gets the assembly's file name there
// (relative: the apphost looks beside itself), zero-terminated. Everything else is left as it is.

/// <summary>Finds the SDK's apphost template for this machine and writes patched copies of it.</summary>
internal static class AppHost
{
    private static readonly byte[] s_placeholder = Encoding.UTF8.GetBytes("c3ab8ff13720e8ad9047dd39466b3c8974e592c2fa383d4a3960714caef0c4f2");

    private const int SlotSize = 1024;

    /// <summary>The executable file name suffix of this platform ("" or ".exe").</summary>
    public static string ExecutableSuffix => OperatingSystem.IsWindows() ? ".exe" : "";

    /// <summary>Writes the apphost at <paramref name="executablePath"/>, set to run
    /// <paramref name="assemblyFileName"/> from its own folder, and makes it executable.</summary>
    public static void Write(string executablePath, string assemblyFileName)
    {
        byte[] name = Encoding.UTF8.GetBytes(assemblyFileName);
        if (name.Length >= SlotSize)
            throw new ArgumentException($"the assembly name '{assemblyFileName}' does not fit the apphost's {SlotSize}-byte slot", nameof(assemblyFileName));
        byte[] image = File.ReadAllBytes(FindTemplate());
        int slot = image.AsSpan().IndexOf(s_placeholder);
        if (slot < 0)
            throw new InvalidOperationException("the SDK's apphost has no placeholder for the assembly name: it is not an apphost template");
        var replacement = image.AsSpan(slot, Math.Max(s_placeholder.Length, name.Length + 1));
        replacement.Clear();
        name.CopyTo(replacement);
        File.Delete(executablePath); // a running copy keeps its inode; the new file gets a new one
        File.WriteAllBytes(executablePath, image);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(executablePath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
    }

    /// <summary>The apphost template of the installed SDK for this machine's runtime identifier: in the
    /// .NET installation that runs the toolchain (or DOTNET_ROOT's), the version of the running runtime
    /// if it is there, else the newest one of the same major version.</summary>
    private static string FindTemplate()
    {
        string rid = RuntimeIdentifier();
        string file = "apphost" + ExecutableSuffix;
        var looked = new List<string>();
        foreach (string root in DotnetRoots())
        {
            string pack = Path.Combine(root, "packs", "Microsoft.NETCore.App.Host." + rid);
            looked.Add(pack);
            if (!Directory.Exists(pack))
                continue;
            var versions = Directory.GetDirectories(pack)
                .Select(dir => (Dir: dir, Version: Version.TryParse(Path.GetFileName(dir).Split('-')[0], out var v) ? v : null))
                .Where(d => d.Version is { } v && v.Major == Environment.Version.Major)
                .OrderByDescending(d => d.Version == Environment.Version)
                .ThenByDescending(d => d.Version);
            foreach (var (dir, _) in versions)
            {
                string template = Path.Combine(dir, "runtimes", rid, "native", file);
                if (File.Exists(template))
                    return template;
            }
        }
        throw new FileNotFoundException(
            $"cannot find the .NET apphost for {rid} (looked in {string.Join(", ", looked)}): the .NET {Environment.Version.Major} SDK is needed to make executables");
    }

    private static IEnumerable<string> DotnetRoots()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root)
            yield return root;
        // The runtime runs from <root>/shared/Microsoft.NETCore.App/<version>/.
        string? runtime = Path.GetDirectoryName(typeof(object).Assembly.Location);
        if (runtime is not null && Path.GetDirectoryName(Path.GetDirectoryName(runtime)) is { } shared && Path.GetDirectoryName(shared) is { } installation)
            yield return installation;
    }

    /// <summary>The portable runtime identifier of this machine (linux-x64, win-x64, osx-arm64...).</summary>
    private static string RuntimeIdentifier()
    {
        string os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        return os + "-" + RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
    }
}
