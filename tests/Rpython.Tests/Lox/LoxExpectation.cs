using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Rpython.Tests.Lox;

/// <summary>
/// What one file of the official Lox test suite expects of clox, read from its comments the way the
/// book's runner (tool/bin/test.dart) reads them, and the check of a run against it. This is the C#
/// twin of <c>tests/tools/lox_suite.py</c> (parse_test and check): keep the two in step.
/// <list type="bullet">
/// <item><c>// expect: TEXT</c>: the next line of stdout;</item>
/// <item><c>// Error...</c>: a compile error on this line, printed as <c>[line N] Error...</c>;</item>
/// <item><c>// [line N] Error...</c> (or <c>[c line N]</c>; <c>[java line N]</c> is jlox's): one on line N;</item>
/// <item><c>// expect runtime error: MESSAGE</c>: stderr starts with MESSAGE, then a stack trace whose
/// first <c>[line N]</c> is this comment's line.</item>
/// </list>
/// The exit code is 65 after compile errors, 70 after a runtime error, 0 otherwise; stderr holds nothing
/// else. A file with <c>// nontest</c> is not a test.
/// </summary>
internal sealed partial class LoxExpectation
{
    public const int ExitCompileError = 65;
    public const int ExitRuntimeError = 70;

    private readonly List<(int Line, string Text)> _output = [];
    private readonly List<string> _errors = [];

    private LoxExpectation()
    {
    }

    /// <summary>The expected stdout lines, each with the line of the test that expects it.</summary>
    public IReadOnlyList<(int Line, string Text)> Output => _output;

    /// <summary>The expected compile errors as <c>[N] Error at 'x': message</c>.</summary>
    public IReadOnlyList<string> Errors => _errors;

    public string? RuntimeError { get; private set; }

    public int RuntimeErrorLine { get; private set; }

    public int ExitCode { get; private set; }

    [GeneratedRegex(@"// expect: ?(.*)")]
    private static partial Regex ExpectedOutput();

    [GeneratedRegex(@"// (Error.*)")]
    private static partial Regex ExpectedError();

    [GeneratedRegex(@"// \[((java|c) )?line (\d+)\] (Error.*)")]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"// expect runtime error: (.+)")]
    private static partial Regex ExpectedRuntimeError();

    [GeneratedRegex(@"\[.*line (\d+)\] (Error.+)")]
    private static partial Regex SyntaxError();

    [GeneratedRegex(@"\[line (\d+)\]")]
    private static partial Regex StackTrace();

    /// <summary>The expectations of the test file <paramref name="source"/>, or null if it is not a test.</summary>
    public static LoxExpectation? Parse(string source)
    {
        var expectation = new LoxExpectation();
        string[] lines = source.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            int number = i + 1;
            if (line.Contains("// nontest", StringComparison.Ordinal))
                return null;
            if (ExpectedOutput().Match(line) is { Success: true } output)
            {
                expectation._output.Add((number, output.Groups[1].Value));
            }
            else if (ExpectedError().Match(line) is { Success: true } error)
            {
                expectation._errors.Add(Invariant($"[{number}] {error.Groups[1].Value}"));
                expectation.ExitCode = ExitCompileError;
            }
            else if (ErrorLine().Match(line) is { Success: true } errorLine)
            {
                string language = errorLine.Groups[2].Value;
                if (language is "" or "c")
                {
                    expectation._errors.Add($"[{errorLine.Groups[3].Value}] {errorLine.Groups[4].Value}");
                    expectation.ExitCode = ExitCompileError;
                }
            }
            else if (ExpectedRuntimeError().Match(line) is { Success: true } runtimeError)
            {
                expectation.RuntimeError = runtimeError.Groups[1].Value;
                expectation.RuntimeErrorLine = number;
                expectation.ExitCode = ExitRuntimeError;
            }
        }
        return expectation;
    }

    /// <summary>Every way <paramref name="outcome"/> differs from the expectation, one sentence each
    /// (the runner's wording); empty when the test passes.</summary>
    public IReadOnlyList<string> Check(ProgramOutcome outcome)
    {
        var failures = new List<string>();
        var errorLines = SplitLines(Encoding.UTF8.GetString(outcome.Stderr));
        if (RuntimeError is not null)
            CheckRuntimeError(errorLines, failures);
        else
            CheckCompileErrors(errorLines, failures);

        if (outcome.ExitCode != ExitCode)
            failures.Add(Invariant($"Expected return code {ExitCode} and got {outcome.ExitCode}."));

        var outputLines = SplitLines(Encoding.UTF8.GetString(outcome.Stdout));
        for (int i = 0; i < outputLines.Count; i++)
        {
            if (i >= _output.Count)
            {
                failures.Add($"Got output '{outputLines[i]}' when none was expected.");
                break;
            }
            if (_output[i].Text != outputLines[i])
            {
                failures.Add(Invariant($"Expected output '{_output[i].Text}' on line {_output[i].Line} and got '{outputLines[i]}'."));
                break;
            }
        }
        if (outputLines.Count < _output.Count)
        {
            var (line, text) = _output[outputLines.Count];
            failures.Add(Invariant($"Missing expected output '{text}' on line {line}."));
        }
        return failures;
    }

    private void CheckRuntimeError(List<string> errorLines, List<string> failures)
    {
        if (errorLines.Count == 0)
        {
            failures.Add($"Expected runtime error '{RuntimeError}' and got none.");
            return;
        }
        if (errorLines[0] != RuntimeError)
        {
            failures.Add($"Expected runtime error '{RuntimeError}' and got '{errorLines[0]}'.");
            return;
        }
        var trace = errorLines.Skip(1).Select(line => StackTrace().Match(line)).FirstOrDefault(match => match.Success);
        if (trace is null)
            failures.Add("Expected a stack trace and got: " + string.Join(" / ", errorLines.Skip(1)));
        else if (int.Parse(trace.Groups[1].Value, CultureInfo.InvariantCulture) != RuntimeErrorLine)
            failures.Add(Invariant($"Expected runtime error on line {RuntimeErrorLine} but was on line {trace.Groups[1].Value}."));
    }

    private void CheckCompileErrors(List<string> errorLines, List<string> failures)
    {
        var found = new List<string>();
        foreach (string line in errorLines)
        {
            if (SyntaxError().Match(line) is { Success: true } match)
            {
                string error = $"[{match.Groups[1].Value}] {match.Groups[2].Value}";
                if (_errors.Contains(error))
                    found.Add(error);
                else
                    failures.Add("Unexpected error: " + line);
            }
            else if (line.Length > 0)
            {
                failures.Add("Unexpected output on stderr: " + line);
            }
        }
        failures.AddRange(_errors.Where(error => !found.Contains(error)).Select(error => "Missing expected error: " + error));
    }

    /// <summary>Lines as Dart's LineSplitter makes them: no empty line after a final newline, no '\r'.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = text.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
            lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
