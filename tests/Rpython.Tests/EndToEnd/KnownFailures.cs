namespace Rpython.Tests.EndToEnd;

/// <summary>
/// known_failures.txt: the checks of the corpus that do not pass yet, one a line,
/// <c>FOLDER/PROGRAM.py KIND  # reason</c>, KIND one of <see cref="Kinds"/> (the file and its
/// mechanism: <see cref="KnownFailureList"/>).
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

    /// <summary>The list, read from tests/Rpython.Tests/EndToEnd/known_failures.txt.</summary>
    public static KnownFailureList Create() => new(TestPaths.InRepo("tests", "Rpython.Tests", "EndToEnd", FileName), Header);

    /// <summary>How the list names a check: <c>EndToEnd/programs/X.py translated</c>.</summary>
    public static string Key(CorpusProgram program, string kind) => program.Id + " " + kind;
}
