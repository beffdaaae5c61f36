using System.Text;
using System.Text.RegularExpressions;
using Rpython.Tests.EndToEnd;

namespace Rpython.Tests.PyVm;

/// <summary>
/// Whether a run of a corpus program by the VM does what CPython did. This is the C# twin of
/// <c>check</c> in tests/tools/pyvm_suite.py (without its --tracebacks option): keep the two in step.
/// <list type="bullet">
/// <item>the exit code is the recorded one;</item>
/// <item>stdout is the recorded stdout, byte for byte;</item>
/// <item>stderr: empty if CPython's was; otherwise its last non-blank line is CPython's last line
/// (<c>ZeroDivisionError: division by zero</c>), so a VM's traceback need not repeat the source lines
/// and carets of CPython 3.11's;</item>
/// <item>never a .NET crash (<c>Unhandled exception.</c>, or a <c>   at Namespace.Method(...)</c> line);</item>
/// <item>a program marked <c># pyvm: unsupported</c> also passes when the VM rejects it cleanly: exit
/// code 1, stderr's last line a SyntaxError, IndentationError, NotImplementedError, ImportError or
/// ModuleNotFoundError, and stdout a prefix of CPython's.</item>
/// </list>
/// </summary>
internal static partial class PyVmExpectation
{
    [GeneratedRegex(@"^(SyntaxError|IndentationError|NotImplementedError|ImportError|ModuleNotFoundError)\b")]
    private static partial Regex CleanRejection();

    [GeneratedRegex(@"^(Unhandled exception\.|\s+at [\w.`<>\[\]]+\(.*\)( in .*)?$)", RegexOptions.Multiline)]
    private static partial Regex DotNetCrash();

    /// <summary>The first way <paramref name="actual"/> differs from what the program must do, or null if
    /// it passes; <paramref name="rejected"/> says whether it passed as a clean rejection.</summary>
    public static CheckFailure? Check(ProgramOutcome expected, ProgramOutcome actual, bool unsupported, out bool rejected)
    {
        rejected = false;
        string stderr = Encoding.UTF8.GetString(actual.Stderr);
        if (DotNetCrash().Match(stderr) is { Success: true } crash)
            return Failure("crashed with a .NET stack trace: " + Shorten(crash.Value.Trim(), 100), actual);
        string? problem = null;
        if (actual.ExitCode != expected.ExitCode)
        {
            problem = FormattableString.Invariant($"exit code {actual.ExitCode}, expected {expected.ExitCode}");
            if (actual.Stderr.Length > 0)
                problem += " (stderr: " + Shorten(LastLine(actual.Stderr), 100) + ")";
        }
        else if (!actual.Stdout.AsSpan().SequenceEqual(expected.Stdout))
        {
            problem = FirstDifference("stdout", expected.Stdout, actual.Stdout);
        }
        else if (expected.Stderr.Length == 0 && actual.Stderr.Length > 0)
        {
            problem = "stderr should be empty, got: " + Shorten(LastLine(actual.Stderr), 100);
        }
        else if (expected.Stderr.Length > 0 && LastLine(actual.Stderr) != LastLine(expected.Stderr))
        {
            problem = $"stderr's last line: expected '{LastLine(expected.Stderr)}', got '{LastLine(actual.Stderr)}'";
        }
        if (problem is null)
            return null;
        if (unsupported && actual.ExitCode == 1 && CleanRejection().IsMatch(LastLine(actual.Stderr))
            && expected.Stdout.AsSpan().StartsWith(actual.Stdout))
        {
            rejected = true;
            return null;
        }
        return Failure(problem, actual);
    }

    /// <summary>The last non-blank line, without trailing blanks.</summary>
    public static string LastLine(byte[] text) =>
        Encoding.UTF8.GetString(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(line => line.TrimEnd()).LastOrDefault(line => line.Length > 0) ?? "";

    private static CheckFailure Failure(string problem, ProgramOutcome actual) =>
        new(problem, Shown("stdout", actual.Stdout) + Shown("stderr", actual.Stderr));

    /// <summary>The first line where the two outputs differ, both sides quoted (a missing line is "(end)").</summary>
    private static string FirstDifference(string stream, byte[] expected, byte[] actual)
    {
        string[] expectedLines = Encoding.UTF8.GetString(expected).Split('\n');
        string[] actualLines = Encoding.UTF8.GetString(actual).Split('\n');
        int line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
            line++;
        return FormattableString.Invariant($"{stream} differs at line {line + 1}: expected {Quote(expectedLines, line)}, got {Quote(actualLines, line)}");
    }

    private static string Quote(string[] lines, int index) => index >= lines.Length ? "(end)" : "'" + Shorten(lines[index], 60) + "'";

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length] + "...";

    private static string Shown(string stream, byte[] bytes)
    {
        string text = Encoding.UTF8.GetString(bytes);
        return FormattableString.Invariant($"--- {stream} ({bytes.Length} bytes)\n") + Shorten(text, 4000) + "\n";
    }
}
