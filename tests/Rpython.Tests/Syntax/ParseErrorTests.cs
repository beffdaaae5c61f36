using System.Diagnostics;
using System.Globalization;
using Parser = Rpython.Translator.Syntax.Parser;

namespace Rpython.Tests.Syntax;

/// <summary>
/// Invalid Python gets diagnostics at the right place: each file of Syntax/errors has beside it
/// (<c>.err</c>) every diagnostic our front end reports for it, one <c>line:column: message</c> per
/// line, so error recovery is checked too. The first of them must be on the line where CPython
/// reports its SyntaxError for the same file.
/// </summary>
[TestFixture]
public sealed class ParseErrorTests
{
    private static string Folder => TestPaths.InRepo("tests", "Rpython.Tests", "Syntax", "errors");

    private static IEnumerable<TestCaseData> Cases() =>
        Directory.GetFiles(Folder, "*.py")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new TestCaseData(p).SetName("Error_" + Path.GetFileNameWithoutExtension(p)));

    private static readonly Lazy<IReadOnlyDictionary<string, int>> s_cpythonErrorLines = new(CPythonErrorLines);

    [Test]
    public void TheCorpusHasAtLeastFortyInvalidInputs()
    {
        Assert.That(Cases().Count(), Is.GreaterThanOrEqualTo(40));
    }

    [TestCaseSource(nameof(Cases))]
    public void DiagnosticsMatchGolden(string path)
    {
        var tree = Parser.ParseFile(path);
        string actual = string.Concat(tree.Diagnostics.Select(d =>
            string.Create(CultureInfo.InvariantCulture, $"{d.Line}:{d.Column}: {d.Message}\n")));

        string golden = path + ".err";
        if (TestPaths.UpdateGolden)
            File.WriteAllText(golden, actual);
        Assert.That(actual, Is.Not.Empty, "the file is invalid Python, yet no diagnostic was reported");
        Assert.That(actual, Is.EqualTo(File.ReadAllText(golden)));
    }

    [TestCaseSource(nameof(Cases))]
    public void FirstErrorIsOnCPythonsLine(string path)
    {
        var tree = Parser.ParseFile(path);

        Assert.That(s_cpythonErrorLines.Value.TryGetValue(Path.GetFileName(path), out int cpythonLine), Is.True,
            "CPython accepts this file, so it does not belong in Syntax/errors");
        Assert.That(tree.Diagnostics, Is.Not.Empty);
        Assert.That(tree.Diagnostics[0].Line, Is.EqualTo(cpythonLine));
    }

    /// <summary>Compiles every file of the folder with CPython once: file name → line of its SyntaxError.</summary>
    private static IReadOnlyDictionary<string, int> CPythonErrorLines()
    {
        const string script = """
            import os, sys
            folder = sys.argv[1]
            for name in sorted(os.listdir(folder)):
                if not name.endswith('.py'):
                    continue
                with open(os.path.join(folder, name), 'rb') as f:
                    source = f.read()
                try:
                    compile(source, name, 'exec')
                except SyntaxError as e:
                    print(name, e.lineno)
            """;
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(Folder);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start python3");
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, process.StandardError.ReadToEnd());
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' '))
            .ToDictionary(f => f[0], f => int.Parse(f[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }
}
