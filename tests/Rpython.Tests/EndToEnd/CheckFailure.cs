using System.Text;

namespace Rpython.Tests.EndToEnd;

/// <summary>
/// Why a check of a corpus program does not pass: <see cref="Reason"/>, one short line that names the
/// phase or the first difference (for known_failures.txt, deterministic: no absolute paths), and the
/// details a failing test shows (<see cref="Exception.Message"/>: the whole diagnostic, or the
/// program's output). Thrown from deep in a check, caught by the test.
/// </summary>
internal sealed class CheckFailure : Exception
{
    private const int MaxReasonLength = 150;
    private const int MaxQuoted = 50;
    private const int MaxOutputShown = 4000;

    public CheckFailure(string reason, string details)
        : base(reason + (details.Length > 0 ? "\n" + details : ""))
    {
        string line = reason.Split('\n')[0].Replace(TestPaths.Root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).Trim();
        Reason = line.Length <= MaxReasonLength ? line : line[..(MaxReasonLength - 3)] + "...";
    }

    public string Reason { get; }

    /// <summary>The first difference between what the program did and what it had to do, or null if none:
    /// the exit code first (with the first line of stderr: the fatal error, usually), then stdout, then stderr.</summary>
    public static CheckFailure? Compare(ProgramOutcome expected, ProgramOutcome actual)
    {
        string? difference =
            actual.ExitCode != expected.ExitCode ? FormattableString.Invariant($"exit code {actual.ExitCode}, expected {expected.ExitCode}") + StderrHint(actual.Stderr)
            : !actual.Stdout.AsSpan().SequenceEqual(expected.Stdout) ? FirstDifference("stdout", expected.Stdout, actual.Stdout)
            : !actual.Stderr.AsSpan().SequenceEqual(expected.Stderr) ? FirstDifference("stderr", expected.Stderr, actual.Stderr)
            : null;
        return difference is null ? null : new CheckFailure(difference, Shown("stdout", actual.Stdout) + Shown("stderr", actual.Stderr));
    }

    private static string StderrHint(byte[] stderr) =>
        stderr.Length == 0 ? "" : " (stderr: " + Encoding.UTF8.GetString(stderr).Split('\n')[0] + ")";

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

    private static string Quote(string[] lines, int index)
    {
        if (index >= lines.Length)
            return "(end)";
        string line = lines[index];
        return "\"" + (line.Length <= MaxQuoted ? line : line[..MaxQuoted] + "...") + "\"";
    }

    private static string Shown(string stream, byte[] bytes)
    {
        string text = Encoding.UTF8.GetString(bytes);
        return FormattableString.Invariant($"--- {stream} ({bytes.Length} bytes)\n") + (text.Length <= MaxOutputShown ? text : text[..MaxOutputShown] + "\n...") + "\n";
    }
}
