using Rpython.Tests.EndToEnd;

namespace Rpython.Tests.PyVm;

/// <summary>
/// A program of the Python VM's conformance corpus (README.md beside this file):
/// <c>programs/FEATURE/NAME.py</c> with what CPython 3.11 made of it (<c>.expected</c>, <c>.exit</c>,
/// read as <see cref="CorpusProgram"/> reads the end-to-end corpus's), its command line (the
/// <c># args:</c> line) and its standard input (<c>NAME.py.stdin</c>). Files whose name starts with
/// <c>_</c> are not programs: they are the support files (helper modules, data files) copied beside
/// every program of their folder when it runs (<see cref="MakeScratchFolder"/>), as
/// tests/tools/make_pyvm_expected.py does.
/// </summary>
internal sealed class PyVmProgram
{
    /// <summary>The first line that marks a program using what the VM need not support.</summary>
    public const string UnsupportedMarker = "# pyvm: unsupported";

    private PyVmProgram(string path)
    {
        Path = path;
        Id = System.IO.Path.GetRelativePath(ProgramsFolder, path).Replace(System.IO.Path.DirectorySeparatorChar, '/');
        Args = CorpusProgram.ReadArgs(path);
        Stdin = File.Exists(path + ".stdin") ? File.ReadAllBytes(path + ".stdin") : [];
        Expected = File.Exists(path + ".expected") ? CorpusProgram.ReadExpected(path) : null;
        Unsupported = File.ReadLines(path).FirstOrDefault()?.Trim() == UnsupportedMarker;
    }

    /// <summary>tests/Rpython.Tests/PyVm/programs.</summary>
    public static string ProgramsFolder => TestPaths.InRepo("tests", "Rpython.Tests", "PyVm", "programs");

    public string Path { get; }

    /// <summary><c>strings/slice_steps.py</c>: how tests, known_failures.txt and the summary name the program.</summary>
    public string Id { get; }

    /// <summary>The feature folder (<c>strings</c>).</summary>
    public string Folder => Id.Contains('/', StringComparison.Ordinal) ? Id[..Id.LastIndexOf('/')] : "";

    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>The command line after the program's name.</summary>
    public IReadOnlyList<string> Args { get; }

    public byte[] Stdin { get; }

    /// <summary>What CPython did, or null if the program has no <c>.expected</c> file yet.</summary>
    public ProgramOutcome? Expected { get; }

    /// <summary>Whether the program starts with <see cref="UnsupportedMarker"/>.</summary>
    public bool Unsupported { get; }

    /// <summary>Every program of the corpus (<c>*.py</c> not starting with <c>_</c>, in any folder under
    /// programs/), ordered by id.</summary>
    public static IReadOnlyList<PyVmProgram> All() =>
        !Directory.Exists(ProgramsFolder) ? [] :
        [.. Directory.EnumerateFiles(ProgramsFolder, "*.py", SearchOption.AllDirectories)
            .Where(path => !System.IO.Path.GetFileName(path).StartsWith('_') && !path.Contains("__pycache__", StringComparison.Ordinal))
            .Select(path => new PyVmProgram(path))
            .OrderBy(program => program.Id, StringComparer.Ordinal)];

    /// <summary>Fills <paramref name="scratch"/> (an empty folder) with a copy of the program and of the
    /// support files of its folder (files and folders whose name starts with <c>_</c>, but not __pycache__).</summary>
    public void MakeScratchFolder(string scratch)
    {
        string folder = System.IO.Path.GetDirectoryName(Path)!;
        File.Copy(Path, System.IO.Path.Combine(scratch, FileName));
        foreach (string entry in Directory.EnumerateFileSystemEntries(folder))
        {
            string name = System.IO.Path.GetFileName(entry);
            if (!name.StartsWith('_') || name == "__pycache__")
                continue;
            if (Directory.Exists(entry))
                CopyFolder(entry, System.IO.Path.Combine(scratch, name));
            else
                File.Copy(entry, System.IO.Path.Combine(scratch, name));
        }
    }

    private static void CopyFolder(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (string file in Directory.EnumerateFiles(source))
            File.Copy(file, System.IO.Path.Combine(destination, System.IO.Path.GetFileName(file)));
        foreach (string sub in Directory.EnumerateDirectories(source).Where(d => System.IO.Path.GetFileName(d) != "__pycache__"))
            CopyFolder(sub, System.IO.Path.Combine(destination, System.IO.Path.GetFileName(sub)));
    }

    public override string ToString() => Id;
}
