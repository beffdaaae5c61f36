using System.Diagnostics;
using System.Text;
using Rpython.Tests.EndToEnd;

namespace Rpython.Tests.PyVm;

/// <summary>
/// The Python VM of <c>interpreter-spec/pyvm</c> (issue 7), translated, against its conformance corpus
/// (README.md beside this file: programs/FEATURE/NAME.py, each with what CPython 3.11 made of it): one
/// test case per program, named by its id (<c>Conformance(strings/slice_steps.py)</c>), that runs the
/// executable on a scratch copy of the program and its folder's support files, with its command line
/// and standard input, and checks the exit code, stdout and stderr's last line
/// (<see cref="PyVmExpectation"/>; tests/tools/pyvm_suite.py does the same from the command line, also
/// untranslated).
/// <para>
/// The interpreter is translated once, at the first test case that needs it (or PYVM=PATH names an
/// executable to use instead). While
/// interpreter-spec/pyvm/targetpyvm.py does not exist, or the toolchain cannot translate it, every case
/// is Ignored with the reason, so the suite stays green and says what is missing.
/// </para>
/// <para>
/// known_failures.txt beside this file (<see cref="KnownFailureList"/>, as the end-to-end corpus's)
/// lists the programs that do not pass yet: such a case is Ignored with its reason, and fails as soon
/// as it passes, until its line is removed. UPDATE_KNOWN_FAILURES=1 rewrites the list from the cases
/// that ran. At the end, the fixture writes how many programs passed per feature folder.
/// </para>
/// </summary>
[TestFixture]
public sealed class PyVmConformanceTests
{
    /// <summary>How long one program may run (each takes milliseconds translated).</summary>
    private static readonly TimeSpan s_timeLimit = TimeSpan.FromSeconds(10);

    /// <summary>How long the whole corpus may run, so that a VM that hangs on many programs cannot
    /// eat CI's budget: once it is spent, the remaining cases are Ignored.</summary>
    private static readonly TimeSpan s_corpusTimeLimit = TimeSpan.FromMinutes(8);

    private const string KnownFailuresHeader = """
        # The programs of the Python VM's conformance corpus that do not pass yet (PyVm/PyVmConformanceTests.cs),
        # one a line: FEATURE/PROGRAM.py  # the first line of why (the first difference).
        # A listed program is reported as Ignored; a listed program that passes fails until its line is removed.
        # Regenerate (sorted, deterministic) after a change:
        #   UPDATE_KNOWN_FAILURES=1 dotnet test tests/Rpython.Tests -c Release --filter FullyQualifiedName~PyVmConformanceTests

        """;

    private readonly KnownFailureList _knownFailures =
        new(TestPaths.InRepo("tests", "Rpython.Tests", "PyVm", "known_failures.txt"), KnownFailuresHeader);

    private readonly Dictionary<string, PyVmProgram> _corpus = PyVmProgram.All().ToDictionary(p => p.Id, StringComparer.Ordinal);
    private readonly Lazy<TranslatedInterpreter> _pyvm = new(() => new TranslatedInterpreter("pyvm", "targetpyvm.py"));
    private readonly Stopwatch _running = new();

    /// <summary>PYVM=PATH runs the corpus with that executable instead of translating the interpreter
    /// (an already translated pyvm; or, to check the harness, any command that behaves as CPython does).</summary>
    private static readonly string? s_givenExecutable =
        Environment.GetEnvironmentVariable("PYVM") is { Length: > 0 } path ? Path.GetFullPath(path) : null;

    private static IEnumerable<TestCaseData> Programs()
    {
        var programs = PyVmProgram.All();
        if (programs.Count == 0)
        {
            yield return new TestCaseData("").SetArgDisplayNames("corpus not found");
            yield break;
        }
        foreach (var program in programs)
            yield return new TestCaseData(program.Id).SetArgDisplayNames(program.Id);
    }

