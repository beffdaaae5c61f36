using System.Security.Cryptography;
using System.Text;

namespace Rpython.Translator.Driver;

// When `rpython run` may reuse an executable instead of translating again. A translation depends on
// the options that change the program, the toolchain itself, and every source file the import time
// loaded; the key is the SHA-256 over all three. The package step writes <executable>.translation:
// the key and the list of source files (so an executable made by `rpython translate` counts too); a
// later run recomputes the key over the same files (a new import can only appear through an edit of
// one of them) and reuses the executable if it matches. The toolchain is identified by its version
// and the ids of its translator and runtime assemblies, which deterministic builds change exactly
// when their code changes.

/// <summary>The record of what an executable was translated from (see the file header).</summary>
internal static class TranslationCache
{
    private static string RecordPath(TranslationOptions options) => Path.GetFullPath(options.ExecutablePath) + ".translation";

    /// <summary>True when the executable exists and was translated from these options, this toolchain
    /// and the current content of its source files.</summary>
    public static bool IsUpToDate(TranslationOptions options)
    {
        string record = RecordPath(options);
        if (!File.Exists(record) || !File.Exists(options.ExecutablePath))
            return false;
        var lines = File.ReadAllLines(record);
        var sources = lines.Skip(1).ToList();
        return lines.Length > 1 && sources.All(File.Exists) && lines[0] == Key(options, sources);
    }

    /// <summary>Records what the executable of <paramref name="options"/> was just translated from.</summary>
    public static void Record(TranslationOptions options, IReadOnlyList<string> sourceFiles)
    {
        var sources = sourceFiles.Select(Path.GetFullPath).Distinct().ToList();
        File.WriteAllLines(RecordPath(options), [Key(options, sources), .. sources]);
    }

    public static string Key(TranslationOptions options, IReadOnlyList<string> sourceFiles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\0"));
        Add(options.CacheKeyText);
        Add(ToolchainVersion);
        foreach (string path in sourceFiles.Order(StringComparer.Ordinal))
        {
            Add(path);
            byte[] content = File.ReadAllBytes(path);
            Add(content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            hash.AppendData(content);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string ToolchainVersion =>
        string.Join(" ", new[] { typeof(Translation).Assembly, typeof(Runtime.Entry).Assembly }
            .Select(a => a.GetName().Version + "/" + a.ManifestModule.ModuleVersionId));
}
