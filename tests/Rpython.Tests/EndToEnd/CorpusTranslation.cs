using Rpython.Translator.Driver;
using Rpython.Translator.RTyping;

namespace Rpython.Tests.EndToEnd;

/// <summary>
/// Translating a corpus program and running it in the LLInterpreter, each within <see cref="TimeLimit"/>,
/// every way either can go wrong turned into a <see cref="CheckFailure"/> whose reason names the step:
/// <c>rtype: the located diagnostic's message</c>, <c>annotate: InvalidCastException: ...</c> (a bug in
/// a phase), <c>llinterp: timed out after 20 s</c>.
/// </summary>
internal static class CorpusTranslation
{
    /// <summary>How long a translation, or a run of a program, may take. The corpus programs take well
    /// under a second on CPython; a program that hangs fails its check instead of the suite.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(20);

    /// <summary>Translates <paramref name="program"/> as far as <paramref name="goal"/> (files, if the
    /// goal makes any, go to the folder of <paramref name="outputPath"/>).</summary>
    public static Translation Translate(CorpusProgram program, TranslationGoal goal, string? outputPath = null, string gc = "incminimark")
    {
        var translation = new Translation(new TranslationOptions(program.Path, OutputPath: outputPath, Gc: gc, Goal: goal), TextWriter.Null);
        var steps = new StepTracker();
        try
        {
            WithinTimeLimit(() => translation.Run(steps));
        }
        catch (TranslationError e)
        {
            string first = e.Messages[0].Split('\n')[0];
            int error = first.IndexOf(": error: ", StringComparison.Ordinal);
            throw new CheckFailure(steps.Current + ": " + (error < 0 ? first : first[(error + ": error: ".Length)..]), string.Concat(e.Messages));
        }
        catch (Exception e)
        {
            throw Failure(steps.Current, e);
        }
        return translation;
    }

    /// <summary>Runs a translation's entry graph in the LLInterpreter with the program's command line
    /// and input; the exit code is the process's exit status it would be (its low byte).</summary>
    public static ProgramOutcome RunInLLInterpreter(Translation translation, CorpusProgram program)
    {
        var (stdout, stderr) = (new MemoryStream(), new MemoryStream());
        var streams = new LLInterpreterStreams(new MemoryStream(program.Stdin), stdout, stderr);
        int exitCode;
        try
        {
            exitCode = WithinTimeLimit(() => LLInterpreterEntry.Run(translation, [program.Path, .. program.Args], streams));
        }
        catch (Exception e)
        {
            throw Failure("llinterp", e);
        }
        return new ProgramOutcome(exitCode & 0xFF, stdout.ToArray(), stderr.ToArray());
    }

    /// <summary>A step that threw: its time ran out, or a phase (or the LLInterpreter) has a bug.</summary>
    public static CheckFailure Failure(string step, Exception e) => e is TimeoutException
        ? new CheckFailure(FormattableString.Invariant($"{step}: timed out after {TimeLimit.TotalSeconds:F0} s"), "")
        : new CheckFailure($"{step}: {e.GetType().Name}: {e.Message}", e.ToString());

    /// <summary>Runs <paramref name="work"/> on a thread of its own with the translated program's large
    /// stack; a <see cref="TimeoutException"/> when it takes longer than <see cref="TimeLimit"/> (the thread
    /// is abandoned, as .NET cannot stop it: it ends with the test process).</summary>
    private static T WithinTimeLimit<T>(Func<T> work)
    {
        var result = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                result.SetResult(work());
            }
            catch (Exception e)
            {
                result.SetException(e);
            }
        }, Rpython.Runtime.Entry.StackSize) { IsBackground = true };
        thread.Start();
        return result.Task.WaitAsync(TimeLimit).GetAwaiter().GetResult();
    }

    private static void WithinTimeLimit(Action work) => WithinTimeLimit(() =>
    {
        work();
        return true;
    });

    /// <summary>Remembers the step that runs, so that a failure can name it.</summary>
    private sealed class StepTracker : IProgressReporter
    {
        public string Current { get; private set; } = "translate";

        public void StepStarted(string step) => Current = step;

        public void StepFinished(string step, TimeSpan elapsed)
        {
        }

        public void StepFailed(string step, TimeSpan elapsed)
        {
        }

        public void Done(string product, TimeSpan total)
        {
        }
    }
}