    [TestCaseSource(nameof(Programs))]
    public void Conformance(string id)
    {
        if (id.Length == 0)
            Assert.Fail($"no programs in {PyVmProgram.ProgramsFolder}");
        var program = _corpus[id];
        if (program.Expected is not { } expected)
        {
            Assert.Fail($"{id} has no .expected file: run python3 tests/tools/make_pyvm_expected.py");
            return;
        }
        if ((s_givenExecutable ?? _pyvm.Value.Executable) is not { } executable)
        {
            Assert.Ignore(File.Exists(TestPaths.InRepo(_pyvm.Value.Target.Split('/')))
                ? $"the toolchain cannot translate {_pyvm.Value.Target} yet: {_pyvm.Value.Diagnostic}"
                : $"{_pyvm.Value.Diagnostic} (issue 7): nothing to run the corpus with");
            return;
        }
        if (_running.Elapsed > s_corpusTimeLimit)
            Assert.Ignore(FormattableString.Invariant($"the corpus's time budget ({s_corpusTimeLimit.TotalMinutes:F0} min) is spent"));

        CheckFailure? failure;
        _running.Start();
        try
        {
            failure = PyVmExpectation.Check(expected, Run(executable, program), program.Unsupported, out _);
        }
        catch (TimeoutException e)
        {
            failure = new CheckFailure(FormattableString.Invariant($"timed out after {s_timeLimit.TotalSeconds:F0} s"), e.Message);
        }
        finally
        {
            _running.Stop();
        }
        _knownFailures.Check(id, program.Folder, failure);
    }

