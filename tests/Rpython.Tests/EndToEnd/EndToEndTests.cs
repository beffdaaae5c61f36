using Rpython.Translator.Driver;

namespace Rpython.Tests.EndToEnd;

/// <summary>
/// The end-to-end corpus (README.md beside this file: EndToEnd/programs and Annotation/programs, each
/// program with what CPython made of it) through the whole toolchain. Every program gets two checks,
/// test cases named by the program (<c>LLInterpreter(EndToEnd/programs/X.py)</c>):
/// <list type="bullet">
/// <item><b>llinterp</b>: translated to low-level graphs and run in the LLInterpreter
/// (<see cref="LLInterpreterEntry"/>) with the program's command line and input;</item>
/// <item><b>translated</b>: translated to C#, compiled and run as a process (<see cref="TranslatedCorpus"/>:
/// the whole corpus is one executable, compiled once, at the first such check), with the default GC,
/// incminimark;</item>
/// <item>the same under the other GC configurations: <b>gc-debug</b> (the incminimark executable with
/// RPYTHON_GC_DEBUG=1 and a small nursery: the heap is checked at every one of many collections),
/// <b>semispace-stress</b> (translated with --gc=semispace, run with RPYTHON_GC_STRESS=1: every
/// allocation collects and moves every object, so a GC pointer the GC transform failed to save is
/// caught), and <b>gc-none</b> (--gc=none).</item>
/// </list>
/// Each must give the exit code, stdout and stderr CPython gave, byte for byte, within
/// <see cref="CorpusTranslation.TimeLimit"/>; a program that does not translate fails with the
/// diagnostic.
/// <para>
/// known_failures.txt (<see cref="KnownFailures"/>, <see cref="KnownFailureList"/>) lists the checks that do not pass yet: such a check
/// is Ignored with its reason, and fails as soon as it passes, until its line is removed, so the list
/// never hides progress. UPDATE_KNOWN_FAILURES=1 rewrites the list from the checks that ran (the lines
/// of checks that did not run are kept). At the end, the fixture writes how many checks passed per
/// folder and kind to the test output.
/// </para>
/// </summary>
[TestFixture]
public sealed class EndToEndTests
{
    private readonly KnownFailureList _knownFailures = KnownFailures.Create();

    private readonly Dictionary<string, CorpusProgram> _corpus = CorpusProgram.All().ToDictionary(p => p.Id, StringComparer.Ordinal);
    private readonly Lazy<TranslatedCorpus> _translated = new(() => new TranslatedCorpus(CorpusProgram.All(), "incminimark"));
    private readonly Lazy<TranslatedCorpus> _semispace = new(() => new TranslatedCorpus(CorpusProgram.All(), "semispace"));
    private readonly Lazy<TranslatedCorpus> _noGc = new(() => new TranslatedCorpus(CorpusProgram.All(), "none"));

    /// <summary>A nursery of 64 KB: the corpus's small programs collect many times, each collection checked.</summary>
    private static readonly Dictionary<string, string> s_gcDebug = new(StringComparer.Ordinal) { ["RPYTHON_GC_DEBUG"] = "1", ["RPYTHON_GC_NURSERY"] = "64KB" };

    private static readonly Dictionary<string, string> s_stress = new(StringComparer.Ordinal) { ["RPYTHON_GC_STRESS"] = "1" };

    private static IEnumerable<TestCaseData> Programs() =>
        CorpusProgram.All().Select(program => new TestCaseData(program.Id).SetArgDisplayNames(program.Id));

    [TestCaseSource(nameof(Programs))]
    public void LLInterpreter(string id)
    {
        var program = _corpus[id];
        Check(program, KnownFailures.LLInterp, () => CorpusTranslation.RunInLLInterpreter(CorpusTranslation.Translate(program, TranslationGoal.LowLevelGraphs), program));
    }

