using Rpython.Translator.Driver;

namespace Rpython.Tests;

/// <summary>
/// An interpreter of <c>interpreter-spec/</c> (<c>interpreter-spec/lox/targetlox.py</c>) translated
/// once into an executable in a temporary folder, or, when the toolchain cannot translate it (or the
/// target does not exist yet), why not: <see cref="Diagnostic"/> holds the step that stopped and its
/// first diagnostic (<c>rtype: numformat.py:117:8: error: ...</c>), and <see cref="Executable"/> is null.
/// </summary>
internal sealed class TranslatedInterpreter : IDisposable
{
    /// <summary>How long translating an interpreter may take (it takes seconds).</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(5);

    private readonly TempFolder _folder = new();

    /// <param name="name">The interpreter's folder under interpreter-spec/ and its executable's name (<c>lox</c>).</param>
    /// <param name="targetFile">The target file in that folder (<c>targetlox.py</c>).</param>
    /// <param name="gc">The garbage collector to translate it with.</param>
    public TranslatedInterpreter(string name, string targetFile, string gc = "incminimark")
    {
        Target = "interpreter-spec/" + name + "/" + targetFile;
        string target = TestPaths.InRepo("interpreter-spec", name, targetFile);
        if (!File.Exists(target))
        {
            Diagnostic = Target + " does not exist yet";
            return;
        }
        string output = Path.Combine(_folder.Path, name);
        var translation = new Translation(new TranslationOptions(target, OutputPath: output, Gc: gc), TextWriter.Null);
        var steps = new StepTracker();
        try
        {
            RunWithLargeStack(() => translation.Run(steps));
            Executable = translation.Options.ExecutablePath;
        }
        catch (TranslationError e)
        {
            Diagnostic = steps.Current + ": " + FirstLines(string.Concat(e.Messages));
        }
        catch (Exception e)
        {
            Diagnostic = $"{steps.Current}: {e.GetType().Name}: {FirstLines(e.Message)}";
        }
    }

    /// <summary>The target, relative to the repository (<c>interpreter-spec/lox/targetlox.py</c>).</summary>
    public string Target { get; }

    /// <summary>The translated interpreter, or null if it did not translate.</summary>
    public string? Executable { get; }

    /// <summary>Why the interpreter did not translate, or null if it did.</summary>
    public string? Diagnostic { get; }

    public void Dispose() => _folder.Dispose();

    /// <summary>A diagnostic's first lines (the message and the source line it points at), without the
    /// repository's path.</summary>
    private static string FirstLines(string text) =>
        string.Join("\n", text.Split('\n').Take(3)).Replace(TestPaths.Root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).TrimEnd();

    /// <summary>Runs the translation on a thread with the large stack translated programs get (the
    /// phases recurse over big graphs), within <see cref="TimeLimit"/>.</summary>
    private static void RunWithLargeStack(Action work)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                work();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, Rpython.Runtime.Entry.StackSize) { IsBackground = true };
        thread.Start();
        if (!thread.Join(TimeLimit))
            throw new TimeoutException(FormattableString.Invariant($"translation did not end within {TimeLimit.TotalMinutes:F0} min"));
        if (failure is not null)
            throw failure;
    }

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