    /// <summary>Runs the VM on a scratch copy of the program (<see cref="PyVmProgram.MakeScratchFolder"/>),
    /// as <c>pyvm NAME.py ARGS...</c> in that folder; the folder's path is taken out of stderr.</summary>
    private static ProgramOutcome Run(string executable, PyVmProgram program)
    {
        using var scratch = new TempFolder();
        program.MakeScratchFolder(scratch.Path);
        var outcome = ProgramProcess.Run(executable, [program.FileName, .. program.Args], program.Stdin, s_timeLimit, scratch.Path);
        string stderr = Encoding.UTF8.GetString(outcome.Stderr).Replace(scratch.Path + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
        return outcome with { Stderr = Encoding.UTF8.GetBytes(stderr) };
    }

    /// <summary>The corpus issue 7 asks for: at least 400 programs, each with CPython's output, and no
    /// output file that belongs to no program.</summary>
    [Test]
    public void Corpus_HasAtLeast400Programs_EachWithCPythonsOutput()
    {
        var programs = PyVmProgram.All();
        var orphans = Directory.EnumerateFiles(PyVmProgram.ProgramsFolder, "*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".py.expected", StringComparison.Ordinal) || path.EndsWith(".py.exit", StringComparison.Ordinal) || path.EndsWith(".py.stdin", StringComparison.Ordinal))
            .Where(path => !File.Exists(path[..(path.LastIndexOf(".py.", StringComparison.Ordinal) + 3)]));

        Assert.That(programs, Has.Count.GreaterThanOrEqualTo(400));
        Assert.That(programs.Where(p => p.Expected is null).Select(p => p.Id), Is.Empty, "programs without .expected (run tests/tools/make_pyvm_expected.py)");
        Assert.That(orphans, Is.Empty, "output files of no program");
        Assert.That(programs.Where(p => p.Folder.Length == 0).Select(p => p.Id), Is.Empty, "programs outside a feature folder");
    }

    /// <summary>The recorded files are what CPython 3.11 makes of the programs now (a program edited
    /// without re-recording would check the VM against stale output): make_pyvm_expected.py --check,
    /// one run per program.</summary>
    [Test]
    public void ExpectedFiles_AreCPythonsOutput()
    {
        string tool = TestPaths.InRepo("tests", "tools", "make_pyvm_expected.py");

        var outcome = ProgramProcess.Run("python3", [tool, "--check", "--runs", "1", "--jobs", "2"], [], TimeSpan.FromMinutes(5));

        string output = Encoding.UTF8.GetString(outcome.Stdout);
        Assert.That(outcome.ExitCode, Is.Zero, () => string.Join("\n", output.Split('\n').Where(line => !line.StartsWith("ok ", StringComparison.Ordinal)))
            + Encoding.UTF8.GetString(outcome.Stderr) + "\n(python3 tests/tools/make_pyvm_expected.py re-records them; it needs CPython 3.11)");
    }

    /// <summary>The list names only programs of the corpus, once each, in order.</summary>
    [Test]
    public void KnownFailures_AreSortedProgramsOfTheCorpus()
    {
        var keys = _knownFailures.Load().Select(e => e.Key).ToList();

        Assert.That(keys.Where(key => !_corpus.ContainsKey(key)), Is.Empty, "lines that name no program of the corpus");
        Assert.That(keys, Is.Unique.And.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    /// <summary>A program runs beside its folder's support files (helper modules, data files), not
    /// beside the other programs.</summary>
    [Test]
    public void ScratchFolder_HoldsTheProgramAndItsSupportFiles()
    {
        var program = _corpus["modules/import_module.py"];
        using var scratch = new TempFolder();

        program.MakeScratchFolder(scratch.Path);

        var names = Directory.EnumerateFiles(scratch.Path).Select(Path.GetFileName).ToList();
        Assert.That(names, Does.Contain("import_module.py").And.Contain("_geometry.py").And.Contain("_counter.py"));
        Assert.That(names, Does.Not.Contain("from_import.py").And.Not.Contain("import_module.py.expected"));
    }

    /// <summary>The comparison itself, without the VM (so that an Ignored corpus still checks its checker):
    /// the recorded run passes, each kind of difference is caught.</summary>
    [Test]
    public void Expectation_AcceptsTheRecordedRun_AndNamesEachDifference()
    {
        string traceback = "Traceback (most recent call last):\n  File \"x.py\", line 2, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n";
        var expected = Outcome(1, "before\n", traceback);

        Assert.That(Check(expected, expected), Is.Null);
        Assert.That(Check(expected, Outcome(1, "before\n", "Traceback (most recent call last):\n  File \"x.py\", line 2, in <module>\nZeroDivisionError: division by zero\n")), Is.Null,
            "only the last line of stderr counts");
        Assert.That(Check(expected, Outcome(0, "before\n", traceback)), Does.StartWith("exit code 0, expected 1"));
        Assert.That(Check(expected, Outcome(1, "after\n", traceback)), Does.StartWith("stdout differs at line 1: expected 'before', got 'after'"));
        Assert.That(Check(expected, Outcome(1, "before\n", "ZeroDivisionError: integer division by zero\n")),
            Does.StartWith("stderr's last line: expected 'ZeroDivisionError: division by zero'"));
        Assert.That(Check(Outcome(0, "", ""), Outcome(0, "", "warning\n")), Does.StartWith("stderr should be empty"));
        Assert.That(Check(Outcome(0, "1\n", ""), Outcome(134, "1\n", "Unhandled exception. System.InvalidOperationException: oops\n   at Rpython.Generated.Foo.Bar(Int32 x) in /x.cs:line 3\n")),
            Does.StartWith("crashed with a .NET stack trace"));
    }

    /// <summary>A program marked unsupported passes with CPython's output or a clean rejection, never a
    /// crash or another error.</summary>
    [Test]
    public void Expectation_AcceptsCleanRejections_OfUnsupportedProgramsOnly()
    {
        var expected = Outcome(0, "start\n(3+4j)\n", "");
        var rejection = Outcome(1, "start\n", "Traceback (most recent call last):\n  File \"c.py\", line 3, in <module>\nNotImplementedError: complex numbers\n");

        Assert.That(PyVmExpectation.Check(expected, rejection, unsupported: true, out bool rejected), Is.Null);
        Assert.That(rejected, Is.True);
        Assert.That(PyVmExpectation.Check(expected, expected, unsupported: true, out rejected), Is.Null);
        Assert.That(rejected, Is.False);
        Assert.That(Check(expected, rejection), Does.StartWith("exit code 1"), "a program not marked unsupported must run");
        Assert.That(PyVmExpectation.Check(expected, Outcome(1, "start\n", "TypeError: unsupported operand\n"), unsupported: true, out _), Is.Not.Null);
        Assert.That(PyVmExpectation.Check(expected, Outcome(1, "other\n", "SyntaxError: invalid syntax\n"), unsupported: true, out _), Is.Not.Null,
            "the output before a rejection must be CPython's");
    }

    private static string? Check(ProgramOutcome expected, ProgramOutcome actual) => PyVmExpectation.Check(expected, actual, unsupported: false, out _)?.Reason;

    private static ProgramOutcome Outcome(int exitCode, string stdout, string stderr) =>
        new(exitCode, Encoding.UTF8.GetBytes(stdout), Encoding.UTF8.GetBytes(stderr));

    [OneTimeTearDown]
    public void Summarize()
    {
        _knownFailures.Finish(_corpus.Keys.ToHashSet(StringComparer.Ordinal));
        if (_pyvm.IsValueCreated)
            _pyvm.Value.Dispose();
    }
}