    [TestCaseSource(nameof(Programs))]
    public void Translated(string id) => Check(_corpus[id], KnownFailures.Translated, () => _translated.Value.Run(_corpus[id]));

    [TestCaseSource(nameof(Programs))]
    public void TranslatedGcDebug(string id) => Check(_corpus[id], KnownFailures.GcDebug, () => _translated.Value.Run(_corpus[id], s_gcDebug));

    [TestCaseSource(nameof(Programs))]
    public void TranslatedSemiSpaceStress(string id) => Check(_corpus[id], KnownFailures.SemiSpaceStress, () => _semispace.Value.Run(_corpus[id], s_stress));

    [TestCaseSource(nameof(Programs))]
    public void TranslatedNoGc(string id) => Check(_corpus[id], KnownFailures.NoGc, () => _noGc.Value.Run(_corpus[id]));

    /// <summary>Runs one check, records its result, and passes, fails or ignores it as known_failures.txt says.</summary>
    private void Check(CorpusProgram program, string kind, Func<ProgramOutcome> run)
    {
        CheckFailure? failure;
        try
        {
            failure = CheckFailure.Compare(program.Expected, run());
        }
        catch (CheckFailure e)
        {
            failure = e;
        }
        _knownFailures.Check(KnownFailures.Key(program, kind), program.Folder + " " + kind, failure);
    }

    /// <summary>The list names only checks of the corpus, once each, in order: a stale line (a program
    /// renamed, or no longer in the corpus) must not linger.</summary>
    [Test]
    public void KnownFailures_AreSortedChecksOfTheCorpus()
    {
        var keys = _knownFailures.Load().Select(e => e.Key).ToList();

        Assert.That(keys.Where(key => !Checks().Contains(key)), Is.Empty, "lines that name no check of the corpus");
        Assert.That(keys, Is.Unique.And.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    /// <summary>Translating the same program twice gives byte-identical C# (DESIGN.md decision 9).</summary>
    [Test]
    public void TranslatedCSharp_IsDeterministic()
    {
        var program = _corpus["EndToEnd/programs/dict_order_after_delete.py"];
        using var folder = new TempFolder();

        string first = TranslateToCSharp(program, Path.Combine(folder.Path, "first", "program"));
        string second = TranslateToCSharp(program, Path.Combine(folder.Path, "second", "program"));

        Assert.That(second, Is.EqualTo(first));
    }

    private static string TranslateToCSharp(CorpusProgram program, string outputPath) =>
        File.ReadAllText(CorpusTranslation.Translate(program, TranslationGoal.CSharp, outputPath).Options.CSharpPath);

    /// <summary>The harness's plumbing through the batch executable, never ignored: a command line, a
    /// standard input, an exception escaping the entry point.</summary>
    [TestCase("EndToEnd/programs/args_sum_exit_code.py")]
    [TestCase("EndToEnd/programs/stdin_word_count.py")]
    [TestCase("EndToEnd/programs/exc_fatal_user_exception.py")]
    public void TranslatedExecutable_GetsArgsAndStdin_AndReportsFatalErrors(string id)
    {
        var program = _corpus[id];

        var outcome = _translated.Value.Run(program);

        Assert.That(CheckFailure.Compare(program.Expected, outcome)?.Message, Is.Null);
    }

    /// <summary>The names of every check of the corpus, as known_failures.txt writes them.</summary>
    private HashSet<string> Checks() =>
        _corpus.Values.SelectMany(p => KnownFailures.Kinds.Select(kind => KnownFailures.Key(p, kind))).ToHashSet(StringComparer.Ordinal);

    /// <summary>Writes the pass counts per folder and kind; under UPDATE_KNOWN_FAILURES=1, rewrites the list.</summary>
    [OneTimeTearDown]
    public void Summarize()
    {
        _knownFailures.Finish(Checks());
        foreach (var corpus in new[] { _translated, _semispace, _noGc }.Where(c => c.IsValueCreated))
            corpus.Value.Dispose();
    }
}
