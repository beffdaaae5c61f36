using System.Diagnostics;
using System.Globalization;

namespace Rpython.Tests;

/// <summary>CPython (python3 on PATH) as the oracle the tests compare with.</summary>
internal static class CPython
{
    /// <summary>Runs a Python script given as text and returns what it printed; fails the test if it fails.</summary>
    public static string RunScript(string script, params string[] args)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        // RPython programs import the rpython package (rlib) that runs them untranslated.
        start.Environment["PYTHONPATH"] = TestPaths.InRepo("toolchain");
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (string arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start python3");
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, () => "python3 failed: " + error.Result);
        return output;
    }

    /// <summary>Compiles every .py file of a folder: file name → line of its SyntaxError, for those CPython rejects.</summary>
    public static IReadOnlyDictionary<string, int> SyntaxErrorLines(string folder)
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
        return RunScript(script, folder).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' '))
            .ToDictionary(f => f[0], f => int.Parse(f[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }
}
