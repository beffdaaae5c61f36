using System.Diagnostics;
using System.Globalization;
using Rpython.Translator.Annotation;
using Rpython.Translator.Diagnostics;

namespace Rpython.Tests.Annotation;

/// <summary>
/// Whole programs through the annotator. Each target of Annotation/programs has beside it
/// (<c>.sig</c>) what <c>rpython annotate</c> prints: every reached function's signature and every
/// class's attributes; each also runs untranslated on CPython. Each program of Annotation/errors has
/// (<c>.err</c>) its diagnostics, one <c>line:column: message</c> per line.
/// </summary>
[TestFixture]
public sealed class ProgramAnnotationTests
{
    private static IEnumerable<TestCaseData> Files(string folder) =>
        Directory.GetFiles(TestPaths.InRepo("tests", "Rpython.Tests", "Annotation", folder), "*.py")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new TestCaseData(p).SetName(folder + "_" + Path.GetFileNameWithoutExtension(p)));

    private static IEnumerable<TestCaseData> ValidPrograms() => Files("programs");

    private static IEnumerable<TestCaseData> InvalidPrograms() => Files("errors");

    [TestCaseSource(nameof(ValidPrograms))]
    public void SignaturesMatchGolden(string path)
    {
        var diagnostics = new DiagnosticBag();
        var program = ProgramAnnotation.Annotate(path, diagnostics);

        Assert.That(diagnostics.Items, Is.Empty, () => string.Join("\n", diagnostics.Items.Select(d => d.ToString())));
        Assert.That(program, Is.Not.Null);
        Golden.Compare(path + ".sig", program!.Signatures());
    }

    [TestCaseSource(nameof(ValidPrograms))]
    public void RunsOnCPython(string path)
    {
        var start = new ProcessStartInfo("python3", [path]) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.Environment["PYTHONPATH"] = TestPaths.InRepo("toolchain");
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start python3");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.That(process.ExitCode, Is.Zero, () => output.Result + error);
    }

    [TestCaseSource(nameof(InvalidPrograms))]
    public void DiagnosticsMatchGolden(string path)
    {
        var diagnostics = new DiagnosticBag();
        var program = ProgramAnnotation.Annotate(path, diagnostics);

        Assert.That(program, Is.Null, "an invalid program must not annotate");
        string actual = string.Concat(diagnostics.Sorted().Select(d =>
            string.Create(CultureInfo.InvariantCulture, $"{d.Line}:{d.Column}: {d.Message}\n")));
        Assert.That(actual, Is.Not.Empty, "an invalid program must get a diagnostic");
        Golden.Compare(path + ".err", actual);
    }

    [Test]
    public void BrainfuckInterpreterAnnotates()
    {
        string path = TestPaths.InRepo("interpreter-spec", "bf", "targetbf.py");
        var diagnostics = new DiagnosticBag();
        var program = ProgramAnnotation.Annotate(path, diagnostics);

        Assert.That(diagnostics.Items, Is.Empty, () => string.Join("\n", diagnostics.Items.Select(d => d.ToString())));
        Golden.Compare(TestPaths.InRepo("tests", "Rpython.Tests", "Annotation", "targetbf.sig"), program!.Signatures());
    }
}
