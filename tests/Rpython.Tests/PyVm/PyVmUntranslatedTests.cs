using System.Text;
using Rpython.Tests.EndToEnd;

namespace Rpython.Tests.PyVm;

/// <summary>
/// Issue 7: pyvm is valid Python too, and behaves the same before translation. A sample of the
/// conformance corpus (every <see cref="SampleStep"/>th program in id order, about 45) runs on CPython as
/// <c>python3 -B interpreter-spec/pyvm/targetpyvm.py NAME.py ARGS...</c>, with toolchain/ on PYTHONPATH
/// for rpython.rlib, and is checked as <see cref="PyVmConformanceTests"/> checks the translated VM
/// (<see cref="PyVmExpectation"/>). The programs of known_failures.txt are left out: what fails
/// translated may pass here, where CPython's own str methods run (tests/tools/pyvm_suite.py
/// --untranslated runs them all).
/// </summary>
[TestFixture]
public sealed class PyVmUntranslatedTests
{
    private const int SampleStep = 10;

    /// <summary>Untranslated, pyvm is a Python program interpreting Python: hundreds of times slower.</summary>
    private static readonly TimeSpan s_timeLimit = TimeSpan.FromSeconds(60);

    private static IEnumerable<TestCaseData> Sample()
    {
        var known = new KnownFailureList(TestPaths.InRepo("tests", "Rpython.Tests", "PyVm", "known_failures.txt"), "")
            .Load().Select(entry => entry.Key).ToHashSet(StringComparer.Ordinal);
        var programs = PyVmProgram.All().Where(p => !known.Contains(p.Id)).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        for (int i = 0; i < programs.Count; i += SampleStep)
            yield return new TestCaseData(programs[i].Id).SetArgDisplayNames(programs[i].Id);
    }

    private readonly Dictionary<string, PyVmProgram> _corpus = PyVmProgram.All().ToDictionary(p => p.Id, StringComparer.Ordinal);

    [TestCaseSource(nameof(Sample))]
    public void Untranslated(string id)
    {
        var program = _corpus[id];
        Assert.That(program.Expected, Is.Not.Null, $"{id} has no .expected file: run python3 tests/tools/make_pyvm_expected.py");
        using var scratch = new TempFolder();
        program.MakeScratchFolder(scratch.Path);
        string target = TestPaths.InRepo("interpreter-spec", "pyvm", "targetpyvm.py");
        var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["PYTHONPATH"] = TestPaths.InRepo("toolchain") };
        var outcome = ProgramProcess.Run("python3", ["-B", target, program.FileName, .. program.Args], program.Stdin, s_timeLimit, scratch.Path, environment);
        string stderr = Encoding.UTF8.GetString(outcome.Stderr).Replace(scratch.Path + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);

        var failure = PyVmExpectation.Check(program.Expected!, outcome with { Stderr = Encoding.UTF8.GetBytes(stderr) }, program.Unsupported, out _);

        Assert.That(failure, Is.Null, () => failure!.Message);
    }
}
