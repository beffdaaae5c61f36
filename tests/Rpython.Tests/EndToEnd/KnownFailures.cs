namespace Rpython.Tests.EndToEnd;

/// <summary>
/// known_failures.txt: the checks of the corpus that do not pass yet, one a line,
/// <c>FOLDER/PROGRAM.py KIND  # reason</c> (KIND: one of <see cref="Kinds"/>), sorted (ordinal) and unique. Lines
/// starting with <c>#</c> and blank lines are comments. UPDATE_KNOWN_FAILURES=1 rewrites the file from
/// the results of a run (see <see cref="Write"/>).
/// </summary>
internal static class KnownFailures
{
    public const string FileName = "known_failures.txt";

    /// <summary>The check that runs the translated executable (the default GC, incminimark).</summary>
    public const string Translated = "translated";

    /// <summary>The check that runs the low-level graphs in the LLInterpreter.</summary>
    public const string LLInterp = "llinterp";

    /// <summary>The checks that run the translated executable under the other GC configurations.</summary>
    public const string SemiSpaceStress = "semispace-stress";

    public const string GcDebug = "gc-debug";

    public const string NoGc = "gc-none";

    public static readonly IReadOnlyList<string> Kinds = [LLInterp, Translated, SemiSpaceStress, GcDebug, NoGc];

    private const string Header = """
        # The checks of the end-to-end corpus that do not pass yet (EndToEnd/EndToEndTests.cs), one a line:
        # FOLDER/PROGRAM.py KIND  # the first line of why (a diagnostic or the first difference).
        # A listed check is reported as Ignored; a listed check that passes fails until its line is removed.
        # Regenerate (sorted, deterministic) after a change:
        #   UPDATE_KNOWN_FAILURES=1 dotnet test tests/Rpython.Tests -c Release --filter FullyQualifiedName~EndToEndTests

        """;

    public static string FilePath => TestPaths.InRepo("tests", "Rpython.Tests", "EndToEnd", FileName);

    /// <summary>UPDATE_KNOWN_FAILURES=1 rewrites the list from the results instead of checking against it.</summary>
    public static bool Update => Environment.GetEnvironmentVariable("UPDATE_KNOWN_FAILURES") == "1";

    /// <summary>How the list names a check: <c>EndToEnd/programs/X.py translated</c>.</summary>
    public static string Key(CorpusProgram program, string kind) => program.Id + " " + kind;

    /// <summary>The entries of the file, in its order (an absent file lists nothing).</summary>
    public static IReadOnlyList<(string Key, string Reason)> Load()
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
    public static void Write(IReadOnlyDictionary<string, string> entries) =>
        File.WriteAllText(FilePath, Header + string.Concat(entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}  # {e.Value}\n")));
}
