using System.CommandLine;
using System.Diagnostics;
using Rpython.Translator.Driver;
using Rpython.Translator.RTyping;

namespace Rpython.Cli;

/// <summary><c>rpython run TARGET [-o PATH] [--gc none] [--no-backendopt] [--llinterp] [-- ARGS]</c>: runs the target's
/// executable with ARGS, translating it first unless the executable is up to date with its sources,
/// options and toolchain (<see cref="TranslationCache"/>); with --llinterp, runs the lowered entry
/// graph in the LLInterpreter instead. The exit code is the program's.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, ConsoleMode console)
    {
        var llinterp = new Option<bool>("--llinterp") { Description = "Run the low-level graphs in the LLInterpreter instead of translating (slow, for debugging)" };
        var programArgs = new Argument<string[]>("args") { Description = "The program's arguments (after '--' when one starts with '-')", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("run", "Run an RPython program, translating it first if it changed") { llinterp };
        var translationOptions = TranslationCommandLine.AddTranslationArguments(command);
        command.Arguments.Add(programArgs);
        command.SetAction(result =>
        {
            string[] args = result.GetValue(programArgs) ?? [];
            var options = translationOptions(result, result.GetValue(llinterp) ? TranslationGoal.LowLevelGraphs : TranslationGoal.Executable, null);
            if (options.Goal == TranslationGoal.LowLevelGraphs)
                return RunInLLInterpreter(options, args, stdout, stderr, console);
            if (!TranslationCache.IsUpToDate(options))
            {
                int code = TranslationCommandLine.Translate(new Translation(options, stdout), stderr, console);
                if (code != CommandLine.Success)
                    return code;
            }
            return RunExecutable(Path.GetFullPath(options.ExecutablePath), args, stdout, stderr, console);
        });
        return command;
    }

    private static int RunInLLInterpreter(TranslationOptions options, string[] args, TextWriter stdout, TextWriter stderr, ConsoleMode console)
    {
        var translation = new Translation(options, stdout);
        int code = TranslationCommandLine.Translate(translation, stderr, console);
        if (code != CommandLine.Success)
            return code;
        if (console.InheritStdio)
            return LLInterpreterEntry.Run(translation, [options.TargetPath, .. args], LLInterpreterStreams.Console());
        // The writers are not the process's: the program's output is copied to them as it ends.
        var (programOut, programErr) = (new MemoryStream(), new MemoryStream());
        int exitCode = LLInterpreterEntry.Run(translation, [options.TargetPath, .. args],
            new LLInterpreterStreams(Console.OpenStandardInput(), programOut, programErr));
        stdout.Write(System.Text.Encoding.UTF8.GetString(programOut.ToArray()));
        stderr.Write(System.Text.Encoding.UTF8.GetString(programErr.ToArray()));
        return exitCode;
    }

    /// <summary>Runs the executable with the command's stdin; its stdout and stderr are the command's
    /// own, or copied to the writers when those are not the process's.</summary>
    private static int RunExecutable(string executable, string[] args, TextWriter stdout, TextWriter stderr, ConsoleMode console)
    {
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = !console.InheritStdio,
            RedirectStandardError = !console.InheritStdio,
        };
        foreach (string arg in args)
            start.ArgumentList.Add(arg);
        stdout.Flush();
        stderr.Flush();
        using var process = Process.Start(start)!;
        if (!console.InheritStdio)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            stdout.Write(output.Result);
            stderr.Write(errors.Result);
        }
        process.WaitForExit();
        return process.ExitCode;
    }
}
