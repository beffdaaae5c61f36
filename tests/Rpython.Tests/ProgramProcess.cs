using System.Diagnostics;

namespace Rpython.Tests;

/// <summary>What a run of a program did: its exit code and the exact bytes it wrote.</summary>
internal sealed record ProgramOutcome(int ExitCode, byte[] Stdout, byte[] Stderr);

/// <summary>Runs a translated program's executable as a separate process, standalone, with a time limit.</summary>
internal static class ProgramProcess
{
    /// <summary>Runs <paramref name="executable"/> with <paramref name="args"/> and <paramref name="stdin"/>
    /// as its whole input, in <paramref name="workingDirectory"/> (by default the current folder), with
    /// the variables of <paramref name="environment"/> added (the GC's RPYTHON_GC_*); kills it (and its
    /// children) and throws a <see cref="TimeoutException"/> if it runs longer than <paramref name="timeLimit"/>.</summary>
    public static ProgramOutcome Run(string executable, IEnumerable<string> args, byte[] stdin, TimeSpan timeLimit, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory ?? "",
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string arg in args)
            start.ArgumentList.Add(arg);
        // Standalone: the apphost finds the installed runtime by itself, not through the test host's.
        foreach (string variable in start.Environment.Keys.Where(k => k.StartsWith("DOTNET_ROOT", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(variable);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {executable}");
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var reading = Task.WhenAll(
            process.StandardOutput.BaseStream.CopyToAsync(stdout),
            process.StandardError.BaseStream.CopyToAsync(stderr),
            WriteInput(process.StandardInput.BaseStream, stdin));
        if (!process.WaitForExit(timeLimit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException(FormattableString.Invariant($"{Path.GetFileName(executable)} did not end within {timeLimit.TotalSeconds:F0} s: killed"));
        }
        reading.Wait();
        return new ProgramOutcome(process.ExitCode, stdout.ToArray(), stderr.ToArray());
    }

    /// <summary>Writes the input and closes it; a program that exits without reading it all closes the pipe first.</summary>
    private static async Task WriteInput(Stream input, byte[] bytes)
    {
        try
        {
            await input.WriteAsync(bytes);
            input.Close();
        }
        catch (IOException)
        {
        }
    }
}
