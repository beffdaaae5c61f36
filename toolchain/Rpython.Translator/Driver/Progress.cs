using System.Diagnostics;
using System.Globalization;

namespace Rpython.Translator.Driver;

/// <summary>What a translation tells its user while it runs: each step as it starts and ends, and
/// what it produced.</summary>
internal interface IProgressReporter
{
    void StepStarted(string step);

    void StepFinished(string step, TimeSpan elapsed);

    void StepFailed(string step, TimeSpan elapsed);

    /// <summary>The translation succeeded: <paramref name="product"/> is the path of the executable (or of the C#).</summary>
    void Done(string product, TimeSpan total);
}

/// <summary>For a log or a pipe: one plain line per finished step, <c>[rpython] annotate ... 0.42 s</c>.</summary>
internal sealed class PlainProgress(TextWriter output) : IProgressReporter
{
    public void StepStarted(string step)
    {
    }

    public void StepFinished(string step, TimeSpan elapsed) => output.WriteLine($"[rpython] {step} ... {Seconds(elapsed)}");

    public void StepFailed(string step, TimeSpan elapsed) => output.WriteLine($"[rpython] {step} ... failed after {Seconds(elapsed)}");

    public void Done(string product, TimeSpan total) => output.WriteLine($"[rpython] {product} ({Seconds(total)} in all)");

    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s";
}

/// <summary>For a terminal: a live line for the running step (a spinner and the time so far, redrawn
/// ten times a second), which becomes the step's final line when it ends.</summary>
internal sealed class TerminalProgress(TextWriter output) : IProgressReporter, IDisposable
{
    private const string Spinner = "|/-\\";
    private const string ClearToEndOfLine = "\u001b[K";

    private readonly Lock _lock = new();
    private readonly Stopwatch _stepTime = new();
    private Timer? _timer;
    private string _step = "";
    private int _frame;

    public void StepStarted(string step)
    {
        lock (_lock)
        {
            _step = step;
            _stepTime.Restart();
            Draw();
        }
        _timer = new Timer(_ => Redraw(), null, 100, 100);
    }

    public void StepFinished(string step, TimeSpan elapsed) => EndLine("done", step, elapsed);

    public void StepFailed(string step, TimeSpan elapsed) => EndLine("failed", step, elapsed);

    public void Done(string product, TimeSpan total) => output.WriteLine($"[rpython] {product} ({PlainProgress.Seconds(total)} in all)");

    public void Dispose() => StopTimer();

    private void Redraw()
    {
        lock (_lock)
        {
            if (_stepTime.IsRunning)
                Draw();
        }
    }

    private void Draw()
    {
        output.Write($"\r[rpython] {Spinner[_frame++ % Spinner.Length]} {_step} ... {PlainProgress.Seconds(_stepTime.Elapsed)}{ClearToEndOfLine}");
        output.Flush();
    }

    private void EndLine(string outcome, string step, TimeSpan elapsed)
    {
        StopTimer();
        lock (_lock)
        {
            _stepTime.Stop();
            output.WriteLine($"\r[rpython] {step} ... {outcome}, {PlainProgress.Seconds(elapsed)}{ClearToEndOfLine}");
        }
    }

    private void StopTimer()
    {
        _timer?.Dispose();
        _timer = null;
    }
}
