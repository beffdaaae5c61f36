using System.Text;

namespace Rpython.Tests.Lox;

/// <summary>
/// The Lox VM of <c>interpreter-spec/lox</c>, translated, against the official test suite of
/// <i>Crafting Interpreters</i> (<c>../shared/lox/test</c>, or the folder LOX_SUITE names): one test
/// case per file, named by its folder and file (<c>Suite(closure/assign_to_closure.lox)</c>), that runs
/// the executable on the file and checks stdout, stderr and the exit code as the book's runner checks
/// clox (<see cref="LoxExpectation"/>; <c>tests/tools/lox_suite.py</c> does the same untranslated).
/// The folders of the tree-walking chapters (scanning/, expressions/) and the benchmarks are not clox
/// tests and are left out.
/// <para>
/// The suite runs three times: on the interpreter translated with the default GC, incminimark
/// (<c>Suite</c>), with semispace (<c>SuiteOnSemiSpace</c>) and with none (<c>SuiteOnNoGc</c>).
/// Each interpreter is translated once, at the first test case that needs it. While the toolchain
/// cannot translate it, every case is Ignored with the translation's diagnostic, so the suite stays
/// green and says what is missing; the cases run for real as soon as translation works.
/// </para>
/// </summary>
[TestFixture]
public sealed class LoxSuiteTests
{
    /// <summary>How long one test program may run (each takes well under a second).</summary>
    private static readonly TimeSpan s_timeLimit = TimeSpan.FromSeconds(60);

    private static readonly string[] s_skippedFolders = ["scanning", "expressions", "benchmark"];

    private readonly Dictionary<string, Lazy<TranslatedInterpreter>> _lox = new[] { "incminimark", "semispace", "none" }
        .ToDictionary(gc => gc, gc => new Lazy<TranslatedInterpreter>(() => new TranslatedInterpreter("lox", "targetlox.py", gc)), StringComparer.Ordinal);

    /// <summary>The suite's folder.</summary>
    private static string SuiteFolder =>
        Environment.GetEnvironmentVariable("LOX_SUITE") is { Length: > 0 } folder
            ? folder
            : Path.GetFullPath(Path.Combine(TestPaths.Root, "..", "shared", "lox", "test"));

    /// <summary>Every clox test of the suite, as a path relative to its folder with '/' separators.</summary>
    private static IEnumerable<TestCaseData> SuiteFiles()
    {
        if (!Directory.Exists(SuiteFolder))
        {
            yield return new TestCaseData("").SetArgDisplayNames("suite not found");
            yield break;
        }
        var files = Directory.EnumerateFiles(SuiteFolder, "*.lox", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(SuiteFolder, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(relative => !s_skippedFolders.Contains(relative.Split('/')[0]))
            .Order(StringComparer.Ordinal);
        foreach (string relative in files)
            yield return new TestCaseData(relative).SetArgDisplayNames(relative);
    }

    [TestCaseSource(nameof(SuiteFiles))]
    public void Suite(string relative) => RunSuiteFile(relative, "incminimark");

    [TestCaseSource(nameof(SuiteFiles))]
    public void SuiteOnSemiSpace(string relative) => RunSuiteFile(relative, "semispace");

    [TestCaseSource(nameof(SuiteFiles))]
    public void SuiteOnNoGc(string relative) => RunSuiteFile(relative, "none");

    private void RunSuiteFile(string relative, string gc)
    {
        if (relative.Length == 0)
            Assert.Ignore($"the Lox test suite is not at {SuiteFolder} (set LOX_SUITE to its folder)");
        string path = Path.Combine(SuiteFolder, relative);
        var expectation = LoxExpectation.Parse(File.ReadAllText(path));
        if (expectation is null)
            Assert.Ignore("not a test (// nontest)");
        var lox = _lox[gc].Value;
        if (lox.Executable is not { } executable)
        {
            Assert.Ignore($"the toolchain cannot translate interpreter-spec/lox/targetlox.py with --gc={gc} yet: " + lox.Diagnostic);
            return;
        }

        var outcome = ProgramProcess.Run(executable, [path], [], s_timeLimit);

        Assert.That(expectation.Check(outcome), Is.Empty, () => Shown(outcome));
    }

    /// <summary>The comparison itself, without the executable: a run that does what a test expects
    /// passes, and each kind of difference is caught (so that an Ignored suite still checks its checker).</summary>
    [Test]
    public void Expectation_AcceptsTheExpectedRun_AndNamesEachDifference()
    {
        var expectation = LoxExpectation.Parse("""
            print 1; // expect: 1
            "s" + nil; // expect runtime error: Operands must be two numbers or two strings.
            """)!;
        string trace = "Operands must be two numbers or two strings.\n[line 2] in script\n";

        Assert.That(expectation.Check(Outcome(70, "1\n", trace)), Is.Empty);
        Assert.That(expectation.Check(Outcome(0, "1\n", trace)), Is.EqualTo(new[] { "Expected return code 70 and got 0." }));
        Assert.That(expectation.Check(Outcome(70, "2\n", trace)), Is.EqualTo(new[] { "Expected output '1' on line 1 and got '2'." }));
        Assert.That(expectation.Check(Outcome(70, "1\n", trace.Replace("line 2", "line 1", StringComparison.Ordinal))),
            Is.EqualTo(new[] { "Expected runtime error on line 2 but was on line 1." }));
    }

    [Test]
    public void Expectation_ReadsCompileErrorsOfEveryForm()
    {
        var expectation = LoxExpectation.Parse("""
            var a = ; // Error at ';': Expect expression.
            // [line 3] Error at end: Expect '}' after block.
            // [c line 4] Error at 'x': only clox.
            // [java line 5] Error at 'y': only jlox.
            """)!;

        Assert.That(expectation.Errors, Is.EqualTo(new[]
        {
            "[1] Error at ';': Expect expression.", "[3] Error at end: Expect '}' after block.", "[4] Error at 'x': only clox.",
        }));
        Assert.That(expectation.ExitCode, Is.EqualTo(LoxExpectation.ExitCompileError));
        Assert.That(expectation.Check(Outcome(65, "", "[line 1] Error at ';': Expect expression.\n")),
            Is.EqualTo(new[] { "Missing expected error: [3] Error at end: Expect '}' after block.", "Missing expected error: [4] Error at 'x': only clox." }));
        Assert.That(LoxExpectation.Parse("// nontest\nprint 1;"), Is.Null);
    }

    private static ProgramOutcome Outcome(int exitCode, string stdout, string stderr) =>
        new(exitCode, Encoding.UTF8.GetBytes(stdout), Encoding.UTF8.GetBytes(stderr));

    private static string Shown(ProgramOutcome outcome) =>
        FormattableString.Invariant($"exit code {outcome.ExitCode}\n--- stdout\n{Encoding.UTF8.GetString(outcome.Stdout)}--- stderr\n{Encoding.UTF8.GetString(outcome.Stderr)}");

    [OneTimeTearDown]
    public void DeleteExecutables()
    {
        foreach (var lox in _lox.Values.Where(lox => lox.IsValueCreated))
            lox.Value.Dispose();
    }
}
