using System.Globalization;
using System.Text;

namespace Rpython.Tests.EndToEnd;

/// <summary>
/// A program of the end-to-end corpus (README.md beside this file): its command line, its standard
/// input and what it did on CPython (<c>.expected</c>, <c>.exit</c>), which a translated run must
/// repeat byte for byte. Programs without <c>.expected</c> (their output depends on argv[0]) are not
/// part of the corpus.
/// </summary>
internal sealed class CorpusProgram
{
    /// <summary>The folders of the corpus, relative to tests/Rpython.Tests.</summary>
    public static readonly IReadOnlyList<string> Folders = ["EndToEnd/programs", "Annotation/programs"];

    private const string ArgsPrefix = "# args:";
    private const int ArgsSearchLines = 20;

    private CorpusProgram(string folder, string path)
    {
        Folder = folder;
        Path = path;
        Args = ReadArgs(path);
        Stdin = File.Exists(path + ".stdin") ? File.ReadAllBytes(path + ".stdin") : [];
        Expected = ReadExpected(path);
    }

    /// <summary>The corpus folder, as <see cref="Folders"/> names it.</summary>
    public string Folder { get; }

    public string Path { get; }

    /// <summary><c>EndToEnd/programs/X.py</c>: how tests, known_failures.txt and the summary name the program.</summary>
    public string Id => Folder + "/" + System.IO.Path.GetFileName(Path);

    /// <summary>The command line after argv[0].</summary>
    public IReadOnlyList<string> Args { get; }

    public byte[] Stdin { get; }

    public ProgramOutcome Expected { get; }

    /// <summary>Every program of the corpus, by folder, then by file name.</summary>
    public static IReadOnlyList<CorpusProgram> All() =>
        [.. Folders.SelectMany(folder => Directory.GetFiles(TestPaths.InRepo(["tests", "Rpython.Tests", .. folder.Split('/')]), "*.py")
            .Where(path => File.Exists(path + ".expected"))
            .Order(StringComparer.Ordinal)
            .Select(path => new CorpusProgram(folder, path)))];

    public override string ToString() => Id;

    /// <summary>The words of the <c># args:</c> line among the first lines (as tests/tools/make_expected.py reads it).</summary>
    internal static string[] ReadArgs(string path)
    {
        string? line = File.ReadLines(path).Take(ArgsSearchLines).Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(ArgsPrefix, StringComparison.Ordinal));
        return line is null ? [] : line[ArgsPrefix.Length..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The <c>.expected</c> stdout; from <c>.exit</c>, the exit code on its first line and stderr after it (0 and nothing without it).</summary>
    internal static ProgramOutcome ReadExpected(string path)
    {
        byte[] stdout = File.ReadAllBytes(path + ".expected");
        if (!File.Exists(path + ".exit"))
            return new ProgramOutcome(0, stdout, []);
        byte[] exit = File.ReadAllBytes(path + ".exit");
        int newline = Array.IndexOf(exit, (byte)'\n');
        int code = int.Parse(Encoding.ASCII.GetString(exit, 0, newline), CultureInfo.InvariantCulture);
        return new ProgramOutcome(code, stdout, exit[(newline + 1)..]);
    }
}
