using System.CommandLine;
using System.Reflection;

namespace Rpython.Cli;

/// <summary>
/// The <c>rpython</c> command. Exit codes: 0 success, 1 the input has errors, 2 bad command line,
/// 3 internal error (a bug in the toolchain: one line asking for a report; the .NET stack trace
/// only with --verbose).
/// </summary>
internal static class CommandLine
{
    public const int Success = 0;
    public const int InputErrors = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;

    /// <param name="extraCommands">More subcommands, for tests that need one that misbehaves.</param>
    /// <param name="console">What stdout and stderr are: by default writers of their own (tests).</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IEnumerable<Command>? extraCommands = null, ConsoleMode? console = null)
    {
        console ??= ConsoleMode.Captured;
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Print more detail, including the .NET stack trace of an internal error",
            Recursive = true,
        };
        var root = new RootCommand("rpython: translates interpreters written in RPython (a statically typeable subset of Python 3) into standalone executables")
        {
            ParseCommand.Create(stdout, stderr),
            AnnotateCommand.Create(stdout, stderr),
            TranslateCommand.Create(stdout, stderr, console),
            RunCommand.Create(stdout, stderr, console),
        };
        root.Options.Add(verbose);
        foreach (var command in extraCommands ?? [])
            root.Subcommands.Add(command);

        ParseResult result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
                stderr.WriteLine($"rpython: error: {error.Message}");
            stderr.WriteLine("Run 'rpython --help' for usage.");
            return UsageError;
        }
        try
        {
            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            stdout.Flush();
            stderr.WriteLine($"rpython: internal error: {e.GetType().Name}: {e.Message}. This is a bug in rpython; please report it with the input that caused it{(result.GetValue(verbose) ? "." : " (run with --verbose for details).")}");
            if (result.GetValue(verbose))
                stderr.WriteLine(e.ToString());
            return InternalError;
        }
    }

    public static string Version =>
        typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}

/// <summary>How the command's output streams reach the user.</summary>
/// <param name="StderrIsTerminal">Progress may redraw a live line.</param>
/// <param name="InheritStdio">The process's own stdin, stdout and stderr are the command's, so a program
/// that <c>rpython run</c> starts can use them directly; otherwise its output is copied to the writers.</param>
internal sealed record ConsoleMode(bool StderrIsTerminal, bool InheritStdio)
{
    public static readonly ConsoleMode Captured = new(StderrIsTerminal: false, InheritStdio: false);
}
