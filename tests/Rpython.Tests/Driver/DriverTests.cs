using Rpython.Translator.Driver;
using Rpython.Translator.RTyping;

namespace Rpython.Tests.Driver;

/// <summary>The translation pipeline without compiling: its steps in order with their timings, the
/// options, the errors of each phase as located diagnostics, the translation cache's key, and the
/// LLInterpreter running an entry point with argv.</summary>
[TestFixture]
public sealed class DriverTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    private const string ReturnsThree = "def entry_point(argv):\n    return 3\n";

    /// <summary>Records what a translation reports, one line per event.</summary>
    private sealed class RecordingProgress : IProgressReporter
    {
        public List<string> Events { get; } = [];

        public void StepStarted(string step) => Events.Add("start " + step);

        public void StepFinished(string step, TimeSpan elapsed) => Events.Add("end " + step);

        public void StepFailed(string step, TimeSpan elapsed) => Events.Add("failed " + step);

        public void Done(string product, TimeSpan total) => Events.Add("done " + product);
    }

    private Translation Lowered(string source, string name = "targetprog.py")
    {
        var translation = new Translation(new TranslationOptions(_folder.Write(name, source), Goal: TranslationGoal.LowLevelGraphs), TextWriter.Null);
        translation.Run(new RecordingProgress());
        return translation;
    }

    [Test]
    public void Steps_AreReportedAndTimedInOrder()
    {
        var progress = new RecordingProgress();
        var translation = new Translation(new TranslationOptions(_folder.Write("targetprog.py", ReturnsThree), Goal: TranslationGoal.LowLevelGraphs), TextWriter.Null);

        translation.Run(progress);

        Assert.That(progress.Events, Is.EqualTo(new[] { "start annotate", "end annotate", "start rtype", "end rtype" }));
        Assert.That(translation.Timings.Select(t => t.Step), Is.EqualTo(new[] { "annotate", "rtype" }));
        Assert.That(translation.Timings.Select(t => t.Elapsed), Has.All.GreaterThan(TimeSpan.Zero));
    }

    [Test]
    public void PlainProgress_PrintsOneLinePerStep()
    {
        var output = new StringWriter();
        var progress = new PlainProgress(output);

        progress.StepStarted("annotate");
        progress.StepFinished("annotate", TimeSpan.FromMilliseconds(420));
        progress.StepFailed("rtype", TimeSpan.FromMilliseconds(5));

        Assert.That(output.ToString(), Is.EqualTo("[rpython] annotate ... 0.42 s\n[rpython] rtype ... failed after 0.01 s\n".Replace("\n", Environment.NewLine, StringComparison.Ordinal)));
    }

    [TestCase("targetbf.py", "bf")]
    [TestCase("dir/target_lox.py", "lox")]
    [TestCase("target.py", "target")]
    [TestCase("interp.py", "interp")]
    public void ProgramName_DropsTheTargetPrefix(string target, string name) =>
        Assert.That(TranslationOptions.ProgramName(target), Is.EqualTo(name));

    [Test]
    public void ExecutablePath_IsUnderGeneratedUnlessGiven()
    {
        Assert.That(new TranslationOptions("x/targetbf.py").ExecutablePath, Is.EqualTo(Path.Combine("generated", "bf", "bf" + (OperatingSystem.IsWindows() ? ".exe" : ""))));
        var given = new TranslationOptions("x/targetbf.py", OutputPath: Path.Combine(_folder.Path, "out", "mybf"));
        Assert.That((given.Name, given.CSharpPath), Is.EqualTo(("mybf", Path.Combine(_folder.Path, "out", "mybf.cs"))));
    }

    [Test]
    public void UnknownGc_ListsTheChoices()
    {
        var options = new TranslationOptions("targetx.py", Gc: "boehm");

        Assert.That(() => new Translation(options, TextWriter.Null),
            Throws.ArgumentException.With.Message.StartsWith("unknown GC 'boehm' (the choices are: incminimark, semispace, none)"));
    }

    [Test]
    public void ProgramTheRTyperRejects_IsALocatedDiagnostic()
    {
        string path = _folder.Write("targetclasskey.py", "def entry_point(argv):\n    d = {A: 2}\n    return d[A]\n\n\nclass A(object):\n    pass\n");
        var progress = new RecordingProgress();

        var error = Assert.Throws<TranslationError>(() => new Translation(new TranslationOptions(path), TextWriter.Null).Run(progress));

        Assert.That(error!.IsInternal, Is.False);
        Assert.That(error.Messages.Single(), Does.StartWith($"{path}:2:").And.Contain(": error: ").And.Contain("not supported by the RTyper yet"));
        Assert.That(progress.Events, Is.EqualTo(new[] { "start annotate", "end annotate", "start rtype", "failed rtype" }));
    }

    [Test]
    public void AnnotationErrors_AreLocatedDiagnostics()
    {
        string path = _folder.Write("targetbad.py", "def entry_point(argv):\n    return argv[0] + 1\n");

        var error = Assert.Throws<TranslationError>(() => Lowered(File.ReadAllText(path), "targetbad.py"));

        Assert.That(error!.Messages.Single(), Does.StartWith($"{path}:2:12: error: unsupported operation '+'"));
    }

    [Test]
    public void SourceFiles_AreEveryModuleLoaded()
    {
        _folder.Write("helper.py", "def three():\n    return 3\n");

        var translation = Lowered("from helper import three\n\ndef entry_point(argv):\n    return three()\n");

        Assert.That(translation.Program.SourceFiles.Select(Path.GetFileName), Is.EqualTo(new[] { "targetprog.py", "helper.py" }));
    }

    [Test]
    public void Cache_IsUpToDateUntilASourceOrTheOptionsChange()
    {
        string target = _folder.Write("targetprog.py", ReturnsThree);
        string helper = _folder.Write("helper.py", "X = 1\n");
        var options = new TranslationOptions(target, OutputPath: _folder.Write("prog", "a stand-in executable"));
        Assert.That(TranslationCache.IsUpToDate(options), Is.False, "no record yet");

        TranslationCache.Record(options, [target, helper]);
        Assert.That(TranslationCache.IsUpToDate(options), Is.True);
        Assert.That(TranslationCache.IsUpToDate(options with { Goal = TranslationGoal.CSharp }), Is.True, "the goal does not change the program");

        File.AppendAllText(helper, "Y = 2\n");
        Assert.That(TranslationCache.IsUpToDate(options), Is.False, "an imported module changed");
        TranslationCache.Record(options, [target, helper]);
        Assert.That(TranslationCache.IsUpToDate(options), Is.True);
        Assert.That(TranslationCache.Key(options with { Gc = "other" }, [target, helper]), Is.Not.EqualTo(TranslationCache.Key(options, [target, helper])));
    }

    [Test]
    public void LLInterpreter_RunsTheEntryPointAndReturnsItsExitCode()
    {
        var translation = Lowered("def entry_point(argv):\n    x = 0\n    i = 0\n    while i < 5:\n        x += i\n        i += 1\n    return x\n");

        Assert.That(LLInterpreterEntry.Run(translation, ["prog"], NoStreams()), Is.EqualTo(10));
    }

    [Test]
    public void LLInterpreter_AnEscapingExceptionIsFatal()
    {
        var translation = Lowered("def entry_point(argv):\n    x = 0\n    i = 0\n    while i < 5:\n        x += i\n        i += 1\n    if x > 2:\n        raise ValueError()\n    return x\n");
        var stderr = new MemoryStream();

        int code = LLInterpreterEntry.Run(translation, ["prog"], new LLInterpreterStreams(new MemoryStream(), new MemoryStream(), stderr));

        Assert.That((code, System.Text.Encoding.UTF8.GetString(stderr.ToArray())), Is.EqualTo((1, "Fatal RPython error: ValueError\n")));
    }

    private static LLInterpreterStreams NoStreams() => new(new MemoryStream(), new MemoryStream(), new MemoryStream());

    [Test]
    public void LLInterpreterArgv_HasBothListShapes()
    {
        var array = (LLArray)LLInterpreterEntry.Argv(LowLevelTypes.Ptr(BuiltinTypes.ItemsOf(BuiltinTypes.StrPtr)), ["prog", "é𝄞"]);
        var list = (LLObject)LLInterpreterEntry.Argv(LowLevelTypes.Ptr(BuiltinTypes.ListOf(BuiltinTypes.StrPtr)), ["prog", "é𝄞"]);

        Assert.That(((LLArray)((LLObject)array.Items[1]!).Fields["chars"]!).Items, Is.EqualTo(new object[] { 0xE9, 0x1D11E }));
        Assert.That(list.Fields["length"], Is.EqualTo(2L));
        Assert.That(((LLArray)list.Fields["items"]!).Items, Has.Length.EqualTo(2));
    }
}
