using System.Diagnostics;

namespace Rpython.Tests.Rlib;

/// <summary>
/// The RPython library (toolchain/rpython/rlib) also runs untranslated on CPython: its own unittest
/// suite (tests/rlib) must pass there, with toolchain/ on PYTHONPATH as users run their programs.
/// </summary>
[TestFixture]
public sealed class RlibOnCPythonTests
{
    [Test]
    public void UnittestSuitePassesOnCPython()
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = TestPaths.Root };
        foreach (var arg in new[] { "-m", "unittest", "discover", "-s", "tests/rlib", "-t", "tests/rlib" })
            start.ArgumentList.Add(arg);
        start.Environment["PYTHONPATH"] = TestPaths.InRepo("toolchain");
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start python3");
        var output = process.StandardOutput.ReadToEndAsync();
        string report = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.That(process.ExitCode, Is.Zero, () => output.Result + report);
        Assert.That(report, Does.Match(@"Ran [1-9]\d* tests"));
    }
}
