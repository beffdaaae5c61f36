using System.Collections.Concurrent;
using Rpython.Tests.EndToEnd;

namespace Rpython.Tests;

/// <summary>
/// A corpus's known-failures file and the bookkeeping of a fixture that checks against it (the
/// end-to-end corpus's EndToEnd/known_failures.txt, the Python VM's PyVm/known_failures.txt).
/// <para>
/// The file lists the checks that do not pass yet, one a line, <c>KEY  # reason</c> (the first line of
/// why: a diagnostic or the first difference), sorted (ordinal) and unique; lines starting with
/// <c>#</c> and blank lines are comments. <see cref="Check"/> passes, ignores or fails a check as the
/// list says: a listed check is Ignored with its reason, and fails as soon as it passes, until its line
/// is removed, so the list never hides progress. UPDATE_KNOWN_FAILURES=1 rewrites the list from the
/// checks that ran (<see cref="Finish"/>; the lines of checks that did not run are kept).
/// </para>
/// </summary>
internal sealed class KnownFailureList
{
    private readonly string _header;
    private readonly Lazy<Dictionary<string, string>> _known;
    private readonly ConcurrentDictionary<string, CheckResult> _results = new(StringComparer.Ordinal);

    /// <param name="filePath">The file.</param>
    /// <param name="header">The comment the file starts with when it is written (each line starting
    /// with <c>#</c>, ending with a newline).</param>
    public KnownFailureList(string filePath, string header)
    {
        FilePath = filePath;
        _header = header;
        _known = new(() => Load().DistinctBy(e => e.Key).ToDictionary(e => e.Key, e => e.Reason, StringComparer.Ordinal));
    }

    /// <summary>What a check gave: null <paramref name="Reason"/> if it passed.</summary>
    private sealed record CheckResult(string Group, string? Reason);

    public string FilePath { get; }

    /// <summary>The file's path relative to tests/Rpython.Tests (<c>PyVm/known_failures.txt</c>), for messages.</summary>
    public string FileName => Path.GetRelativePath(TestPaths.InRepo("tests", "Rpython.Tests"), FilePath).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>UPDATE_KNOWN_FAILURES=1 rewrites the list from the results instead of checking against it.</summary>
    public static bool Update => Environment.GetEnvironmentVariable("UPDATE_KNOWN_FAILURES") == "1";

    /// <summary>Whether any check has been recorded.</summary>
    public bool HasResults => !_results.IsEmpty;

    /// <summary>The entries of the file, in its order (an absent file lists nothing).</summary>
    public IReadOnlyList<(string Key, string Reason)> Load()
    {
        if (!File.Exists(FilePath))
            return [];
        return [.. File.ReadLines(FilePath)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.IndexOf('#', StringComparison.Ordinal) is int hash and >= 0
                ? (line[..hash].TrimEnd(), line[(hash + 1)..].Trim())
                : (line, ""))];
    }

    /// <summary>Writes the list: the header, then the entries sorted by key.</summary>
    public void Write(IReadOnlyDictionary<string, string> entries) =>
        File.WriteAllText(FilePath, _header + string.Concat(entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}  # {e.Value}\n")));

    /// <summary>Records the result of the check <paramref name="key"/> (counted in <paramref name="group"/>
    /// for <see cref="Summary"/>), then passes, fails or ignores it as the list says.</summary>
    public void Check(string key, string group, CheckFailure? failure)
    {
        _results[key] = new CheckResult(group, failure?.Reason);
        bool listed = _known.Value.ContainsKey(key) && !Update;
        if (failure is null)
        {
            Assert.That(listed, Is.False, $"'{key}' passes now: remove its line from {FileName} (or run the tests with UPDATE_KNOWN_FAILURES=1)");
            return;
        }
        if (listed || Update)
            Assert.Ignore($"known failure ({FileName}): {failure.Message}");
        Assert.Fail(failure.Message);
    }

    /// <summary>How many recorded checks passed, per group: <c>GROUP: P/T passed</c>, by group.</summary>
    public IEnumerable<string> Summary() =>
        _results.Values.GroupBy(r => r.Group).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => FormattableString.Invariant($"{g.Key}: {g.Count(r => r.Reason is null)}/{g.Count()} passed"));

    /// <summary>Writes the summary to the test output; under UPDATE_KNOWN_FAILURES=1, rewrites the list
    /// from the recorded checks, keeping the lines of <paramref name="checks"/> that did not run and
    /// dropping those that name no check.</summary>
    public void Finish(IReadOnlySet<string> checks)
    {
        foreach (string line in Summary())
            TestContext.Progress.WriteLine(line);
        if (!Update || _results.IsEmpty)
            return;
        var entries = _known.Value.Where(e => checks.Contains(e.Key) && !_results.ContainsKey(e.Key)).ToDictionary(StringComparer.Ordinal);
        foreach (var (key, result) in _results)
        {
            if (result.Reason is { } reason)
                entries[key] = reason;
        }
        Write(entries);
    }
}
